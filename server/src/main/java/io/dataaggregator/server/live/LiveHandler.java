package io.dataaggregator.server.live;

import io.dataaggregator.server.auth.AccessPolicy;
import io.dataaggregator.server.auth.Permission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /ws} protocol. Clients send JSON objects:
 *
 * <ul>
 *   <li>{@code {"accessToken": "..."}}: authenticates (or renews) the session;
 *   <li>{@code {"subscribe": "run:<id>"}} or {@code {"subscribe": "all"}}: receive the messages of
 *       one run, or of everything the user may see;
 *   <li>{@code {"unsubscribe": ...}} with the same topics.
 * </ul>
 *
 * The server answers {@code welcome}, {@code subscribed}, {@code unsubscribed} or {@code error}
 * messages, and pushes {@link LiveMessage}s.
 */
final class LiveHandler extends TextWebSocketHandler {
  private final LiveHub hub;
  private final LiveTokens tokens;
  private final AccessPolicy policy;
  private final JsonMapper json;

  LiveHandler(LiveHub hub, LiveTokens tokens, AccessPolicy policy, JsonMapper json) {
    this.hub = hub;
    this.tokens = tokens;
    this.policy = policy;
    this.json = json;
  }

  @Override
  public void afterConnectionEstablished(WebSocketSession socket) {
    LiveUser user = (LiveUser) socket.getAttributes().get(LiveHandshake.USER);
    LiveSession session = hub.open(socket, user);
    if (user != null) {
      welcome(session, user);
    }
  }

  @Override
  protected void handleTextMessage(WebSocketSession socket, TextMessage message) {
    LiveSession session = hub.session(socket.getId());
    if (session == null) {
      return;
    }
    JsonNode request;
    try {
      request = json.readTree(message.getPayload());
    } catch (JacksonException e) {
      error(session, "not a JSON object");
      return;
    }
    if (request == null || !request.isObject()) {
      error(session, "not a JSON object");
    } else if (request.has("accessToken")) {
      authenticate(session, request.get("accessToken").asString(""));
    } else if (session.user() == null) {
      session.close(LiveHub.NO_TOKEN);
    } else if (request.has("subscribe")) {
      subscribe(session, request.get("subscribe").asString(""));
    } else if (request.has("unsubscribe")) {
      unsubscribe(session, request.get("unsubscribe").asString(""));
    } else {
      error(session, "expected accessToken, subscribe or unsubscribe");
    }
  }

  @Override
  public void afterConnectionClosed(WebSocketSession socket, CloseStatus status) {
    hub.closed(socket.getId());
  }

  @Override
  public void handleTransportError(WebSocketSession socket, Throwable exception) {
    hub.closed(socket.getId());
  }

  private void authenticate(LiveSession session, String token) {
    Optional<LiveUser> user = tokens.authenticate(token);
    if (user.isEmpty()) {
      session.close(new CloseStatus(4001, "the access token is not valid"));
      return;
    }
    session.authenticate(user.get());
    welcome(session, user.get());
  }

  private void subscribe(LiveSession session, String topic) {
    LiveUser user = session.user();
    if ("all".equals(topic)) {
      if (!user.may(policy, Permission.RUNS_READ) && !user.may(policy, Permission.ALERTS_READ)) {
        error(session, "your role may see neither runs nor alerts (RUNS_READ, ALERTS_READ)");
        return;
      }
      session.everything(true);
    } else {
      Optional<UUID> run = runOf(topic);
      if (run.isEmpty()) {
        error(session, "unknown topic '" + topic + "'; use 'all' or 'run:<run id>'");
        return;
      }
      if (!user.may(policy, Permission.RUNS_READ)) {
        error(session, "your role may not see runs (RUNS_READ)");
        return;
      }
      hub.subscribe(session, run.get());
    }
    hub.reply(session, Map.of("type", "subscribed", "topic", topic));
  }

  private void unsubscribe(LiveSession session, String topic) {
    if ("all".equals(topic)) {
      session.everything(false);
    } else {
      runOf(topic).ifPresent(run -> hub.unsubscribe(session, run));
    }
    hub.reply(session, Map.of("type", "unsubscribed", "topic", topic));
  }

  private static Optional<UUID> runOf(String topic) {
    if (!topic.startsWith("run:")) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(topic.substring(4)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private void welcome(LiveSession session, LiveUser user) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "welcome");
    body.put("username", user.user().username());
    body.put("role", user.user().role().name());
    body.put("expiresAt", user.expiresAt() == null ? null : user.expiresAt().toString());
    hub.reply(session, body);
  }

  private void error(LiveSession session, String message) {
    hub.reply(session, Map.of("type", "error", "message", message));
  }
}
