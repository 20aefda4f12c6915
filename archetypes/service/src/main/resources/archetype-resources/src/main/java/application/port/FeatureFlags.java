package ${package}.application.port;

/**
 * Which features are switched on where the service runs. Code ships dark behind a flag and is
 * switched on per environment by configuration, without a new release.
 */
public interface FeatureFlags {

    /** Orders of many items get the bulk discount (OrderPricing). */
    String BULK_DISCOUNT = "bulk-discount";

    /**
     * @param feature a flag's name, e.g. {@link #BULK_DISCOUNT}
     * @return whether it is on; a flag nobody configured is off
     */
    boolean isEnabled(String feature);
}
