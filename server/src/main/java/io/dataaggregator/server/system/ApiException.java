package io.dataaggregator.server.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A failure a feature reports to the API client. The one {@code ProblemAdvice} turns it into an
 * {@code application/problem+json} response with this status, a type {@code
 * urn:dataaggregator:problem:<slug>}, the detail and any extra properties.
 *
 * <p>Features throw it (or the factories below) instead of building responses themselves, so every
 * error looks the same to clients.
 */
public class ApiException extends RuntimeException {
  private final HttpStatus status;
  private final String slug;
  private final Map<String, Object> properties = new LinkedHashMap<>();
  private final HttpHeaders headers = new HttpHeaders();

  public ApiException(HttpStatus status, String slug, String detail) {
    super(detail);
    this.status = status;
    this.slug = slug;
  }

  /** 404: {@code what} (for example "User") with this id does not exist. */
  public static ApiException notFound(String what, Object id) {
    return new ApiException(HttpStatus.NOT_FOUND, "not-found", what + " " + id + " does not exist");
  }

  /** 409: the request contradicts the current state. */
  public static ApiException conflict(String slug, String detail) {
    return new ApiException(HttpStatus.CONFLICT, slug, detail);
  }

  /** 400 naming the one field that is wrong. */
  public static ApiException invalid(String field, String message) {
    return invalid(List.of(new FieldProblem(field, message)));
  }

  /** 400 naming every field that is wrong; the detail lists them all. */
  public static ApiException invalid(List<FieldProblem> problems) {
    return new ApiException(HttpStatus.BAD_REQUEST, "validation", Problems.summary(problems))
        .with("errors", List.copyOf(problems));
  }

  /** Adds a property to the problem body (for example {@code lockedUntil}). */
  public ApiException with(String name, Object value) {
    properties.put(name, value);
    return this;
  }

  /** Adds a response header (for example {@code Retry-After}). */
  public ApiException header(String name, String value) {
    headers.add(name, value);
    return this;
  }

  public HttpStatus status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public Map<String, Object> properties() {
    return Map.copyOf(properties);
  }

  public HttpHeaders headers() {
    return HttpHeaders.readOnlyHttpHeaders(headers);
  }
}
