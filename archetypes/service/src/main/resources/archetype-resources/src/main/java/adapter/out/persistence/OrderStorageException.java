package ${package}.adapter.out.persistence;

/** The database could not store or read an order: it is down, unreachable, or its schema is not migrated. */
public class OrderStorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrderStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
