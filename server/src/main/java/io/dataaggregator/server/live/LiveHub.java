package io.dataaggregator.server.live;

import io.dataaggregator.server.auth.AccessPolicy;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.socket.CloseStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open live sessions and their subscriptions; forwards every {@link LiveMessage} published in
 * this server, once its transaction committed, to the sessions that subscribed to its run or to
 * everything and whose user has the message's permission. Forwarding only queues (see {@link
 * Outbox}); sending happens on virtual threads, one drain per session at a time. Also closes
 * sessions whose token expired or that never authenticated.
 */
@Component
class LiveHub implements DisposableBean {
  static final CloseStatus EXPIRED =
      new CloseStatus(4001, "the access token expired; reconnect with a new one");
  static final CloseStatus NO_TOKEN =
      new CloseStatus(4001, "no access token: pass ?access_token= or send {\"accessToken\": ...}");

  private final ConcurrentHashMap<String, LiveSession> sessions = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<UUID, Set<LiveSession>> byRun = new ConcurrentHashMap<>();
  private final AccessPolicy policy;
  private final JsonMapper json;
  private final Clock clock;
  private final LiveSettings settings;
  private final ExecutorService sender = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService sweeper =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("live-sweep").daemon().factory());

  LiveHub(
      AccessPolicy policy,
      JsonMapper json,
      Clock clock,
      LiveSettings settings,
      MeterRegistry meters) {
    this.policy = policy;
    this.json = json;
    this.clock = clock;
    this.settings = settings;
    sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    Gauge.builder("dagg.live.sessions", sessions, Map::size)
        .description("Open WebSocket sessions on this instance")
        .register(meters);
  }

  LiveSession open(org.springframework.web.socket.WebSocketSession socket, LiveUser user) {
    LiveSession session =
        new LiveSession(socket, settings.queueCapacity(), sender, user, clock.instant());
    sessions.put(session.id(), session);
    return session;
  }

  void closed(String sessionId) {
    LiveSession session = sessions.remove(sessionId);
    if (session != null) {
      session.runs().forEach(run -> unsubscribe(session, run));
    }
  }

  LiveSession session(String id) {
    return sessions.get(id);
  }

  void subscribe(LiveSession session, UUID run) {
    session.runs().add(run);
    byRun.computeIfAbsent(run, r -> ConcurrentHashMap.newKeySet()).add(session);
  }

  void unsubscribe(LiveSession session, UUID run) {
    session.runs().remove(run);
    byRun.computeIfPresent(run, (r, set) -> set.remove(session) && set.isEmpty() ? null : set);
  }

  /** Sends a reply to one session (never dropped). */
  void reply(LiveSession session, Map<String, Object> body) {
    session.deliver(LiveMessage.Kind.STATUS, null, json.writeValueAsString(body));
  }

  /**
   * After the publisher's transaction commits (at once when published outside one), so a client
   * that reads what a message announces (the console loads a run again when told it ended) reads
   * it done; one rolled back is never sent. Run ends are published inside the transaction that
   * records them.
   */
  @TransactionalEventListener(fallbackExecution = true)
  void forward(LiveMessage message) {
    String text = json.writeValueAsString(message.body());
    String key = message.replaceKey();
    for (LiveSession s : sessions.values()) {
      if (s.everything() && may(s, message)) {
        s.deliver(message.kind(), key, text);
      }
    }
    Set<LiveSession> ofRun = message.runId() == null ? null : byRun.get(message.runId());
    if (ofRun != null) {
      for (LiveSession s : ofRun) {
        if (!s.everything() && may(s, message)) {
          s.deliver(message.kind(), key, text);
        }
      }
    }
  }

  private boolean may(LiveSession s, LiveMessage message) {
    LiveUser user = s.user();
    return user != null && user.may(policy, message.permission());
  }

  private void sweep() {
    Instant now = clock.instant();
    Duration grace = settings.authTimeout();
    for (LiveSession s : sessions.values()) {
      LiveUser user = s.user();
      if (user == null && s.openedAt().plus(grace).isBefore(now)) {
        s.close(NO_TOKEN);
      } else if (user != null && user.expired(now)) {
        s.close(EXPIRED);
      }
    }
  }

  @Override
  public void destroy() {
    sweeper.shutdownNow();
    sessions.values().forEach(s -> s.close(CloseStatus.GOING_AWAY));
    sender.shutdown();
  }
}
