-- Undoes V1__create_orders.sql: run it, after U2, to leave no table of the service behind. The rows go too.
-- Idempotent (IF EXISTS), and it takes V1 out of Flyway's history, so that the next migrate applies V1 again.

DROP TABLE IF EXISTS order_lines;

DROP TABLE IF EXISTS orders;

DO $$
BEGIN
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        DELETE FROM flyway_schema_history WHERE version = '1';
    END IF;
END
$$;
