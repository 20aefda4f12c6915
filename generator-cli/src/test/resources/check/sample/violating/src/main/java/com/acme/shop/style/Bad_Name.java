package com.acme.shop.style;

/** A type named against the convention. */
public final class Bad_Name { // expect: cairn.naming.type
}
