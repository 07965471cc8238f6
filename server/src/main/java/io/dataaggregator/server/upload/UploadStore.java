package io.dataaggregator.server.upload;

import io.dataaggregator.server.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code uploads} table: what each upload is and whether it is complete. */
@Component
class UploadStore {
  static final String RECEIVING = "receiving";
  static final String COMPLETE = "complete";

  private final JdbcClient jdbc;

  UploadStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * @param path the file once complete; while receiving, the bytes are in {@code path + ".part"}
   * @param declaredSize the size the client announced, or null
   */
  record Row(
      UUID id,
      String fileName,
      Long declaredSize,
      String status,
      String path,
      String createdBy,
      Instant createdAt,
      Instant completedAt) {
    boolean complete() {
      return COMPLETE.equals(status);
    }
  }

  void insert(Row row) {
    jdbc.sql(
            "INSERT INTO uploads (id, file_name, declared_size, status, path, created_by,"
                + " created_at) VALUES (:id, :name, :size, :status, :path, :by, :at)")
        .param("id", row.id())
        .param("name", row.fileName())
        .param("size", row.declaredSize())
        .param("status", row.status())
        .param("path", row.path())
        .param("by", row.createdBy())
        .param("at", Sql.ts(row.createdAt()))
        .update();
  }

  /** Marks the upload complete; false when it was not receiving any more. */
  boolean complete(UUID id, Instant at) {
    return jdbc.sql(
                "UPDATE uploads SET status = :complete, completed_at = :at WHERE id = :id AND"
                    + " status = :receiving")
            .param("id", id)
            .param("complete", COMPLETE)
            .param("receiving", RECEIVING)
            .param("at", Sql.ts(at))
            .update()
        > 0;
  }

  boolean delete(UUID id) {
    return jdbc.sql("DELETE FROM uploads WHERE id = :id").param("id", id).update() > 0;
  }

  Optional<Row> find(UUID id) {
    return jdbc.sql("SELECT * FROM uploads WHERE id = :id")
        .param("id", id)
        .query(UploadStore::map)
        .optional();
  }

  List<Row> list() {
    return jdbc.sql("SELECT * FROM uploads ORDER BY created_at DESC")
        .query(UploadStore::map)
        .list();
  }

  private static Row map(ResultSet rs, int n) throws SQLException {
    Long size = rs.getObject("declared_size", Long.class);
    return new Row(
        Sql.uuid(rs, "id"),
        rs.getString("file_name"),
        size,
        rs.getString("status"),
        rs.getString("path"),
        rs.getString("created_by"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "completed_at"));
  }
}
