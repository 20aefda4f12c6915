package ${package}.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ${package}.domain.Money;
import ${package}.domain.Order;
import ${package}.domain.OrderId;
import ${package}.domain.OrderLine;
import ${package}.domain.OrderPricing;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC adapter against a real PostgreSQL server (see {@link TestDatabase}), on the migrated schema. */
class JdbcOrderRepositoryTest {

    private static final OrderPricing PRICING = new OrderPricing(10, 5);

    private static TestDatabase database;
    private static JdbcOrderRepository repository;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.connect();
        database.flyway().migrate();
        repository = new JdbcOrderRepository(database.dataSource());
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void empty() throws SQLException {
        sql("TRUNCATE orders CASCADE");
    }

    private static Order order(String id, String customer, OrderLine... lines) {
        return new Order(new OrderId(id), customer, List.of(lines), PRICING.quote(List.of(lines)));
    }

    private static OrderLine line(String sku, int quantity, long unitPriceCents) {
        return new OrderLine(sku, quantity, Money.ofCents(unitPriceCents));
    }

    @Test
    void finds_what_was_saved_with_its_lines_in_order_and_its_price() {
        Order order = order("a-1", "acme", line("PEN-7", 10, 199), line("BOOK-1", 2, 12_50), line("A-1", 1, 0));
        repository.save(order);

        Order found = repository.findById(new OrderId("a-1")).orElseThrow();

        assertEquals(order, found);
        assertEquals(List.of("PEN-7", "BOOK-1", "A-1"), found.lines().stream().map(OrderLine::sku).toList());
        assertEquals(Money.ofCents(2_24), found.quote().discount(), "13 items: the bulk discount is kept as it was priced");
    }

    @Test
    void an_unknown_id_is_not_found() {
        repository.save(order("a-1", "acme", line("BOOK-1", 1, 10_00)));

        assertEquals(Optional.empty(), repository.findById(new OrderId("a-2")));
    }

    @Test
    void saving_the_same_id_again_replaces_the_order_and_all_its_lines() throws SQLException {
        repository.save(order("a-1", "acme", line("BOOK-1", 1, 10_00), line("PEN-7", 3, 199)));
        Order replacement = order("a-1", "globex", line("MUG-2", 4, 7_00));
        repository.save(replacement);

        assertEquals(Optional.of(replacement), repository.findById(new OrderId("a-1")));
        assertEquals(1, count("SELECT count(*) FROM orders"));
        assertEquals(1, count("SELECT count(*) FROM order_lines"), "the old lines are gone");
    }

    @Test
    void keeps_the_largest_order_the_domain_allows() {
        OrderLine[] lines = IntStream.range(0, Order.MAX_LINES)
                .mapToObj(i -> line("SKU-" + i, OrderLine.MAX_QUANTITY, OrderLine.MAX_UNIT_PRICE.cents()))
                .toArray(OrderLine[]::new);
        Order order = order("big-1", "x".repeat(100), lines);
        repository.save(order);

        assertEquals(Optional.of(order), repository.findById(new OrderId("big-1")));
    }

    @Test
    void a_save_the_database_refuses_stores_nothing_at_all() throws SQLException {
        // the domain lets no invalid order through; a constraint added for this test makes the database refuse one line
        sql("ALTER TABLE order_lines ADD CONSTRAINT test_no_pens CHECK (sku <> 'PEN-7')");
        try {
            OrderStorageException e = assertThrows(OrderStorageException.class,
                    () -> repository.save(order("a-1", "acme", line("BOOK-1", 1, 10_00), line("PEN-7", 1, 199))));

            assertTrue(e.getMessage().startsWith("cannot save order a-1: "), e.getMessage());
            assertEquals(0, count("SELECT count(*) FROM orders"), "the order row was rolled back with the failed line");
        } finally {
            sql("ALTER TABLE order_lines DROP CONSTRAINT test_no_pens");
        }
    }

    @Test
    void concurrent_saves_of_one_order_leave_exactly_one_of_them() throws Exception {
        List<Order> versions = IntStream.range(0, 8)
                .mapToObj(i -> order("a-1", "customer-" + i, line("SKU-" + i, i + 1, 100), line("PEN-7", 1, 199)))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(versions.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> saves = versions.stream().<Future<?>>map(version -> pool.submit(() -> {
                start.await();
                repository.save(version);
                return null;
            })).toList();
            start.countDown();
            for (Future<?> save : saves) {
                save.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Order stored = repository.findById(new OrderId("a-1")).orElseThrow();
        assertTrue(versions.contains(stored), "a mix of two saves: " + stored);
        assertEquals(2, count("SELECT count(*) FROM order_lines"));
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
