-- Undoes V2__add_orders_placed_at.sql: run it to go back to schema version 1 (README, "Database").
-- Idempotent (IF EXISTS), and it takes V2 out of Flyway's history, so that the next migrate applies V2 again.

DROP INDEX IF EXISTS orders_placed_at_idx;

ALTER TABLE IF EXISTS orders DROP COLUMN IF EXISTS placed_at;

DO $$
BEGIN
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        DELETE FROM flyway_schema_history WHERE version = '2';
    END IF;
END
$$;
