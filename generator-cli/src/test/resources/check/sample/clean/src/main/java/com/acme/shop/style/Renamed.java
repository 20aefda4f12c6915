package com.acme.shop.style;

/** A type in the file of its name. */
final class Renamed {
}
