package ${package};

import ${package}.adapter.in.web.WebServer;
import ${package}.config.ConfigException;
import ${package}.config.ConfigLoader;
#if( $persistence == 'postgres' )
import ${package}.config.DatabaseConfig;
#end
import ${package}.config.ServiceConfig;
#if( $persistence == 'postgres' )
import ${package}.config.Settings;
#end
import ${package}.config.Wiring;
import java.io.IOException;

/** Starts the service: configuration, wiring, HTTP server; stops it cleanly on SIGTERM or Ctrl-C. */
public final class Application {

    private static final System.Logger LOG = System.getLogger(Application.class.getName());
    private static final int SHUTDOWN_GRACE_SECONDS = 2;

    private Application() {}

    public static void main(String[] args) throws IOException {
        ServiceConfig config;
#if( $persistence == 'postgres' )
        DatabaseConfig database;
        try {
            Settings settings = ConfigLoader.fromClasspath().load(System.getenv());
            config = ServiceConfig.from(settings);
            database = DatabaseConfig.from(settings);
#else
        try {
            config = ServiceConfig.from(ConfigLoader.fromClasspath().load(System.getenv()));
#end
        } catch (ConfigException e) {
            LOG.log(System.Logger.Level.ERROR, "configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
#if( $persistence == 'postgres' )
        WebServer server = Wiring.webServer(config, database);
#else
        WebServer server = Wiring.webServer(config);
#end
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(SHUTDOWN_GRACE_SECONDS), "shutdown"));
        server.start();
        LOG.log(System.Logger.Level.INFO, "started " + config);
    }
}
