package ${package}.application;

import ${package}.application.port.OrderRepository;
import ${package}.domain.Order;
import ${package}.domain.OrderId;
import java.util.Objects;
import java.util.Optional;

/** The use case "look up an order by its id". */
public final class FindOrder {

    private final OrderRepository orders;

    public FindOrder(OrderRepository orders) {
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    /**
     * @param id the id as the caller wrote it
     * @return the order, or empty when there is none with that id
     * @throws ${package}.domain.InvalidOrderException if the id is not a well-formed order id
     */
    public Optional<Order> find(String id) {
        return orders.findById(new OrderId(id));
    }
}
