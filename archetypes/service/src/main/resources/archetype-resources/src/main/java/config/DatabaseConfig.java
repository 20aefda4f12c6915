package ${package}.config;

/**
 * Where the service's PostgreSQL database is and how to log in, checked at start-up.
 *
 * @param url a PostgreSQL JDBC URL, {@code db.url}, e.g. {@code jdbc:postgresql://db:5432/orders}
 * @param user the database user, {@code db.user}
 * @param password the secret {@code db.password}: only ever from {@code DB_PASSWORD} or the file
 *     {@code DB_PASSWORD_FILE} names, never from a configuration file
 */
public record DatabaseConfig(String url, String user, String password) {

    private static final String URL_PREFIX = "jdbc:postgresql:";

    /**
     * @throws ConfigException if {@code db.url} is not a PostgreSQL JDBC URL, or a value is missing;
     *     the password is required in every environment
     */
    public static DatabaseConfig from(Settings settings) {
        String url = settings.string("db.url");
        if (!url.startsWith(URL_PREFIX)) {
            throw new ConfigException("db.url must be a PostgreSQL JDBC URL such as " + URL_PREFIX
                    + "//localhost:5432/orders, not '" + url + "'");
        }
        String password = settings.optional("db.password").orElseThrow(() -> new ConfigException(
                ConfigLoader.environmentVariable("db.password") + " is not set (nor "
                        + ConfigLoader.environmentVariable("db.password") + "_FILE, the file that holds it): the database"
                        + " password is required in environment '" + settings.environment() + "', see SECRETS.md"));
        return new DatabaseConfig(url, settings.string("db.user"), password);
    }

    /** Never shows the password: this text ends up in logs. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user + ", password=(set)]";
    }
}
