package ${package}.adapter.in.web;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;

/**
 * Times every request of a context as {@code http.server.requests} (Prometheus:
 * {@code http_server_requests_seconds_*}) by method, route and status, with a histogram so that
 * the latency alert and dashboard can read percentiles. The registry's common tags add the service
 * and its {@code implementation}, which tell legacy and new code apart during a migration.
 */
public final class HttpMetrics extends Filter {

    private final MeterRegistry registry;
    private final String route;

    /**
     * @param registry where the timings go
     * @param route the context's path, a tag of low cardinality (never the full URI, which holds ids)
     */
    public HttpMetrics(MeterRegistry registry, String route) {
        this.registry = registry;
        this.route = route;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        Timer.Sample sample = Timer.start(registry);
        try {
            chain.doFilter(exchange);
        } finally {
            int status = exchange.getResponseCode(); // -1 when the handler failed before answering
            sample.stop(Timer.builder("http.server.requests")
                    .description("HTTP requests served")
                    .tag("method", exchange.getRequestMethod())
                    .tag("route", route)
                    .tag("status", status < 0 ? "500" : Integer.toString(status))
                    .publishPercentileHistogram()
                    .register(registry));
        }
    }

    @Override
    public String description() {
        return "times requests for Prometheus";
    }
}
