package io.dataaggregator.server.audit;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.auth.TokenOwner;
import io.dataaggregator.server.system.CorrelationIdFilter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Turns one finished API call into an audit entry, generically for every feature: the action is the
 * handler method's name ({@code changeRole} becomes {@code change-role}), the target type the
 * literal path before the first variable ({@code /api/v1/alerts/rules/{id}} gives {@code
 * alerts.rules}), the target id the path's id, or for a creation the new resource's id.
 */
@Component
class RequestAudit {
  private static final String API = "/api/v1/";
  private static final String LOGIN = "/api/v1/auth/login";

  private final Clock clock;

  RequestAudit(Clock clock) {
    this.clock = clock;
  }

  AuditEntry entry(
      ContentCachingRequestWrapper request,
      ContentCachingResponseWrapper response,
      Integer failedStatus) {
    int status = failedStatus != null ? failedStatus : response.getStatus();
    byte[] body = request.getContentAsByteArray();
    Who who = who(request, body);
    String pattern = pattern(request);
    return new AuditEntry(
        0,
        clock.instant(),
        who.name(),
        who.userId(),
        who.apiKeyId(),
        action(request),
        targetType(pattern == null ? request.getRequestURI() : pattern),
        targetId(request, response, status),
        request.getMethod(),
        request.getRequestURI(),
        status,
        request.getRemoteAddr(),
        MDC.get(CorrelationIdFilter.MDC_KEY),
        summary(request.getContentType(), body, response, status));
  }

  /** Who made the call, as far as it can be told; all null when anonymous. */
  private record Who(String name, UUID userId, UUID apiKeyId) {}

  private static Who who(ContentCachingRequestWrapper request, byte[] body) {
    CurrentUser user = caller();
    if (user != null) {
      return new Who(user.username(), user.id(), user.apiKeyId());
    }
    if (LOGIN.equals(request.getRequestURI())) {
      return new Who(BodySummary.textField(body, "username"), null, null); // who tried to log in
    }
    // Refresh and logout carry only a refresh token: auth notes whose it was.
    return TokenOwner.of(request)
        .map(owner -> new Who(owner.username(), owner.userId(), null))
        .orElse(new Who(null, null, null));
  }

  private static CurrentUser caller() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof CurrentUser u ? u : null;
  }

  private static String pattern(ContentCachingRequestWrapper request) {
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    return pattern == null ? null : pattern.toString();
  }

  static String action(ContentCachingRequestWrapper request) {
    Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
    if (handler instanceof HandlerMethod method) {
      return kebab(method.getMethod().getName());
    }
    return request.getMethod().toLowerCase(Locale.ROOT);
  }

  static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** Literal segments after /api/v1/ up to the first variable, joined by dots. */
  static String targetType(String path) {
    if (!path.startsWith(API)) {
      return null;
    }
    List<String> literal = new ArrayList<>();
    for (String segment : path.substring(API.length()).split("/")) {
      if (segment.isEmpty() || segment.startsWith("{")) {
        break;
      }
      literal.add(segment);
    }
    return literal.isEmpty() ? null : String.join(".", literal);
  }

  private static String targetId(
      ContentCachingRequestWrapper request, ContentCachingResponseWrapper response, int status) {
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (variables instanceof Map<?, ?> map && !map.isEmpty()) {
      Object id = map.containsKey("id") ? map.get("id") : map.values().iterator().next();
      return String.valueOf(id);
    }
    if (status == 201) {
      String location = response.getHeader("Location");
      if (location != null) {
        return location.substring(location.lastIndexOf('/') + 1);
      }
      return BodySummary.textField(response.getContentAsByteArray(), "id");
    }
    return null;
  }

  private static String summary(
      String contentType, byte[] body, ContentCachingResponseWrapper response, int status) {
    String sent = BodySummary.of(contentType, body);
    if (status < 400) {
      return sent;
    }
    String detail = BodySummary.textField(response.getContentAsByteArray(), "detail");
    String outcome = "failed " + status + (detail == null ? "" : ": " + detail);
    return sent.isEmpty() ? outcome : sent + " -> " + outcome;
  }
}
