-- Orders as the service accepts them (domain.Order): one row per order, one per line.
-- Idempotent: every statement is guarded (IF NOT EXISTS), so running this script again, by hand or on
-- a database where it was partly applied, changes nothing. Undone by db/rollback/U1__create_orders.sql.

CREATE TABLE IF NOT EXISTS orders (
    id             varchar(64)  NOT NULL,
    customer       varchar(100) NOT NULL,
    subtotal_cents bigint       NOT NULL,
    discount_cents bigint       NOT NULL,
    total_cents    bigint       NOT NULL,
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_amounts_not_negative CHECK (subtotal_cents >= 0 AND discount_cents >= 0 AND total_cents >= 0),
    CONSTRAINT orders_total_is_subtotal_less_discount CHECK (total_cents = subtotal_cents - discount_cents)
);

-- line_no keeps the lines in the order the customer gave them
CREATE TABLE IF NOT EXISTS order_lines (
    order_id         varchar(64) NOT NULL,
    line_no          integer     NOT NULL,
    sku              varchar(32) NOT NULL,
    quantity         integer     NOT NULL,
    unit_price_cents bigint      NOT NULL,
    CONSTRAINT order_lines_pkey PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_lines_order_fkey FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT order_lines_sku_once UNIQUE (order_id, sku),
    CONSTRAINT order_lines_quantity_positive CHECK (quantity > 0),
    CONSTRAINT order_lines_unit_price_not_negative CHECK (unit_price_cents >= 0)
);
