package io.dataaggregator.server.run;

import static io.dataaggregator.server.system.Sql.instant;
import static io.dataaggregator.server.system.Sql.ts;
import static io.dataaggregator.server.system.Sql.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code run_logs} table: appends a run's lines, lists them, searches them all. */
@Component
class RunLogStore implements RunLogs {
  private static final int MAX_MESSAGE = 10_000;
  private static final String SELECT =
      "SELECT l.id, l.run_id, r.pipeline_id, r.pipeline_name, l.logged_at, l.log_level, l.stream,"
          + " l.message FROM run_logs l JOIN runs r ON r.id = l.run_id";

  private final JdbcClient jdbc;

  RunLogStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void append(UUID runId, Level level, String stream, String message, Instant at) {
    jdbc.sql(
            "INSERT INTO run_logs (run_id, logged_at, log_level, stream, message)"
                + " VALUES (:run, :at, :level, :stream, :message)")
        .param("run", runId)
        .param("at", ts(at))
        .param("level", level.name())
        .param("stream", stream == null ? "" : stream)
        .param("message", clip(message))
        .update();
  }

  /** A run's lines in order, after line {@code afterId} (0 for all). */
  List<LogLine> of(UUID runId, long afterId, int limit) {
    return jdbc.sql(SELECT + " WHERE l.run_id = :run AND l.id > :after ORDER BY l.id LIMIT :limit")
        .param("run", runId)
        .param("after", afterId)
        .param("limit", limit)
        .query((rs, n) -> map(rs))
        .list();
  }

  @Override
  public Found search(Search s) {
    Map<String, Object> params = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (s.runId() != null) {
      where.append(" AND l.run_id = :run");
      params.put("run", s.runId());
    }
    if (s.pipelineId() != null) {
      where.append(" AND r.pipeline_id = :pipeline");
      params.put("pipeline", s.pipelineId());
    }
    if (s.level() != null) {
      where.append(" AND l.log_level IN (:levels)");
      params.put(
          "levels",
          Arrays.stream(Level.values())
              .filter(l -> l.compareTo(s.level()) >= 0)
              .map(Level::name)
              .toList());
    }
    if (s.text() != null && !s.text().isBlank()) {
      where.append(" AND LOWER(l.message) LIKE :text ESCAPE '\\'");
      params.put("text", "%" + likeEscaped(s.text().strip().toLowerCase(Locale.ROOT)) + "%");
    }
    if (s.since() != null) {
      where.append(" AND l.logged_at >= :since");
      params.put("since", ts(s.since()));
    }
    if (s.until() != null) {
      where.append(" AND l.logged_at < :until");
      params.put("until", ts(s.until()));
    }
    long total =
        jdbc.sql("SELECT COUNT(*) FROM run_logs l JOIN runs r ON r.id = l.run_id" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<LogLine> lines =
        jdbc.sql(SELECT + where + " ORDER BY l.id DESC LIMIT :limit OFFSET :offset")
            .params(params)
            .param("limit", s.limit())
            .param("offset", s.offset())
            .query((rs, n) -> map(rs))
            .list();
    return new Found(lines, total);
  }

  private static LogLine map(ResultSet rs) throws SQLException {
    return new LogLine(
        rs.getLong("id"),
        uuid(rs, "run_id"),
        uuid(rs, "pipeline_id"),
        rs.getString("pipeline_name"),
        instant(rs, "logged_at"),
        Level.valueOf(rs.getString("log_level")),
        rs.getString("stream"),
        rs.getString("message"));
  }

  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String clip(String message) {
    return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
  }
}
