package io.dataaggregator.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The run history with its filters, the log search, metrics and the dashboard, over HTTP. */
public abstract class RunHistoryContract extends ServerIT {
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;

  @Test
  void historyFiltersByPipelineStatusAndTimeAndPages() {
    Session admin = admin();
    Instant before = Instant.now().minusSeconds(1);
    String csv = Airports.copyTo(dir).toString();
    String name = uniqueName("hist");
    UUID good =
        StoredPipelines.create(
            jdbc, name, StoredPipelines.csvToPostgres(csv, name.replace('-', '_')));
    UUID bad =
        StoredPipelines.create(
            jdbc, name + "-bad", StoredPipelines.csvToPostgres(csv + ".gone", "never"));
    UUID ok1 = Runs.trigger(admin, good);
    Runs.awaitStatus(admin, ok1, "succeeded");
    UUID ok2 = Runs.trigger(admin, good);
    Runs.awaitStatus(admin, ok2, "succeeded");
    UUID failed = Runs.trigger(admin, bad);
    Runs.awaitStatus(admin, failed, "failed");

    assertThat(ids(admin, "pipelineId=" + good)).containsExactly(ok2.toString(), ok1.toString());
    assertThat(ids(admin, "pipelineId=" + bad + "&status=failed"))
        .containsExactly(failed.toString());
    assertThat(ids(admin, "pipelineId=" + bad + "&status=succeeded,cancelled")).isEmpty();
    assertThat(ids(admin, "status=failed&status=succeeded&since=" + before))
        .contains(ok1.toString(), ok2.toString(), failed.toString());
    assertThat(ids(admin, "pipelineId=" + good + "&until=" + before)).isEmpty();
    assertThat(ids(admin, "pipelineId=" + good + "&since=" + Instant.now().plusSeconds(60)))
        .isEmpty();
    assertThat(ids(admin, "pipelineId=" + good + "&trigger=manual")).hasSize(2);

    JsonNode page =
        admin.get("/api/v1/runs?pipelineId=" + good + "&limit=1&offset=1").expect(200).body();
    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(ok1.toString());
    assertThat(page.get("items").get(0).has("streams")).isFalse();

    admin.get("/api/v1/runs?status=done").expectProblem(400, "status");
    admin.get("/api/v1/runs?limit=0").expectProblem(400, "limit");
    admin.get("/api/v1/runs?since=yesterday").expectProblem(400, "since");
    loginAs(Role.VIEWER).get("/api/v1/runs?pipelineId=" + good).expect(200);
    loginAs(Role.EXECUTIVE).get("/api/v1/runs").expect(403);
  }

  @Test
  void logSearchFindsLinesByRunLevelAndWords() {
    Session executor = loginAs(Role.EXECUTOR);
    String csv = Airports.copyTo(dir).resolve("../missing.csv").normalize().toString();
    UUID pipeline =
        StoredPipelines.create(
            jdbc, uniqueName("search"), StoredPipelines.csvToPostgres(csv, "never"));
    UUID runId = Runs.trigger(executor, pipeline);
    Runs.awaitStatus(executor, runId, "failed");

    JsonNode all = executor.get("/api/v1/logs?runId=" + runId).expect(200).body();
    assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(3);
    JsonNode errors =
        executor.get("/api/v1/logs?runId=" + runId + "&level=ERROR").expect(200).body();
    assertThat(errors.get("items").findValuesAsString("level")).containsOnly("ERROR");
    assertThat(errors.get("items").get(0).get("message").asString()).contains("missing.csv");
    assertThat(errors.get("items").get(0).get("pipelineId").asString())
        .isEqualTo(pipeline.toString());
    JsonNode warnUp =
        executor.get("/api/v1/logs?runId=" + runId + "&level=warn").expect(200).body();
    assertThat(warnUp.get("total").asLong()).isEqualTo(errors.get("total").asLong());
    JsonNode words =
        executor.get("/api/v1/logs?pipelineId=" + pipeline + "&q=QUEUED%20BY").expect(200).body();
    assertThat(words.get("items")).hasSize(1);
    JsonNode none = executor.get("/api/v1/logs?runId=" + runId + "&q=100%25").expect(200).body();
    assertThat(none.get("total").asLong()).isZero();
    JsonNode later =
        executor
            .get("/api/v1/logs?runId=" + runId + "&since=" + Instant.now().plusSeconds(5))
            .expect(200)
            .body();
    assertThat(later.get("total").asLong()).isZero();

    executor.get("/api/v1/logs?level=LOUD").expectProblem(400, "level");
    loginAs(Role.DESIGNER).get("/api/v1/logs").expect(403);
  }

  @Test
  void metricsAndDashboardCountFinishedRuns() {
    Session admin = admin();
    String name = uniqueName("metrics");
    String csv = Airports.copyTo(dir).toString();
    UUID pipeline =
        StoredPipelines.create(
            jdbc, name, StoredPipelines.csvToPostgres(csv, name.replace('-', '_')));
    Runs.awaitStatus(admin, Runs.trigger(admin, pipeline), "succeeded");

    String metrics =
        api.get("/actuator/prometheus", loginAs(Role.EXECUTOR).token()).expect(200).raw();
    String tag = "pipeline=\"" + name + "\"";
    assertThat(metrics)
        .contains("dagg_rows_read_total{" + tag + "} 3376.0")
        .contains("dagg_rows_written_total{" + tag + "} 3376.0")
        .contains("dagg_rows_rejected_total{" + tag + "} 0.0")
        .containsPattern("dagg_runs_completed_total\\{" + tag + ",status=\"succeeded\"} 1\\.0")
        .containsPattern("dagg_run_duration_seconds_count\\{" + tag + ",status=\"succeeded\"} 1")
        .contains("dagg_runs_running{" + tag + "} 0.0")
        .contains("dagg_bytes_read_total{" + tag + "}");

    JsonNode dashboard = loginAs(Role.EXECUTIVE).get("/api/v1/dashboard").expect(200).body();
    JsonNode today = dashboard.get("last24Hours");
    assertThat(today.get("runs").asLong()).isPositive();
    assertThat(today.get("rowsWritten").asLong()).isGreaterThanOrEqualTo(Airports.ROWS);
    assertThat(today.get("successRate").asDouble()).isBetween(0.0, 1.0);
    assertThat(dashboard.get("throughput")).hasSize(24);
    JsonNode thisHour = dashboard.get("throughput").get(23);
    assertThat(thisHour.get("rowsWritten").asLong()).isGreaterThanOrEqualTo(Airports.ROWS);
    assertThat(dashboard.get("runningNow").asLong()).isNotNegative();
    assertThat(dashboard.get("timezone").asString()).isEqualTo("UTC");
    admin.get("/api/v1/dashboard?timezone=Europe/Paris").expect(200);
    admin.get("/api/v1/dashboard?timezone=Mars/Base").expectProblem(400, "timezone");
  }

  private static java.util.List<String> ids(Session session, String query) {
    JsonNode page = session.get("/api/v1/runs?" + query).expect(200).body();
    return page.get("items").findValuesAsString("id");
  }
}
