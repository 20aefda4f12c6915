package ${package}.adapter.in.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;

/** {@code GET /health}: 200 while the service runs, for load balancers and orchestrators. Never asks for a token. */
public final class HealthHandler implements HttpHandler {

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestURI().getPath().equals("/health")) {
                Exchanges.sendError(exchange, 404, "no such resource: " + exchange.getRequestURI().getPath());
            } else if (Exchanges.isGetOrRefused(exchange)) {
                Exchanges.send(exchange, 200, Map.of("status", "UP"));
            }
        } finally {
            exchange.close();
        }
    }
}
