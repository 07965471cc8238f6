package io.dataaggregator.server.audit;

import io.dataaggregator.server.system.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit log's store (table {@code audit_log}): append and search. Thread-safe. */
@Component
class AuditLog {
  private static final String COLUMNS =
      "id, occurred_at, username, user_id, api_key_id, action, target_type, target_id,"
          + " http_method, path, status, client_ip, correlation_id, summary";

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void append(AuditEntry e) {
    jdbc.sql(
            "INSERT INTO audit_log (occurred_at, username, user_id, api_key_id, action,"
                + " target_type, target_id, http_method, path, status, client_ip, correlation_id,"
                + " summary) VALUES (:at, :user, :userId, :keyId, :action, :type, :target, :method,"
                + " :path, :status, :ip, :cid, :summary)")
        .param("at", Sql.ts(e.at()))
        .param("user", cut(e.user(), 100))
        .param("userId", e.userId())
        .param("keyId", e.apiKeyId())
        .param("action", cut(e.action(), 100))
        .param("type", cut(e.targetType(), 100))
        .param("target", cut(e.targetId(), 100))
        .param("method", e.method())
        .param("path", cut(e.path(), 500))
        .param("status", e.status())
        .param("ip", cut(e.clientIp(), 45))
        .param("cid", cut(e.correlationId(), 64))
        .param("summary", cut(e.summary(), 1000))
        .update();
  }

  AuditPage search(AuditQuery query) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(query, params);
    long total =
        jdbc.sql("SELECT COUNT(*) FROM audit_log" + where)
            .params(params)
            .query(Long.class)
            .single();
    params.put("limit", query.size());
    params.put("offset", (long) query.page() * query.size());
    List<AuditEntry> items =
        jdbc.sql(
                "SELECT "
                    + COLUMNS
                    + " FROM audit_log"
                    + where
                    + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
            .params(params)
            .query((rs, n) -> entry(rs))
            .list();
    return new AuditPage(items, query.page(), query.size(), total);
  }

  private static String where(AuditQuery q, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    if (q.user() != null) {
      conditions.add("LOWER(username) = :user");
      params.put("user", q.user().toLowerCase(Locale.ROOT));
    }
    equal(conditions, params, "action", q.action());
    equal(conditions, params, "target_type", q.targetType());
    equal(conditions, params, "target_id", q.targetId());
    if (q.since() != null) {
      conditions.add("occurred_at >= :since");
      params.put("since", Sql.ts(q.since()));
    }
    if (q.until() != null) {
      conditions.add("occurred_at < :until");
      params.put("until", Sql.ts(q.until()));
    }
    if (q.q() != null) {
      conditions.add(
          "(LOWER(summary) LIKE :q ESCAPE '\\' OR LOWER(path) LIKE :q ESCAPE '\\'"
              + " OR LOWER(username) LIKE :q ESCAPE '\\' OR LOWER(target_id) LIKE :q ESCAPE '\\'"
              + " OR LOWER(action) LIKE :q ESCAPE '\\')");
      params.put("q", "%" + likeEscaped(q.q().toLowerCase(Locale.ROOT)) + "%");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void equal(
      List<String> conditions, Map<String, Object> params, String column, String value) {
    if (value != null) {
      conditions.add(column + " = :" + column);
      params.put(column, value);
    }
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static AuditEntry entry(ResultSet rs) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        Sql.instant(rs, "occurred_at"),
        rs.getString("username"),
        Sql.uuid(rs, "user_id"),
        Sql.uuid(rs, "api_key_id"),
        rs.getString("action"),
        rs.getString("target_type"),
        rs.getString("target_id"),
        rs.getString("http_method"),
        rs.getString("path"),
        rs.getObject("status", Integer.class),
        rs.getString("client_ip"),
        rs.getString("correlation_id"),
        rs.getString("summary"));
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
