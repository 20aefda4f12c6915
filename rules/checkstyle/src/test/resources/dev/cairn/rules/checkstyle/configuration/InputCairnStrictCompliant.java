package com.acme.orders.domain;

import java.util.List;
import java.util.Objects;

/** An order line: a product and how many of it. */
public final class InputCairnStrictCompliant {

    private static final int MAX_QUANTITY = 1000;

    private final String product;
    private final int quantity;

    /**
     * Creates a line.
     *
     * @param product  the product's code, never {@code null}
     * @param quantity how many, between 1 and {@value #MAX_QUANTITY}
     */
    public InputCairnStrictCompliant(String product, int quantity) {
        this.product = Objects.requireNonNull(product);
        this.quantity = quantity;
    }

    /**
     * The total over lines.
     *
     * @param lines any lines, never {@code null}
     * @return the sum of their quantities
     */
    public static int totalQuantity(List<InputCairnStrictCompliant> lines) {
        int total = 0;
        for (InputCairnStrictCompliant line : lines) {
            total += line.quantity;
        }
        return total;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InputCairnStrictCompliant line
            && product.equals(line.product) && quantity == line.quantity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(product, quantity);
    }
}
