package io.dataaggregator.server.retention;

import io.dataaggregator.server.system.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements of one batch of a purge: a select of the ids of at most a batch of rows, and the
 * deletes that take those ids, run in order (children before the rows they refer to). Selecting
 * the ids first bounds every delete to the batch on every store; {@code DELETE ... LIMIT} is not
 * portable. Each feature declares its own with its own tables; this only runs them.
 *
 * @param selectIds a query of one column, the ids; {@link #deleteBatch(JdbcClient, Instant, int)}
 *     binds {@code :cutoff} and {@code :limit}
 * @param idType the Java type of that column ({@code Long.class}, {@code UUID.class})
 * @param deletes statements that take the selected ids as {@code :ids}
 */
public record PurgeStatements(String selectIds, Class<?> idType, List<String> deletes) {
  public PurgeStatements {
    if (deletes.isEmpty()) {
      throw new IllegalArgumentException("PurgeStatements need at least one delete");
    }
    deletes = List.copyOf(deletes);
  }

  public PurgeStatements(String selectIds, Class<?> idType, String... deletes) {
    this(selectIds, idType, List.of(deletes));
  }

  /**
   * Selects the ids of at most {@code limit} rows older than {@code cutoff} and deletes them.
   *
   * @return the rows the deletes deleted, over all of them; 0 when no id was selected
   */
  public int deleteBatch(JdbcClient jdbc, Instant cutoff, int limit) {
    return deleteBatch(jdbc, Map.of("cutoff", Sql.ts(cutoff), "limit", limit));
  }

  /**
   * Selects ids with {@code params} bound to the select, and deletes what they name. When another
   * instance (or a purge started by hand) deleted those rows first, it selects again instead of
   * answering 0, which would tell the caller that nothing is left while rows still are.
   */
  public int deleteBatch(JdbcClient jdbc, Map<String, ?> params) {
    return deleteBatch(jdbc, params, ids -> delete(jdbc, ids));
  }

  /**
   * As {@link #deleteBatch(JdbcClient, Map)}, with the caller's own deletion of the selected ids
   * (a purge that takes rows referring to them first, say): it must answer the rows it deleted.
   */
  public int deleteBatch(JdbcClient jdbc, Map<String, ?> params, ToIntFunction<List<?>> deletion) {
    for (int tries = 0; tries < RACES_TOLERATED; tries++) {
      List<?> ids = selectIds(jdbc, params);
      if (ids.isEmpty()) {
        return 0;
      }
      int rows = deletion.applyAsInt(ids);
      if (rows > 0) {
        return rows;
      }
    }
    return 0; // always beaten to it: the other purge is at work, and the next round goes on
  }

  private static final int RACES_TOLERATED = 10;

  /** The ids the select gives with {@code params} bound. */
  public List<?> selectIds(JdbcClient jdbc, Map<String, ?> params) {
    return jdbc.sql(selectIds).params(params).query(idType).list();
  }

  /** Runs every delete with {@code ids}; 0 without running any when there are none. */
  public int delete(JdbcClient jdbc, List<?> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    int rows = 0;
    for (String delete : deletes) {
      rows += jdbc.sql(delete).param("ids", ids).update();
    }
    return rows;
  }
}
