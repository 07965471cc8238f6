package io.dataaggregator.server.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * Reads the access token from {@code Authorization: Bearer <token>} only (never from the query or
 * a form), accepting exactly what RFC 6750 §2.1 allows, as Spring's default resolver does. It
 * checks the characters in a loop instead of a case-insensitive regular expression, which was a
 * twentieth of a read's CPU.
 */
final class HeaderBearerTokenResolver implements BearerTokenResolver {
  private static final String SCHEME = "Bearer";

  @Override
  public String resolve(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return null; // no credentials, or another scheme (an API key travels in its own header)
    }
    String token = header.substring(SCHEME.length());
    if (!token.startsWith(" ") || !isToken68(token, 1)) {
      throw new InvalidBearerTokenException("Bearer token is malformed");
    }
    return token.substring(1);
  }

  /** token68: 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=" */
  static boolean isToken68(String s, int from) {
    int i = from;
    while (i < s.length() && isToken68Char(s.charAt(i))) {
      i++;
    }
    if (i == from) {
      return false;
    }
    while (i < s.length() && s.charAt(i) == '=') {
      i++;
    }
    return i == s.length();
  }

  private static boolean isToken68Char(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~'
        || c == '+'
        || c == '/';
  }
}
