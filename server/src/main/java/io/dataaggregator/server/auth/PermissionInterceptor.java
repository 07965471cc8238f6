package io.dataaggregator.server.auth;

import io.dataaggregator.server.system.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link Requires} and {@link PublicEndpoint} on every handler method of the server
 * (package {@code io.dataaggregator.server}), before arguments are bound. A method with neither is
 * refused for everybody: forgetting the annotation closes the endpoint instead of opening it.
 * Handlers of libraries (springdoc, Actuator) and the error page are left to the security chain.
 */
final class PermissionInterceptor implements HandlerInterceptor {
  private static final String OUR_PACKAGE = "io.dataaggregator.server.";

  private final AccessPolicy policy;

  PermissionInterceptor(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)
        || !method.getBeanType().getName().startsWith(OUR_PACKAGE)
        || ErrorController.class.isAssignableFrom(method.getBeanType())
        || method.hasMethodAnnotation(PublicEndpoint.class)) {
      return true;
    }
    Requires requires = method.getMethodAnnotation(Requires.class);
    if (requires == null) {
      throw new ApiException(
          HttpStatus.FORBIDDEN,
          "endpoint-without-permission",
          "This endpoint declares no permission, so nobody may call it. (Developers: annotate "
              + method.getShortLogMessage()
              + " with @Requires or @PublicEndpoint.)");
    }
    CurrentUser user = current().orElseThrow(PermissionInterceptor::unauthenticated);
    policy.require(user, requires.value());
    return true;
  }

  /** The authenticated caller of this request, if any. */
  static Optional<CurrentUser> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication instanceof UserAuthentication u
        ? Optional.of(u.getPrincipal())
        : Optional.empty();
  }

  static ApiException unauthenticated() {
    return new ApiException(
            HttpStatus.UNAUTHORIZED,
            "unauthenticated",
            "You are not logged in. " + ProblemResponses.LOGIN_HINT)
        .header("WWW-Authenticate", "Bearer");
  }
}
