package io.dataaggregator.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.testing.Api;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Runs over the HTTP API, for tests. */
public final class Runs {
  public static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final Set<String> ENDED = Set.of("succeeded", "failed", "cancelled");

  private Runs() {}

  /** Triggers a run of the pipeline (expecting 202); returns the run's id. */
  public static UUID trigger(Api.Session session, UUID pipelineId) {
    Api.Reply reply = session.post("/api/v1/pipelines/" + pipelineId + "/runs", null).expect(202);
    assertThat(reply.header("Location")).endsWith("/api/v1/runs/" + reply.text("id"));
    return UUID.fromString(reply.text("id"));
  }

  public static JsonNode get(Api.Session session, UUID runId) {
    return session.get("/api/v1/runs/" + runId).expect(200).body();
  }

  /** Waits for the run to end; returns its detail. */
  public static JsonNode awaitEnd(Api.Session session, UUID runId) {
    return Eventually.await(
        "run " + runId + " to end",
        PATIENCE,
        () -> {
          JsonNode run = get(session, runId);
          return ENDED.contains(run.get("status").asString()) ? run : null;
        });
  }

  /** Waits for the run to end with this status; returns its detail. */
  public static JsonNode awaitStatus(Api.Session session, UUID runId, String status) {
    JsonNode run = awaitEnd(session, runId);
    assertThat(run.get("status").asString()).as(run.toString()).isEqualTo(status);
    return run;
  }

  /** Waits until the run's streams have committed rows; returns its detail. */
  public static JsonNode awaitCommitted(Api.Session session, UUID runId) {
    return Eventually.await(
        "run " + runId + " to commit rows",
        PATIENCE,
        () -> {
          JsonNode run = get(session, runId);
          JsonNode streams = run.get("streams");
          boolean some =
              streams != null
                  && streams.size() > 0
                  && streams.get(0).get("ledger").get("written").asLong() > 0;
          return some ? run : null;
        });
  }

  /** The run's log as one text, a line per log line. */
  public static String log(Api.Session session, UUID runId) {
    StringBuilder text = new StringBuilder();
    for (JsonNode line : session.get("/api/v1/runs/" + runId + "/logs").expect(200).body()) {
      text.append(line.get("level").asString())
          .append(' ')
          .append(line.get("stream").asString())
          .append(": ")
          .append(line.get("message").asString())
          .append('\n');
    }
    return text.toString();
  }
}
