package com.acme.shop.style;

/** A type in a file of another name. */
final class Renamed { // expect: cairn.design.outer-type-filename
}
