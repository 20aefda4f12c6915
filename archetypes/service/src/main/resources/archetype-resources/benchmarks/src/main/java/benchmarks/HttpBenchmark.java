package ${package}.benchmarks;

#if( $framework == 'spring-boot' )
import ${package}.config.ServiceApplication;
#else
import ${package}.adapter.in.web.WebServer;
import ${package}.config.ConfigLoader;
import ${package}.config.ServiceConfig;
import ${package}.config.Wiring;
#end
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
#if( $framework == 'plain' )
import java.util.Map;
#end
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
#if( $framework == 'spring-boot' )
import org.springframework.context.ConfigurableApplicationContext;
#end

/**
 * The worked use case as a client sees it: {@code POST /orders} to the whole service, started in this JVM
 * in its dev environment on a free loopback port, through the framework (${framework}) and the web adapter.
 * This is the figure to compare before and after a framework migration: run the same benchmark on both
 * implementations and compare the {@code jmh-result.json} files the pipeline keeps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HttpBenchmark {

    private static final String ORDER_FORM = "customer=acme&line=BOOK-1:2:1250&line=PEN-7:10:199";

#if( $framework == 'spring-boot' )
    private ConfigurableApplicationContext service;
#else
    private WebServer service;
#end
    private HttpClient client;
    private HttpRequest placeOrder;

    @Setup(Level.Trial)
    public void start() throws IOException {
#if( $framework == 'spring-boot' )
        // command-line arguments win over the machine's variables: a free port, and no API_TOKEN the
        // machine may have set
        service = ServiceApplication.start("--server.port=0", "--server.address=127.0.0.1", "--api.token=",
                "--api.token-required=false");
        int port = service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
#else
        // the dev environment's configuration; these variables only, not the machine's, so that a
        // machine's API_TOKEN or SERVER_PORT cannot change what is measured
        ServiceConfig config = ServiceConfig.from(ConfigLoader.fromClasspath().load(Map.of("SERVER_PORT", "0")));
        service = Wiring.webServer(config);
        service.start();
        int port = service.port();
#end
        client = HttpClient.newHttpClient();
        placeOrder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/orders"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(ORDER_FORM))
                .build();
    }

    @TearDown(Level.Trial)
    public void stop() {
#if( $framework == 'spring-boot' )
        service.close();
#else
        service.stop(0);
#end
    }

    /**
     * @return the answer's body, so that the JIT cannot drop the work
     * @throws IllegalStateException if the service does not answer 201: a failing service must fail the
     *     benchmark, not look fast
     */
    @Benchmark
    public String placeOrder() throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(placeOrder, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /orders answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
