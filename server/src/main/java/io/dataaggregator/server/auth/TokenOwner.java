package io.dataaggregator.server.auth;

import jakarta.servlet.ServletRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Whose refresh token a token-only request ({@code /auth/refresh}, {@code /auth/logout}) presented.
 * Such requests carry no access token, so nobody is authenticated; the auth feature notes the
 * token's owner on the request for the audit log to name.
 *
 * @param username the account's name, or {@value #UNKNOWN} when the token is not one this server
 *     issued (or its account is gone)
 * @param userId the account's id; null when unknown
 */
public record TokenOwner(String username, UUID userId) {
  public static final String UNKNOWN = "unknown";
  private static final String ATTRIBUTE = TokenOwner.class.getName();

  static final TokenOwner NOBODY = new TokenOwner(UNKNOWN, null);

  /** The owner noted on this request, if a token-only endpoint handled it. */
  public static Optional<TokenOwner> of(ServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof TokenOwner owner
        ? Optional.of(owner)
        : Optional.empty();
  }

  void noteOn(ServletRequest request) {
    request.setAttribute(ATTRIBUTE, this);
  }
}
