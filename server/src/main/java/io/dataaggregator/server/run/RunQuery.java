package io.dataaggregator.server.run;

import static io.dataaggregator.server.system.Sql.ts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Filters of the run history; null or empty means "any". Times compare with when the run was
 * queued: {@code since} inclusive, {@code until} exclusive.
 */
record RunQuery(
    UUID pipelineId,
    List<RunStatus> statuses,
    String trigger,
    Instant since,
    Instant until,
    int offset,
    int limit) {
  RunQuery {
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
  }

  /** The WHERE clause (starting with " WHERE", or empty) and fills {@code params}. */
  String where(Map<String, Object> params) {
    StringBuilder sql = new StringBuilder();
    if (pipelineId != null) {
      and(sql, "pipeline_id = :pipelineId");
      params.put("pipelineId", pipelineId);
    }
    if (!statuses.isEmpty()) {
      and(sql, "status IN (:statuses)");
      params.put("statuses", statuses.stream().map(RunStatus::label).toList());
    }
    if (trigger != null && !trigger.isBlank()) {
      and(sql, "run_trigger = :trigger");
      params.put("trigger", trigger);
    }
    if (since != null) {
      and(sql, "queued_at >= :since");
      params.put("since", ts(since));
    }
    if (until != null) {
      and(sql, "queued_at < :until");
      params.put("until", ts(until));
    }
    return sql.toString();
  }

  private static void and(StringBuilder sql, String condition) {
    sql.append(sql.isEmpty() ? " WHERE " : " AND ").append(condition);
  }
}
