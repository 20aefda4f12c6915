package ${package}.adapter.in.web;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
#if( $observability == 'true' )
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
#end
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The service's HTTP server, on the JDK's own {@code com.sun.net.httpserver}: {@code /orders} (behind
 * the bearer token when one is configured) and {@code /health}.
 */
public final class WebServer {

    private static final System.Logger LOG = System.getLogger(WebServer.class.getName());

    private final HttpServer server;
    private final HttpContext ordersContext;
    private final ExecutorService executor;
    private volatile boolean serving;

    private WebServer(HttpServer server, HttpContext ordersContext, ExecutorService executor) {
        this.server = server;
        this.ordersContext = ordersContext;
        this.executor = executor;
    }

    /**
     * Binds the port; {@code start()} serves.
     *
     * @param port the port, 0 for any free one
     * @param threads how many requests are served at once
     * @param orders the order endpoints
     * @param apiToken when present, {@code /orders} requires it as a bearer token
     * @throws IOException if the port cannot be bound
     */
    public static WebServer create(int port, int threads, OrderHttpHandler orders, Optional<String> apiToken)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        HttpContext ordersContext = server.createContext("/orders", orders);
        apiToken.ifPresent(token -> ordersContext.getFilters().add(new BearerTokenFilter(token)));
        server.createContext("/health", new HealthHandler());
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        return new WebServer(server, ordersContext, executor);
    }
#if( $observability == 'true' )

    /**
     * Adds {@code /metrics} (Prometheus) and {@code /ready}, and times every {@code /orders} request.
     * Call before {@link #start()}.
     */
    public void observe(PrometheusMeterRegistry registry) {
        ordersContext.getFilters().add(0, new HttpMetrics(registry, "/orders"));
        server.createContext("/metrics", new MetricsHandler(registry));
        server.createContext("/ready", new ReadinessHandler(this::isServing));
    }
#end

    public void start() {
        server.start();
        serving = true;
        LOG.log(System.Logger.Level.INFO, "listening on port " + port());
    }

    /** Whether it takes requests: started and not stopping. */
    public boolean isServing() {
        return serving;
    }

    /** The bound port: the configured one, or the one chosen when it was 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Stops accepting requests, lets running ones finish, then stops the threads.
     *
     * @param graceSeconds how long running requests may take to finish (on Java 17 the JDK's server
     *     waits this long even when none is running)
     */
    public void stop(int graceSeconds) {
        serving = false;
        server.stop(graceSeconds);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
