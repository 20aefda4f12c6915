package ${package}.adapter.in.web;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Lets a request through only with {@code Authorization: Bearer <token>}. The token is the
 * {@code API_TOKEN} secret (see SECRETS.md); it is compared in constant time so that response
 * times do not reveal how much of a guess was right.
 */
public final class BearerTokenFilter extends Filter {

    private final byte[] expected;

    /** @param token the secret, not blank */
    public BearerTokenFilter(String token) {
        if (Objects.requireNonNull(token, "token").isBlank()) {
            throw new IllegalArgumentException("the API token is blank");
        }
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header != null && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(exchange);
            return;
        }
        try {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            Exchanges.sendError(exchange, 401, "send Authorization: Bearer <API token>");
        } finally {
            exchange.close();
        }
    }

    @Override
    public String description() {
        return "bearer token check";
    }
}
