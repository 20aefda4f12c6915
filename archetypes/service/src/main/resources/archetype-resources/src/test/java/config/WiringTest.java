package ${package}.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ${package}.adapter.in.web.WebServer;
#if( $persistence == 'postgres' )
import ${package}.adapter.out.persistence.TestDatabase;
#end
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
#if( $persistence == 'postgres' )
import java.sql.SQLException;
#end
import java.util.Map;
import java.util.Optional;
#if( $persistence == 'postgres' )
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
#end
import org.junit.jupiter.api.Test;

/** The whole service as Application starts it, on a free port. */
class WiringTest {
#if( $persistence == 'postgres' )

    /** The service keeps its orders in PostgreSQL: a schema of this test's own, migrated by the wiring. */
    private static TestDatabase database;

    @BeforeAll
    static void connect() {
        database = TestDatabase.connect();
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    private static DatabaseConfig databaseConfig() {
        return new DatabaseConfig(database.url(), database.user(), database.password());
    }
#end

    @Test
    void the_wired_service_places_orders_with_the_configured_discount() throws Exception {
        ServiceConfig config = new ServiceConfig("dev", "orders", "plain", 0, 2, 2, 50, Optional.empty(),
                Map.of("bulk-discount", true));
#if( $persistence == 'postgres' )
        WebServer server = Wiring.webServer(config, databaseConfig());
#else
        WebServer server = Wiring.webServer(config);
#end
        server.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + server.port() + "/orders"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("customer=acme&line=BOOK-1:2:1000"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(201, response.statusCode(), response.body());
            assertTrue(response.body().endsWith("\"discountCents\":1000,\"totalCents\":1000}"), response.body());
        } finally {
            server.stop(0);
        }
    }
#if( $persistence == 'postgres' )

    @Test
    void orders_outlive_the_service_that_placed_them() throws Exception {
        ServiceConfig config = new ServiceConfig("dev", "orders", "plain", 0, 2, 10, 5, Optional.empty(), Map.of());
        HttpClient client = HttpClient.newHttpClient();
        String location;
        WebServer first = Wiring.webServer(config, databaseConfig());
        first.start();
        try {
            HttpResponse<String> placed = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + first.port() + "/orders"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("customer=acme&line=BOOK-1:2:1000&line=PEN-7:1:199"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, placed.statusCode(), placed.body());
            location = placed.headers().firstValue("Location").orElseThrow();
        } finally {
            first.stop(0);
        }

        // a new process would do the same: wire again (the schema is up to date, nothing to migrate) and ask
        WebServer second = Wiring.webServer(config, databaseConfig());
        second.start();
        try {
            HttpResponse<String> found = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + second.port() + location)).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(200, found.statusCode(), found.body());
            assertTrue(found.body().contains("\"customer\":\"acme\"") && found.body().endsWith("\"totalCents\":2199}"),
                    found.body());
        } finally {
            second.stop(0);
        }
    }
#end
}
