package ${package}.adapter.out.jdbc;

/** Keeps ${serviceName}'s data in PostgreSQL. */
public class JdbcStore {
}
