package io.dataaggregator.server.schedule;

import io.dataaggregator.server.system.Sql;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The runs each schedule started (table {@code schedule_fires}). */
@Component
class FireLog {
  /** Why a schedule started a run. */
  enum Reason {
    CRON,
    DEPENDENCY,
    BACKFILL
  }

  /**
   * One start of a run by a schedule.
   *
   * @param scheduledAt the cron instant it was for; null for dependencies and backfills
   * @param instance the Quartz instance id (host and start time) of the server that started it
   * @param runId null when it failed to start
   * @param error why it failed to start; null when it started
   */
  record Fire(
      Reason reason,
      Instant scheduledAt,
      Instant firedAt,
      String instance,
      UUID runId,
      String cursorFrom,
      String cursorTo,
      String error) {}

  private final JdbcClient jdbc;

  FireLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records a fire and returns its row id. For a cron fire, a second record of the same scheduled
   * instant violates the unique key (Spring's {@code DuplicateKeyException}): that instant was
   * handled already, by this or another instance.
   */
  long record(UUID scheduleId, Fire fire) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO schedule_fires (schedule_id, reason, scheduled_at, fired_at, instance,"
                + " run_id, cursor_from, cursor_to, error) VALUES (:s, :reason, :scheduled, :fired,"
                + " :instance, :run, :from, :to, :error)")
        .param("s", scheduleId)
        .param("reason", fire.reason().name())
        .param("scheduled", Sql.ts(fire.scheduledAt()))
        .param("fired", Sql.ts(fire.firedAt()))
        .param("instance", cut(fire.instance(), 200))
        .param("run", fire.runId())
        .param("from", fire.cursorFrom())
        .param("to", fire.cursorTo())
        .param("error", cut(fire.error(), 1000))
        .update(key, "id");
    return key.getKeyAs(Long.class);
  }

  /** Notes the run a recorded fire started. */
  void started(long fireId, UUID runId) {
    jdbc.sql("UPDATE schedule_fires SET run_id = :run WHERE id = :id")
        .param("run", runId)
        .param("id", fireId)
        .update();
  }

  /** The schedule's most recent fires, newest first. */
  List<Fire> recent(UUID scheduleId, int limit) {
    return jdbc.sql(
            "SELECT reason, scheduled_at, fired_at, instance, run_id, cursor_from, cursor_to, error"
                + " FROM schedule_fires WHERE schedule_id = :s ORDER BY id DESC")
        .param("s", scheduleId)
        .withMaxRows(limit)
        .query(
            (rs, n) ->
                new Fire(
                    Reason.valueOf(rs.getString("reason")),
                    Sql.instant(rs, "scheduled_at"),
                    Sql.instant(rs, "fired_at"),
                    rs.getString("instance"),
                    Sql.uuid(rs, "run_id"),
                    rs.getString("cursor_from"),
                    rs.getString("cursor_to"),
                    rs.getString("error")))
        .list();
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
