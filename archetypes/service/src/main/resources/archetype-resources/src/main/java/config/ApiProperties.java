#set( $symbol_dollar = '$' )
package ${package}.config;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code api.*} in application.yaml. The token itself is a secret: application.yaml only names it,
 * {@code api.token: ${symbol_dollar}{API_TOKEN:}}, so that it comes from the environment or a file mounted in
 * {@code /run/secrets/} (see SECRETS.md).
 *
 * @param token the bearer token {@code /orders} requires; blank or absent means no check
 * @param tokenRequired refuse to start without a token ({@code api.token-required}, true in staging and prod)
 */
@ConfigurationProperties("api")
public record ApiProperties(String token, boolean tokenRequired) {

    static final String TOKEN_KEY = "api.token";

    /** @throws IllegalStateException if the token is required and not set: the service does not start */
    public ApiProperties {
        token = token == null || token.isBlank() ? null : token.strip();
        if (tokenRequired && token == null) {
            throw new IllegalStateException("API_TOKEN is not set, and this environment requires it"
                    + " (api.token-required=true): see SECRETS.md");
        }
    }

    /** The token, or empty when none is set. */
    public Optional<String> tokenIfSet() {
        return Optional.ofNullable(token);
    }

    /** Never shows the token itself: this text can end up in logs and failure reports. */
    @Override
    public String toString() {
        return "ApiProperties[token=" + (token == null ? "(not set)" : "(set)") + ", tokenRequired=" + tokenRequired + "]";
    }
}
