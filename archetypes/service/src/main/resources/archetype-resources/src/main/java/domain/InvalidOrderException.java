package ${package}.domain;

/**
 * A request that would break a rule of the domain. Adapters turn it into their own kind of
 * refusal (HTTP 400 for the web adapter); its message is safe to show to the caller.
 */
public class InvalidOrderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidOrderException(String message) {
        super(message);
    }
}
