package io.dataaggregator.server.run;

import static io.dataaggregator.server.system.Sql.instant;
import static io.dataaggregator.server.system.Sql.ts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link RunInsights} over the {@code runs} table. */
@Component
class RunInsightStore implements RunInsights {
  private final JdbcClient jdbc;
  private final RunWorkers workers;

  RunInsightStore(JdbcClient jdbc, RunWorkers workers) {
    this.jdbc = jdbc;
    this.workers = workers;
  }

  @Override
  public Totals finished(Instant from, Instant to) {
    return jdbc.sql(
            "SELECT COUNT(*) AS runs, COALESCE(SUM(CASE WHEN status = 'succeeded' THEN 1 ELSE 0"
                + " END), 0) AS ok, COALESCE(SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END), 0)"
                + " AS failed, COALESCE(SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END), 0)"
                + " AS cancelled, COALESCE(SUM(rows_read), 0) AS r, COALESCE(SUM(rows_written), 0)"
                + " AS w, COALESCE(SUM(rows_rejected), 0) AS j, COALESCE(SUM(bytes_read), 0) AS b"
                + " FROM runs WHERE finished_at >= :from AND finished_at < :to")
        .param("from", ts(from))
        .param("to", ts(to))
        .query(
            (rs, n) ->
                new Totals(
                    rs.getLong("runs"),
                    rs.getLong("ok"),
                    rs.getLong("failed"),
                    rs.getLong("cancelled"),
                    rs.getLong("r"),
                    rs.getLong("w"),
                    rs.getLong("j"),
                    rs.getLong("b")))
        .single();
  }

  @Override
  public List<Hour> hourly(Instant to, int hours) {
    Instant last = to.truncatedTo(ChronoUnit.HOURS);
    Instant first = last.minus(Duration.ofHours(hours - 1L));
    long[][] buckets = new long[hours][3];
    jdbc.sql(
            "SELECT finished_at, status, rows_written FROM runs"
                + " WHERE finished_at >= :from AND finished_at < :to")
        .param("from", ts(first))
        .param("to", ts(to))
        .query(
            rs -> {
              long index = Duration.between(first, instant(rs, "finished_at")).toHours();
              if (index >= 0 && index < hours) {
                long[] b = buckets[(int) index];
                b[0]++;
                b[1] += "failed".equals(rs.getString("status")) ? 1 : 0;
                b[2] += rs.getLong("rows_written");
              }
            });
    List<Hour> result = new ArrayList<>(hours);
    for (int i = 0; i < hours; i++) {
      result.add(
          new Hour(first.plus(Duration.ofHours(i)), buckets[i][0], buckets[i][1], buckets[i][2]));
    }
    return result;
  }

  @Override
  public long count(String status) {
    return jdbc.sql("SELECT COUNT(*) FROM runs WHERE status = :status")
        .param("status", status)
        .query(Long.class)
        .single();
  }

  @Override
  public Map<String, Integer> runningHere() {
    return workers.runningByPipeline();
  }
}
