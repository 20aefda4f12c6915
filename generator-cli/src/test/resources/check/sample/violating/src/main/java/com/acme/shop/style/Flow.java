package com.acme.shop.style;

/** Control flow as it should not be written. */
public final class Flow {
    private int counter;

    public int kind(String name) {
        if (name == "book") { // expect: cairn.coding.string-identity
            return 1;
        }
        return 0;
    }

    public void attempt(Runnable task) {
        try {
            task.run();
        } catch (IllegalStateException e) { } // expect: cairn.coding.empty-catch (outside the block: a comment in it would explain it)
    }

    public void pause() {
        ; // expect: cairn.coding.empty-statement
    }

    public String size(int n) {
        String size = "many";
        switch (n) { // expect: cairn.coding.missing-switch-default
            case 1:
                size = "one";
                break;
            case 2:
                size = "two";
                break;
        }
        return size;
    }

    public String colour(int n) {
        switch (n) {
            default: // expect: cairn.coding.default-comes-last
                return "grey";
            case 1:
                return "red";
        }
    }

    public int steps(int n) {
        int steps = 0;
        switch (n) {
            case 1:
                steps++;
            case 2: // expect: cairn.coding.fall-through
                steps++;
                break;
            default:
                break;
        }
        return steps;
    }

    public boolean isOn(boolean flag) {
        if (flag == true) { // expect: cairn.coding.simplify-boolean-expression
            return flag;
        }
        return counter > 0;
    }

    public boolean isPositive(int n) {
        if (n > 0) { // expect: cairn.coding.simplify-boolean-return
            return true;
        } else {
            return false;
        }
    }

    public int sign(int n) {
        if (n < 0) return -1; // expect: cairn.coding.need-braces
        return 1;
    }

    public void count() {
        counter++; counter++; // expect: cairn.coding.one-statement-per-line
    }

    public int sum() {
        int first, second; // expect: cairn.coding.one-variable-per-declaration
        first = counter;
        second = counter;
        return first + second;
    }

    public long big() {
        return 10l; // expect: cairn.coding.upper-ell
    }

    public int length(String parts[]) { // expect: cairn.coding.array-type-style
        return parts.length;
    }

    static public int zero() { // expect: cairn.coding.modifier-order
        return 0;
    }

    @Override // expect: cairn.coding.no-finalizer
    protected void finalize() {
        counter = 0;
    }
}
