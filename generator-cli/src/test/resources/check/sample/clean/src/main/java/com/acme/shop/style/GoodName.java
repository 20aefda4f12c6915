package com.acme.shop.style;

/** A type named by the convention. */
public final class GoodName {
}
