package com.acme.shop.support;

import java.util.Locale;

/** Text helpers shared by everyone. */
public final class Text {
    private Text() {
    }

    public static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
