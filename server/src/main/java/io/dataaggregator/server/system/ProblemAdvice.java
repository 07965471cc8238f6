package io.dataaggregator.server.system;

import io.dataaggregator.engine.config.InvalidConfigException;
import io.dataaggregator.engine.pipeline.InvalidPipelineException;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where exceptions become HTTP answers. Every answer is {@code
 * application/problem+json}: Spring MVC's own failures (unknown path, wrong method, unreadable
 * body...) through the base class, our {@link ApiException}s with their status, engine failures by
 * their {@code ErrorCode}, and anything unexpected as a 500 whose detail leaks nothing.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Object> api(ApiException e, WebRequest request) {
    ProblemDetail problem = Problems.of(e.status(), e.slug(), e.getMessage());
    e.properties().forEach(problem::setProperty);
    return createResponseEntity(problem, e.headers(), e.status(), request);
  }

  /**
   * Engine failures: the user's input is 400 (config) or 422 (rejected by the system), else 502.
   */
  @ExceptionHandler(ConnectorException.class)
  ResponseEntity<Object> connector(ConnectorException e, WebRequest request) {
    List<FieldProblem> fields = fieldsOf(e);
    HttpStatus status = statusOf(e, fields);
    ProblemDetail problem =
        Problems.of(status, status == HttpStatus.BAD_GATEWAY ? "upstream" : "connector", detail(e));
    problem.setProperty("errorCode", e.errorCode().code());
    problem.setProperty("transient", e.errorCode().isTransient());
    if (!fields.isEmpty()) {
      problem.setProperty("errors", fields);
    }
    if (status == HttpStatus.BAD_GATEWAY) {
      log.warn("Connector failure [{}]: {}", e.errorCode().code(), e.getMessage(), e);
    }
    return createResponseEntity(problem, HttpHeaders.EMPTY, status, request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, WebRequest request) throws Exception {
    if (e instanceof org.springframework.security.access.AccessDeniedException
        || e instanceof org.springframework.security.core.AuthenticationException) {
      throw e; // Spring Security's filters answer these (401/403) with their own handlers
    }
    log.error("Unexpected failure", e);
    ProblemDetail problem =
        Problems.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "internal",
            "The server failed unexpectedly; the log has the details under this correlation id.");
    return createResponseEntity(
        problem, HttpHeaders.EMPTY, HttpStatus.INTERNAL_SERVER_ERROR, request);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> fields =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
            .toList();
    if (fields.isEmpty()) {
      fields =
          e.getBindingResult().getGlobalErrors().stream()
              .map(g -> new FieldProblem("body", g.getDefaultMessage()))
              .toList();
    }
    return validation(fields, request);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> fields =
        e.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            err ->
                                new FieldProblem(
                                    String.valueOf(r.getMethodParameter().getParameterName()),
                                    err.getDefaultMessage())))
            .toList();
    return validation(fields, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return validation(List.of(RequestBodyProblems.explain(e)), request);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
    String message =
        "cannot be \""
            + e.getValue()
            + "\"; it must be "
            + RequestBodyProblems.describe(e.getRequiredType());
    return validation(List.of(new FieldProblem(name, message)), request);
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.NOT_FOUND,
            "not-found",
            "Nothing is at "
                + e.getHttpMethod()
                + " /"
                + e.getResourcePath()
                + "; the API is described at /v3/api-docs.");
    return createResponseEntity(problem, headers, HttpStatus.NOT_FOUND, request);
  }

  /** Decorates every problem this advice (or the base class) produces. */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem) {
      Problems.decorate(problem, pathOf(request));
    }
    return super.createResponseEntity(body, headers, status, request);
  }

  private ResponseEntity<Object> validation(List<FieldProblem> fields, WebRequest request) {
    ApiException e = ApiException.invalid(fields);
    return api(e, request);
  }

  private static List<FieldProblem> fieldsOf(ConnectorException e) {
    if (e instanceof InvalidConfigException c) {
      return c.problems().stream().map(p -> new FieldProblem(p.path(), p.message())).toList();
    }
    if (e instanceof InvalidPipelineException p) {
      return p.problems().stream()
          .map(x -> new FieldProblem(x.field(), "line " + x.line() + ": " + x.message()))
          .toList();
    }
    return List.of();
  }

  private static HttpStatus statusOf(ConnectorException e, List<FieldProblem> fields) {
    if (!e.errorCode().isInputError()) {
      return HttpStatus.BAD_GATEWAY;
    }
    boolean badRequest = !fields.isEmpty() || e.errorCode() == CommonErrorCode.INVALID_CONFIG;
    return badRequest ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
  }

  private static String detail(ConnectorException e) {
    return "[" + e.errorCode().code() + "] " + e.getMessage();
  }

  private static String pathOf(WebRequest request) {
    return request instanceof ServletWebRequest s ? s.getRequest().getRequestURI() : null;
  }
}
