-- When each order was first stored, for support and retention queries; the domain does not read it.
-- A change to an existing table, guarded so that a second run is a no-op: ADD COLUMN IF NOT EXISTS and
-- CREATE INDEX IF NOT EXISTS. (For a change PostgreSQL has no IF NOT EXISTS for, such as ADD CONSTRAINT,
-- guard it in a DO block that looks in pg_constraint first.) Undone by db/rollback/U2__add_orders_placed_at.sql.

ALTER TABLE orders ADD COLUMN IF NOT EXISTS placed_at timestamptz NOT NULL DEFAULT now();

CREATE INDEX IF NOT EXISTS orders_placed_at_idx ON orders (placed_at);
