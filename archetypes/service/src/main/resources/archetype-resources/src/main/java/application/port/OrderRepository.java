package ${package}.application.port;

import ${package}.domain.Order;
import ${package}.domain.OrderId;
import java.util.Optional;

/**
 * Where orders are kept: a port the application owns and an outbound adapter implements
 * (adapter.out.persistence today; a database adapter later, without touching the application).
 */
public interface OrderRepository {

    /** Stores the order, replacing one with the same id. */
    void save(Order order);

    /** The order with this id, or empty. */
    Optional<Order> findById(OrderId id);
}
