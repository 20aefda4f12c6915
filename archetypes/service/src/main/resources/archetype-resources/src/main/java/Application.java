package ${package};

#if( $framework == 'spring-boot' )
import ${package}.config.ServiceApplication;

/**
 * Starts the service. Spring Boot is set up in {@code config} ({@link ServiceApplication}), where framework code
 * belongs: this class, outside every layer, stays plain Java.
 */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        ServiceApplication.start(args);
    }
}
#else
import ${package}.adapter.in.web.WebServer;
import ${package}.config.ConfigException;
import ${package}.config.ConfigLoader;
import ${package}.config.ServiceConfig;
import ${package}.config.Wiring;
import java.io.IOException;

/** Starts the service: configuration, wiring, HTTP server; stops it cleanly on SIGTERM or Ctrl-C. */
public final class Application {

    private static final System.Logger LOG = System.getLogger(Application.class.getName());
    private static final int SHUTDOWN_GRACE_SECONDS = 2;

    private Application() {}

    public static void main(String[] args) throws IOException {
        ServiceConfig config;
        try {
            config = ServiceConfig.from(ConfigLoader.fromClasspath().load(System.getenv()));
        } catch (ConfigException e) {
            LOG.log(System.Logger.Level.ERROR, "configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        WebServer server = Wiring.webServer(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(SHUTDOWN_GRACE_SECONDS), "shutdown"));
        server.start();
        LOG.log(System.Logger.Level.INFO, "started " + config);
    }
}
#end
