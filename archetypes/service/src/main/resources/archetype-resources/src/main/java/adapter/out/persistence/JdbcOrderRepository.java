package ${package}.adapter.out.persistence;

import ${package}.application.port.OrderRepository;
import ${package}.domain.Money;
import ${package}.domain.Order;
import ${package}.domain.OrderId;
import ${package}.domain.OrderLine;
import ${package}.domain.Quote;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Keeps orders in PostgreSQL, in the tables that src/main/resources/db/migration creates
 * ({@code orders}, {@code order_lines}), with plain JDBC: no framework, so any {@link DataSource}
 * will do (the one config builds, or a pool). Tables are named without a schema: the connection's
 * search path chooses it. Safe for concurrent requests: each call takes its own connection.
 */
public final class JdbcOrderRepository implements OrderRepository {

    // placed_at keeps the time of the first save: an update does not touch it
    private static final String UPSERT_ORDER = """
            INSERT INTO orders (id, customer, subtotal_cents, discount_cents, total_cents)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET customer = EXCLUDED.customer, subtotal_cents = EXCLUDED.subtotal_cents,
                discount_cents = EXCLUDED.discount_cents, total_cents = EXCLUDED.total_cents""";
    private static final String DELETE_LINES = "DELETE FROM order_lines WHERE order_id = ?";
    private static final String INSERT_LINE =
            "INSERT INTO order_lines (order_id, line_no, sku, quantity, unit_price_cents) VALUES (?, ?, ?, ?, ?)";
    // one statement, so one snapshot: the order and its lines as one save left them, never half of another
    private static final String SELECT_ORDER = """
            SELECT o.customer, o.subtotal_cents, o.discount_cents, o.total_cents, l.sku, l.quantity, l.unit_price_cents
            FROM orders o JOIN order_lines l ON l.order_id = o.id
            WHERE o.id = ?
            ORDER BY l.line_no""";

    private final DataSource dataSource;

    /**
     * @param dataSource connections to a database migrated by db/migration, never {@code null}
     */
    public JdbcOrderRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Stores the order and its lines in one transaction, replacing an order with the same id.
     *
     * @throws OrderStorageException if the database cannot be reached or refuses the order; nothing is stored
     */
    @Override
    public void save(Order order) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                upsert(connection, order);
                replaceLines(connection, order);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new OrderStorageException("cannot save order " + order.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * @throws OrderStorageException if the database cannot be reached
     */
    @Override
    public Optional<Order> findById(OrderId id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT_ORDER)) {
            select.setString(1, id.value());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String customer = rows.getString("customer");
                Quote quote = new Quote(Money.ofCents(rows.getLong("subtotal_cents")),
                        Money.ofCents(rows.getLong("discount_cents")), Money.ofCents(rows.getLong("total_cents")));
                List<OrderLine> lines = new ArrayList<>();
                do {
                    lines.add(new OrderLine(rows.getString("sku"), rows.getInt("quantity"),
                            Money.ofCents(rows.getLong("unit_price_cents"))));
                } while (rows.next());
                return Optional.of(new Order(id, customer, lines, quote));
            }
        } catch (SQLException e) {
            throw new OrderStorageException("cannot read order " + id + ": " + e.getMessage(), e);
        }
    }

    private static void upsert(Connection connection, Order order) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ORDER)) {
            upsert.setString(1, order.id().value());
            upsert.setString(2, order.customer());
            upsert.setLong(3, order.quote().subtotal().cents());
            upsert.setLong(4, order.quote().discount().cents());
            upsert.setLong(5, order.quote().total().cents());
            upsert.executeUpdate();
        }
    }

    private static void replaceLines(Connection connection, Order order) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_LINES)) {
            delete.setString(1, order.id().value());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_LINE)) {
            int lineNo = 0;
            for (OrderLine line : order.lines()) {
                insert.setString(1, order.id().value());
                insert.setInt(2, ++lineNo);
                insert.setString(3, line.sku());
                insert.setInt(4, line.quantity());
                insert.setLong(5, line.unitPrice().cents());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
