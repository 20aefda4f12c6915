package ${package}.application.port;

import ${package}.domain.OrderId;

/** Hands out new order ids: random in production, predictable in tests. */
@FunctionalInterface
public interface OrderIds {

    /** A fresh id, never handed out before. */
    OrderId next();
}
