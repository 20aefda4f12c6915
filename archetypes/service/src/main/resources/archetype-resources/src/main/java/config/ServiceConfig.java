package ${package}.config;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The typed configuration of the service, checked once at start-up so that a bad value stops the
 * service at once with a clear message instead of failing a request later.
 *
 * @param environment dev, staging, prod...
 * @param serviceName for logs
 * @param implementation which implementation of the service this is, for logs and metrics: during a
 *     migration, the legacy and the new one run side by side and are compared by this name
 * @param port HTTP port, 0 for any free one
 * @param threads requests served at once
 * @param bulkQuantity items from which the bulk discount applies
 * @param bulkDiscountPercent the bulk discount
 * @param apiToken the bearer token /orders requires; empty means no check
 * @param features the feature flags ({@code features.*}), by name
 */
public record ServiceConfig(String environment, String serviceName, String implementation, int port, int threads, int bulkQuantity,
        int bulkDiscountPercent, Optional<String> apiToken, Map<String, Boolean> features) {

    private static final String FEATURES = "features.";

    /**
     * @throws ConfigException if a value is missing or out of range, or the environment requires
     *     the API token ({@code api.token-required=true}) and {@code API_TOKEN} is not set
     */
    public static ServiceConfig from(Settings settings) {
        Optional<String> apiToken = settings.optional("api.token");
        if (settings.bool("api.token-required") && apiToken.isEmpty()) {
            throw new ConfigException(ConfigLoader.environmentVariable("api.token") + " is not set, and environment '"
                    + settings.environment() + "' requires it (api.token-required=true): see SECRETS.md");
        }
        Map<String, Boolean> features = new TreeMap<>();
        for (String key : settings.entries().keySet()) {
            if (key.startsWith(FEATURES)) {
                features.put(key.substring(FEATURES.length()), settings.bool(key));
            }
        }
        return new ServiceConfig(
                settings.environment(),
                settings.string("service.name"),
                settings.string("service.implementation"),
                settings.integer("server.port", 0, 65535),
                settings.integer("server.threads", 1, 512),
                settings.integer("pricing.bulk-quantity", 1, Integer.MAX_VALUE),
                settings.integer("pricing.bulk-discount-percent", 0, 100),
                apiToken,
                Map.copyOf(features));
    }

    /** Never shows the token itself: this text ends up in logs. */
    @Override
    public String toString() {
        return "ServiceConfig[environment=" + environment + ", serviceName=" + serviceName + ", implementation="
                + implementation + ", port=" + port
                + ", threads=" + threads + ", bulkQuantity=" + bulkQuantity + ", bulkDiscountPercent="
                + bulkDiscountPercent + ", apiToken=" + (apiToken.isPresent() ? "(set)" : "(not set)")
                + ", features=" + new TreeMap<>(features) + "]";
    }
}
