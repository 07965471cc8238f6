package io.dataaggregator.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the caller's {@code X-Correlation-Id} when it looks sane,
 * otherwise a new one. It is put in the logging MDC (so every log line of the request carries it),
 * echoed in the response header and added to problem bodies. Runs before security so that 401s
 * carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {
  public static final String HEADER = "X-Correlation-Id";
  public static final String MDC_KEY = "correlationId";

  // Ids end up in logs and headers: accept only short, plain tokens so nobody can inject lines.
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = response.getHeader(HEADER); // set already when this is the error dispatch
    if (id == null) {
      String incoming = request.getHeader(HEADER);
      id = incoming != null && SANE.matcher(incoming).matches() ? incoming : newId();
    }
    MDC.put(MDC_KEY, id);
    response.setHeader(HEADER, id);
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(MDC_KEY);
    }
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false; // the error page's problem body should carry the id too
  }

  /**
   * 128 random bits in UUID form. Ids need to be unique, not unguessable, so they come from the
   * thread's own generator: {@code UUID.randomUUID()} takes a lock on the shared SecureRandom that
   * every request thread queued for under load.
   */
  private static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }
}
