package ${package}.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pricing.*} in application.yaml; {@code OrderPricing} refuses values out of range, which stops the service at
 * start-up.
 *
 * @param bulkQuantity items from which the bulk discount applies ({@code pricing.bulk-quantity})
 * @param bulkDiscountPercent the bulk discount ({@code pricing.bulk-discount-percent})
 */
@ConfigurationProperties("pricing")
public record PricingProperties(int bulkQuantity, int bulkDiscountPercent) {}
