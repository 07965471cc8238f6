package io.dataaggregator.server.auth;

import io.dataaggregator.server.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** Spring Security's 401 and 403 answers, as problem+json like every other error. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {
  static final String LOGIN_HINT =
      "Send 'Authorization: Bearer <access token>' (from POST /api/v1/auth/login) or"
          + " 'X-API-Key: <key>'.";

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String why = e.getMessage() == null ? "Authentication failed" : e.getMessage();
    ProblemDetail problem =
        Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", why + ". " + LOGIN_HINT);
    response.setHeader("WWW-Authenticate", "Bearer");
    Problems.write(request, response, problem);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.FORBIDDEN,
            "permission-denied",
            "Your role may not do this: it needs the permission "
                + SecurityConfig.ACTUATOR_PERMISSION
                + ".");
    problem.setProperty("requiredPermission", SecurityConfig.ACTUATOR_PERMISSION.name());
    Problems.write(request, response, problem);
  }
}
