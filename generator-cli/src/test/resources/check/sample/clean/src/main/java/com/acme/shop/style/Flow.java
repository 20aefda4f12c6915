package com.acme.shop.style;

/** Control flow as it should be written. */
public final class Flow {
    private int counter;

    public int kind(String name) {
        if ("book".equals(name)) {
            return 1;
        }
        return 0;
    }

    public void attempt(Runnable task) {
        try {
            task.run();
        } catch (IllegalStateException e) {
            // a task that cannot run now runs on the next round
        }
    }

    public void pause() {
        counter = 0;
    }

    public String size(int n) {
        String size = "many";
        switch (n) {
            case 1:
                size = "one";
                break;
            case 2:
                size = "two";
                break;
            default:
                break;
        }
        return size;
    }

    public String colour(int n) {
        switch (n) {
            case 1:
                return "red";
            default:
                return "grey";
        }
    }

    public int steps(int n) {
        int steps = 0;
        switch (n) {
            case 1:
                steps++;
                // fall through
            case 2:
                steps++;
                break;
            default:
                break;
        }
        return steps;
    }

    public boolean isOn(boolean flag) {
        if (flag) {
            return flag;
        }
        return counter > 0;
    }

    public boolean isPositive(int n) {
        return n > 0;
    }

    public int sign(int n) {
        if (n < 0) {
            return -1;
        }
        return 1;
    }

    public void count() {
        counter++;
        counter++;
    }

    public int sum() {
        int first = counter;
        int second = counter;
        return first + second;
    }

    public long big() {
        return 10L;
    }

    public int length(String[] parts) {
        return parts.length;
    }

    public static int zero() {
        return 0;
    }

    public void close() {
        counter = 0;
    }
}
