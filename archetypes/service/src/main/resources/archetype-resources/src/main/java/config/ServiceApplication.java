package ${package}.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot application. It lives in {@code config}, with the rest of the framework's wiring, so that the
 * framework-isolation rule holds for the whole service: {@code Application.main} only calls {@link #start}.
 * Component scanning covers this package only; {@link ServiceConfiguration} declares every bean of the other layers.
 */
@SpringBootApplication
public class ServiceApplication {

    /**
     * @param args command-line arguments; {@code --key=value} overrides configuration
     * @return the running application
     */
    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(ServiceApplication.class, args);
    }
}
