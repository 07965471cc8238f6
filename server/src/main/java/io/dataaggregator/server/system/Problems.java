package io.dataaggregator.server.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds and writes {@code application/problem+json} bodies. Used by the MVC advice and by the
 * filters that answer before MVC runs (authentication, rate limits), so both look the same.
 */
public final class Problems {
  /** Every problem type we define is this prefix plus a short slug such as {@code validation}. */
  public static final String TYPE_PREFIX = "urn:dataaggregator:problem:";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  /** A problem with our type URI for the slug, the status's reason as title, and the detail. */
  public static ProblemDetail of(HttpStatusCode status, String slug, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_PREFIX + slug));
    return problem;
  }

  /** Adds what every problem carries: the request path and the request's correlation id. */
  public static ProblemDetail decorate(ProblemDetail problem, String path) {
    if (problem.getInstance() == null && path != null) {
      problem.setInstance(URI.create(path));
    }
    String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
    if (correlationId != null) {
      problem.setProperty("correlationId", correlationId);
    }
    return problem;
  }

  /** Writes the problem as the whole response; for code that runs outside Spring MVC. */
  public static void write(
      HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    decorate(problem, request.getRequestURI());
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), asMap(problem));
  }

  /** "field: message; other: message", the detail line of a validation problem. */
  public static String summary(List<FieldProblem> problems) {
    return problems.stream()
        .map(p -> p.field() + ": " + p.message())
        .collect(Collectors.joining("; "));
  }

  private static Map<String, Object> asMap(ProblemDetail problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", String.valueOf(problem.getType()));
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      body.put("instance", problem.getInstance().toString());
    }
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    return body;
  }
}
