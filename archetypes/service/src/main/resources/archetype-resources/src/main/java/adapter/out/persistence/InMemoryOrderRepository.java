package ${package}.adapter.out.persistence;

import ${package}.application.port.OrderRepository;
import ${package}.domain.Order;
import ${package}.domain.OrderId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps orders in memory: enough to run and test the service; orders are lost on restart. Safe
 * for the web server's concurrent requests.
 */
public final class InMemoryOrderRepository implements OrderRepository {

    private final Map<OrderId, Order> orders = new ConcurrentHashMap<>();

    @Override
    public void save(Order order) {
        orders.put(order.id(), order);
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return Optional.ofNullable(orders.get(id));
    }

    /** How many orders are stored. */
    public int size() {
        return orders.size();
    }
}
