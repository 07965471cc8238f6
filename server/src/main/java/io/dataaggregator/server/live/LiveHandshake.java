package io.dataaggregator.server.live;

import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Authenticates the WebSocket handshake by its {@code ?access_token=} query parameter: a bad or
 * expired token is refused with 401 before the socket opens. Without the parameter the socket opens
 * unauthenticated and must send {@code {"accessToken": "..."}} first.
 */
final class LiveHandshake implements HandshakeInterceptor {
  static final String USER = "dagg.live.user";

  private final LiveTokens tokens;

  LiveHandshake(LiveTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public boolean beforeHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Map<String, Object> attributes) {
    String token =
        UriComponentsBuilder.fromUri(request.getURI())
            .build(true)
            .getQueryParams()
            .getFirst("access_token");
    if (token == null) {
      return true;
    }
    Optional<LiveUser> user = tokens.authenticate(decode(token));
    if (user.isEmpty()) {
      response.setStatusCode(HttpStatus.UNAUTHORIZED);
      return false;
    }
    attributes.put(USER, user.get());
    return true;
  }

  @Override
  public void afterHandshake(
      ServerHttpRequest request,
      ServerHttpResponse response,
      WebSocketHandler handler,
      Exception exception) {}

  private static String decode(String value) {
    return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
