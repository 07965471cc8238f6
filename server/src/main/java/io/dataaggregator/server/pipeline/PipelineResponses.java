package io.dataaggregator.server.pipeline;

import io.dataaggregator.engine.pipeline.PipelineProblem;
import io.dataaggregator.server.pipeline.PipelineStore.Row;
import io.dataaggregator.server.pipeline.PipelineStore.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the pipelines API answers. */
final class PipelineResponses {
  private PipelineResponses() {}

  /**
   * A pipeline in a listing. Runs and schedules add their own summaries (last run, next fire) in
   * their APIs; this record may grow such fields later without breaking clients.
   *
   * @param version the current version; {@code updatedBy} made it
   */
  record PipelineSummary(
      UUID id,
      String name,
      String description,
      int version,
      String createdBy,
      Instant createdAt,
      String updatedBy,
      Instant updatedAt) {
    static PipelineSummary of(Row r) {
      return new PipelineSummary(
          r.id(),
          r.name(),
          r.description(),
          r.version(),
          r.createdBy(),
          r.createdAt(),
          r.updatedBy(),
          r.updatedAt());
    }
  }

  /**
   * A pipeline with its current YAML.
   *
   * @param spec the YAML as JSON, the form the API also accepts instead of {@code yaml}
   */
  record PipelineResponse(
      UUID id,
      String name,
      String description,
      int version,
      String yaml,
      Map<String, Object> spec,
      String createdBy,
      Instant createdAt,
      String updatedBy,
      Instant updatedAt) {
    static PipelineResponse of(Row r) {
      return new PipelineResponse(
          r.id(),
          r.name(),
          r.description(),
          r.version(),
          r.yaml(),
          PipelineYaml.read(r.yaml()),
          r.createdBy(),
          r.createdAt(),
          r.updatedBy(),
          r.updatedAt());
    }
  }

  /** One version: who made it, when, why; {@code yaml} only when one version is asked for. */
  record VersionResponse(
      int version, String createdBy, Instant createdAt, String comment, String yaml) {
    static VersionResponse of(Version v) {
      return new VersionResponse(v.version(), v.createdBy(), v.createdAt(), v.comment(), v.yaml());
    }
  }

  /** The outcome of a validation; always a 200, problems in file order. */
  record Validation(boolean valid, List<Problem> problems) {
    static Validation of(List<PipelineProblem> problems) {
      return new Validation(problems.isEmpty(), problems.stream().map(Problem::of).toList());
    }
  }

  /**
   * One problem.
   *
   * @param line 1-based line in the YAML, 0 when it has no single place
   * @param field where, as written: {@code destination.config.port}
   */
  record Problem(int line, String field, String message) {
    static Problem of(PipelineProblem p) {
      return new Problem(p.line(), p.field(), p.message());
    }
  }
}
