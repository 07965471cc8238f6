package io.dataaggregator.server.auth;

import io.dataaggregator.server.system.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests that carry {@code X-API-Key}. A key that is unknown, revoked, or whose
 * owner is disabled (or has a disabled role) is answered 401 at once. Not a Spring bean on purpose:
 * Boot would otherwise also register it outside the security chain.
 */
final class ApiKeyFilter extends OncePerRequestFilter {
  static final String HEADER = "X-API-Key";

  private final ApiKeys keys;
  private final Accounts accounts;
  private final AccessPolicy policy;

  ApiKeyFilter(ApiKeys keys, Accounts accounts, AccessPolicy policy) {
    this.keys = keys;
    this.accounts = accounts;
    this.policy = policy;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String secret = request.getHeader(HEADER);
    if (secret == null || secret.isBlank()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<CurrentUser> user = resolve(secret.trim());
    if (user.isEmpty()) {
      Problems.write(
          request,
          response,
          Problems.of(
              HttpStatus.UNAUTHORIZED,
              "unauthenticated",
              "The API key is unknown or revoked, or its owner is disabled."));
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new UserAuthentication(user.get(), policy));
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }

  private Optional<CurrentUser> resolve(String secret) {
    return keys.authenticate(secret)
        .flatMap(
            key ->
                accounts
                    .find(key.userId())
                    .filter(a -> a.enabled() && policy.isEnabled(a.role()))
                    .map(a -> new CurrentUser(a.id(), a.username(), a.role(), key.id())));
  }
}
