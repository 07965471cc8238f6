package io.dataaggregator.server.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * THE place where changes made through the API enter the audit log: every POST, PUT, PATCH and
 * DELETE under {@code /api/v1/}, of every feature, allowed or refused, is recorded once with who,
 * what, when, from where and how it ended (see {@link RequestAudit}). Features need do nothing.
 *
 * <p>It runs inside Spring Security's chain (order 0, after its -100), so the caller is known, and
 * around Spring MVC, so the matched handler and path variables are known when it records. Bodies
 * are cached up to 64 KiB for the summary; answers of mutating calls are small and buffered.
 */
@Component
@Order(0)
class AuditFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);
  private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");
  private static final int BODY_LIMIT = 64 * 1024;

  private final AuditLog auditLog;
  private final RequestAudit requestAudit;

  AuditFilter(AuditLog auditLog, RequestAudit requestAudit) {
    this.auditLog = auditLog;
    this.requestAudit = requestAudit;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !MUTATING.contains(request.getMethod())
        || !request.getRequestURI().startsWith("/api/v1/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var cachedRequest = new ContentCachingRequestWrapper(request, BODY_LIMIT);
    var cachedResponse = new ContentCachingResponseWrapper(response);
    Integer failedStatus = null;
    try {
      chain.doFilter(cachedRequest, cachedResponse);
    } catch (IOException | ServletException | RuntimeException e) {
      failedStatus = 500; // the container answers it after this filter
      throw e;
    } finally {
      record(cachedRequest, cachedResponse, failedStatus);
      cachedResponse.copyBodyToResponse();
    }
  }

  private void record(
      ContentCachingRequestWrapper request,
      ContentCachingResponseWrapper response,
      Integer failedStatus) {
    try {
      auditLog.append(requestAudit.entry(request, response, failedStatus));
    } catch (RuntimeException e) {
      // The change has happened; failing the answer now would only hide that from the caller.
      log.error(
          "Could not write the audit entry of {} {}",
          request.getMethod(),
          request.getRequestURI(),
          e);
    }
  }
}
