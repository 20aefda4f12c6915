package ${package}.benchmarks;

import ${package}.adapter.out.flags.ConfiguredFeatureFlags;
import ${package}.application.PlaceOrder;
import ${package}.application.PlaceOrderCommand;
import ${package}.application.port.FeatureFlags;
import ${package}.application.port.OrderRepository;
import ${package}.domain.Order;
import ${package}.domain.OrderId;
import ${package}.domain.OrderPricing;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The worked use case in process: "place an order" through the domain's rules, pricing and the feature
 * flags, with no framework and no I/O. Storage is a stand-in that keeps only the last order, so that the
 * figure is the use case's own and memory stays flat however long the run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PlaceOrderBenchmark {

    /** The bulk-discount feature off (list price) and on (discount rules applied). */
    @Param({"false", "true"})
    public boolean bulkDiscount;

    private PlaceOrder placeOrder;
    private PlaceOrderCommand command;
    private long nextId;

    @Setup
    public void setUp() {
        OrderRepository lastOnly = new OrderRepository() {
            private Order last;

            @Override
            public void save(Order order) {
                last = order;
            }

            @Override
            public Optional<Order> findById(OrderId id) {
                return Optional.ofNullable(last).filter(order -> order.id().equals(id));
            }
        };
        placeOrder = new PlaceOrder(lastOnly, () -> new OrderId("order-" + nextId++), new OrderPricing(10, 5),
                new ConfiguredFeatureFlags(Map.of(FeatureFlags.BULK_DISCOUNT, bulkDiscount)));
        command = new PlaceOrderCommand("acme", List.of(
                new PlaceOrderCommand.Line("BOOK-1", 2, 1250),
                new PlaceOrderCommand.Line("PEN-7", 10, 199)));
    }

    /** @return the placed order, so that the JIT cannot drop the work */
    @Benchmark
    public Order placeOrder() {
        return placeOrder.place(command);
    }
}
