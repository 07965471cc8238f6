package io.dataaggregator.server.system;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the servlet container's error dispatch (failures outside Spring MVC, such as a malformed
 * URL) with problem+json instead of Boot's default JSON, so clients see one error format.
 */
@Hidden
@RestController
class ErrorPageController implements ErrorController {
  @RequestMapping(value = "/error", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer i && HttpStatus.resolve(i) != null
            ? HttpStatus.valueOf(i)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    String detail =
        status.is5xxServerError()
            ? "The server failed unexpectedly; the log has the details under this correlation id."
            : "The request could not be handled: " + status.getReasonPhrase() + ".";
    ProblemDetail problem = Problems.of(status, slugOf(status), detail);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Problems.decorate(problem, uri == null ? null : uri.toString());
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static String slugOf(HttpStatus status) {
    return status.is5xxServerError() ? "internal" : "http-" + status.value();
  }
}
