package ${package}.adapter.in.web;

import ${package}.domain.InvalidOrderException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal as {@code {"error": "why"}} with its status, as the plain variant answers: 400 for a request the
 * domain refuses, 404, 405 (with {@code Allow}), 413, 415, and 500 without any detail of the service's insides.
 */
@RestControllerAdvice
public class WebErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(WebErrorHandler.class);

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, String>> badRequest(BadRequestException e) {
        return error(HttpStatusCode.valueOf(e.status()), e.getMessage());
    }

    @ExceptionHandler(InvalidOrderException.class)
    ResponseEntity<Map<String, String>> invalidOrder(InvalidOrderException e) {
        return error(HttpStatusCode.valueOf(400), e.getMessage());
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<Map<String, String>> noSuchResource(HttpServletRequest request) {
        return error(HttpStatusCode.valueOf(404), "no such resource: " + request.getRequestURI());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        Set<HttpMethod> allowed = e.getSupportedHttpMethods() == null ? Set.of() : e.getSupportedHttpMethods();
        String methods = allowed.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
        return ResponseEntity.status(405).header(HttpHeaders.ALLOW, methods).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", e.getMethod() + " is not allowed here; use " + methods));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> unsupportedMediaType() {
        return error(HttpStatusCode.valueOf(415), "send the order as " + MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    /** Spring's own refusals (a missing parameter, an unacceptable Accept header...) keep their status. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse refusal) {
            String detail = refusal.getBody().getDetail();
            return error(refusal.getStatusCode(), detail == null ? "the request was refused" : detail);
        }
        // the caller learns nothing of the service's insides; the log has the details
        LOG.error("request failed: {} {}", request.getMethod(), request.getRequestURI(), e);
        return error(HttpStatusCode.valueOf(500), "internal error");
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatusCode status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
