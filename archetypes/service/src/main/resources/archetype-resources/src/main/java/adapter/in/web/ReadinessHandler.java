package ${package}.adapter.in.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /ready}: 200 while the service takes traffic, 503 before it has started and once it
 * is stopping, so that a load balancer or orchestrator drains it before it goes ({@code /health}
 * only says the process is alive).
 */
public final class ReadinessHandler implements HttpHandler {

    private final BooleanSupplier ready;

    public ReadinessHandler(BooleanSupplier ready) {
        this.ready = ready;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!Exchanges.isGetOrRefused(exchange)) {
                return;
            }
            if (ready.getAsBoolean()) {
                Exchanges.send(exchange, 200, Map.of("status", "READY"));
            } else {
                Exchanges.send(exchange, 503, Map.of("status", "NOT_READY"));
            }
        } finally {
            exchange.close();
        }
    }
}
