package io.dataaggregator.server.live;

import io.dataaggregator.server.auth.Permission;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something to push to the console over the WebSocket {@code /ws}. Any feature publishes it as a
 * Spring application event ({@code ApplicationEventPublisher.publishEvent(message)}); the live
 * feature forwards it, without blocking the publisher and once the publisher's transaction (if any)
 * committed, to the sessions subscribed to its run (or to everything) whose user has {@link
 * #permission}.
 *
 * <p>On the wire it is one JSON object: {@code type} (the kind in lower case), {@code runId} when
 * there is one, {@code at}, then the entries of {@link #data}.
 *
 * @param runId the run it is about, or null (an alert not tied to a run)
 * @param permission what a user needs to receive it
 * @param data the message's fields; values must be JSON-friendly (strings, numbers, booleans,
 *     lists, maps, null)
 */
public record LiveMessage(
    Kind kind, UUID runId, Permission permission, Map<String, Object> data, Instant at) {

  /** What a message is about; decides what a slow client loses first. */
  public enum Kind {
    /** A run changed status (queued, running, succeeded, ...). */
    STATUS,
    /**
     * A stream's progress. Only the latest one per run and stream matters, so a slow client gets
     * the newest and loses the ones in between.
     */
    PROGRESS,
    /** A line of a run's log; dropped (oldest first) before statuses and alerts. */
    LOG,
    /** An alert fired. */
    ALERT;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public LiveMessage {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(permission, "permission");
    data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    at = at == null ? Instant.now() : at;
  }

  /** A message about a run, visible to those who may read runs. */
  public static LiveMessage aboutRun(Kind kind, UUID runId, Map<String, Object> data) {
    return new LiveMessage(kind, runId, Permission.RUNS_READ, data, Instant.now());
  }

  /** An alert, visible to those who may read alerts; {@code runId} may be null. */
  public static LiveMessage alert(UUID runId, Map<String, Object> data) {
    return new LiveMessage(Kind.ALERT, runId, Permission.ALERTS_READ, data, Instant.now());
  }

  /** The JSON object sent, as a map. */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", kind.label());
    if (runId != null) {
      body.put("runId", runId.toString());
    }
    body.put("at", at.toString());
    body.putAll(data);
    return body;
  }

  /** Messages with the same key replace each other in a slow client's queue (progress only). */
  String replaceKey() {
    return kind == Kind.PROGRESS ? runId + "/" + data.getOrDefault("stream", "") : null;
  }
}
