package ${package}.adapter.in.web;

/** A request the web adapter cannot read; answered with the given HTTP status and the message. */
final class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    BadRequestException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
