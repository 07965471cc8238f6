package io.dataaggregator.server.run;

import io.dataaggregator.engine.type.Rejection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code run_rejections} table: the first rejected rows of each stream of a run. */
@Component
class RejectionStore {
  private static final int MAX_RAW = 20_000;
  private static final int MAX_REASON = 4_000;
  private static final int MAX_FIELD = 500;

  /** A kept rejected row. */
  record Kept(long id, String stream, long position, String field, String reason, String raw) {}

  private final JdbcClient jdbc;

  RejectionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long count(UUID runId, String stream) {
    return jdbc.sql("SELECT COUNT(*) FROM run_rejections WHERE run_id = :run AND stream = :stream")
        .param("run", runId)
        .param("stream", stream)
        .query(Long.class)
        .single();
  }

  void add(UUID runId, List<Rejection> rejections) {
    for (Rejection r : rejections) {
      jdbc.sql(
              "INSERT INTO run_rejections (run_id, stream, row_position, field_name, reason,"
                  + " raw_input) VALUES (:run, :stream, :position, :field, :reason, :raw)")
          .param("run", runId)
          .param("stream", r.stream())
          .param("position", r.position())
          .param("field", clip(r.field(), MAX_FIELD))
          .param("reason", clip(r.reason(), MAX_REASON))
          .param("raw", clip(r.raw(), MAX_RAW))
          .update();
    }
  }

  /** Forgets a stream's rows: it starts over from the beginning, so they will come again. */
  void forget(UUID runId, String stream) {
    jdbc.sql("DELETE FROM run_rejections WHERE run_id = :run AND stream = :stream")
        .param("run", runId)
        .param("stream", stream)
        .update();
  }

  /** Kept rows of a run in the order they came, of one stream or (stream empty) all. */
  List<Kept> page(UUID runId, String stream, int offset, int limit) {
    boolean one = stream != null && !stream.isEmpty();
    return jdbc.sql(
            "SELECT id, stream, row_position, field_name, reason, raw_input FROM run_rejections"
                + " WHERE run_id = :run"
                + (one ? " AND stream = :stream" : "")
                + " ORDER BY id LIMIT :limit OFFSET :offset")
        .param("run", runId)
        .param("stream", one ? stream : "")
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new Kept(
                    rs.getLong("id"),
                    rs.getString("stream"),
                    rs.getLong("row_position"),
                    rs.getString("field_name"),
                    rs.getString("reason"),
                    rs.getString("raw_input")))
        .list();
  }

  long total(UUID runId, String stream) {
    boolean one = stream != null && !stream.isEmpty();
    return jdbc.sql(
            "SELECT COUNT(*) FROM run_rejections WHERE run_id = :run"
                + (one ? " AND stream = :stream" : ""))
        .param("run", runId)
        .param("stream", one ? stream : "")
        .query(Long.class)
        .single();
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
