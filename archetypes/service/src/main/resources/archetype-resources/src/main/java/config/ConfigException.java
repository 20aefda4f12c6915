package ${package}.config;

/** Configuration the service cannot start with; the message names the key, where it came from and what to do. */
public class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
