package io.dataaggregator.server.live;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One connected client: who it is, what it subscribed to, and its {@link Outbox}. Messages are
 * queued by whoever publishes (never blocking) and sent by one drain task at a time on the sender
 * executor, so a slow client only slows its own drain. Thread-safe.
 */
final class LiveSession {
  static final CloseStatus TOO_SLOW =
      new CloseStatus(1013, "the client reads too slowly; reconnect and subscribe again");

  private final WebSocketSession socket;
  private final Outbox outbox;
  private final Executor sender;
  private final AtomicBoolean draining = new AtomicBoolean();
  private final Instant openedAt;
  private final Set<UUID> runs = ConcurrentHashMap.newKeySet();
  private volatile LiveUser user;
  private volatile boolean everything;

  LiveSession(WebSocketSession socket, int capacity, Executor sender, LiveUser user, Instant now) {
    this.socket = socket;
    this.outbox = new Outbox(capacity);
    this.sender = sender;
    this.user = user;
    this.openedAt = now;
  }

  String id() {
    return socket.getId();
  }

  LiveUser user() {
    return user;
  }

  void authenticate(LiveUser newUser) {
    this.user = newUser;
  }

  Instant openedAt() {
    return openedAt;
  }

  Set<UUID> runs() {
    return runs;
  }

  boolean everything() {
    return everything;
  }

  void everything(boolean on) {
    this.everything = on;
  }

  long dropped() {
    return outbox.dropped();
  }

  /**
   * Queues a message and makes sure a drain runs; closes the session if it is hopelessly behind.
   */
  void deliver(LiveMessage.Kind kind, String replaceKey, String json) {
    if (outbox.offer(kind, replaceKey, json) == Outbox.Offer.FULL) {
      close(TOO_SLOW);
      return;
    }
    if (draining.compareAndSet(false, true)) {
      sender.execute(this::drain);
    }
  }

  void close(CloseStatus status) {
    try {
      socket.close(status);
    } catch (IOException | RuntimeException alreadyGone) {
      // The client went away first; nothing to tell it.
    }
  }

  private void drain() {
    try {
      String next;
      while (socket.isOpen() && (next = outbox.poll()) != null) {
        socket.sendMessage(new TextMessage(next));
      }
    } catch (IOException | RuntimeException broken) {
      close(CloseStatus.SESSION_NOT_RELIABLE);
    } finally {
      draining.set(false);
    }
    // A message queued after the last poll but before the flag was cleared needs a drain too.
    if (socket.isOpen() && outbox.size() > 0 && draining.compareAndSet(false, true)) {
      sender.execute(this::drain);
    }
  }
}
