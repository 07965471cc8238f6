package io.dataaggregator.server.alert;

import io.dataaggregator.server.system.Sql;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The delivery queue (table {@code alert_deliveries}). Instances claim a due row by setting {@code
 * claimed_until} with a conditional update, so each attempt happens on one instance; a claim that
 * outlives its instance expires and the row becomes due again.
 */
@Component
class DeliveryStore {
  /** A claimed delivery. */
  record Delivery(long id, UUID eventId, String channel, String target, int attempts) {}

  private final JdbcClient jdbc;

  DeliveryStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Ids of pending deliveries due at {@code now} and not claimed by anybody. */
  List<Long> due(Instant now, int limit) {
    return jdbc.sql(
            "SELECT id FROM alert_deliveries WHERE status = 'PENDING' AND next_attempt_at <= :now"
                + " AND (claimed_until IS NULL OR claimed_until < :now) ORDER BY next_attempt_at")
        .param("now", Sql.ts(now))
        .withMaxRows(limit)
        .query(Long.class)
        .list();
  }

  /** Claims the delivery until {@code until}; empty when another instance was faster. */
  java.util.Optional<Delivery> claim(long id, Instant now, Instant until) {
    int claimed =
        jdbc.sql(
                "UPDATE alert_deliveries SET claimed_until = :until WHERE id = :id"
                    + " AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < :now)")
            .param("until", Sql.ts(until))
            .param("id", id)
            .param("now", Sql.ts(now))
            .update();
    if (claimed == 0) {
      return java.util.Optional.empty();
    }
    return jdbc.sql(
            "SELECT id, event_id, channel, target, attempts FROM alert_deliveries WHERE id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Delivery(
                    rs.getLong("id"),
                    Sql.uuid(rs, "event_id"),
                    rs.getString("channel"),
                    rs.getString("target"),
                    rs.getInt("attempts")))
        .optional();
  }

  void sent(long id, int attempts, Instant at) {
    jdbc.sql(
            "UPDATE alert_deliveries SET status = 'SENT', attempts = :attempts, delivered_at = :at,"
                + " claimed_until = NULL, last_error = NULL WHERE id = :id")
        .param("attempts", attempts)
        .param("at", Sql.ts(at))
        .param("id", id)
        .update();
  }

  /** Records a failed attempt: retried at {@code next}, or given up when {@code next} is null. */
  void failed(long id, int attempts, String error, Instant next) {
    jdbc.sql(
            "UPDATE alert_deliveries SET status = :status, attempts = :attempts, last_error ="
                + " :error, next_attempt_at = COALESCE(:next, next_attempt_at), claimed_until ="
                + " NULL WHERE id = :id")
        .param("status", next == null ? "FAILED" : "PENDING")
        .param("attempts", attempts)
        .param("error", error.length() > 1000 ? error.substring(0, 1000) : error)
        .param("next", Sql.ts(next))
        .param("id", id)
        .update();
  }
}
