package io.dataaggregator.server.pipeline;

import io.dataaggregator.engine.pipeline.PipelineSpec;
import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.pipeline.PipelineResponses.PipelineResponse;
import io.dataaggregator.server.pipeline.PipelineResponses.PipelineSummary;
import io.dataaggregator.server.pipeline.PipelineResponses.VersionResponse;
import io.dataaggregator.server.pipeline.PipelineStore.Row;
import io.dataaggregator.server.system.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pipeline rules: only a pipeline that compiles is stored (a 400 lists every problem with its
 * line), names are unique among live pipelines and never change (state and checkpoints are kept
 * under the name), every change is a new version with who and when, and deleting keeps the history.
 */
@Service
class PipelineService {
  private static final int DESCRIPTION_MAX = 2000;

  private final PipelineStore store;
  private final PipelinePlans plans;
  private final Clock clock;

  PipelineService(PipelineStore store, PipelinePlans plans, Clock clock) {
    this.store = store;
    this.plans = plans;
    this.clock = clock;
  }

  @Transactional
  PipelineResponse create(CurrentUser me, PipelineRequest request) {
    String yaml = request.toYaml();
    String name = compiledName(yaml);
    if (store.findByName(name).isPresent()) {
      throw nameTaken(name);
    }
    UUID id = UUID.randomUUID();
    try {
      store.insert(
          id, name, description(yaml), yaml, request.comment(), me.username(), clock.instant());
    } catch (DuplicateKeyException raced) {
      throw nameTaken(name);
    }
    return PipelineResponse.of(row(id));
  }

  @Transactional
  PipelineResponse update(CurrentUser me, UUID id, PipelineRequest request) {
    Row current = row(id);
    if (request.baseVersion() != null && request.baseVersion() != current.version()) {
      throw changedMeanwhile(current);
    }
    String yaml = request.toYaml();
    String name = compiledName(yaml);
    if (!name.equals(current.name())) {
      throw ApiException.invalid(
          "name",
          "stays "
              + current.name()
              + ": a pipeline's state and"
              + " checkpoints are kept under its name; import a copy under the new name instead");
    }
    if (yaml.equals(current.yaml())) {
      return PipelineResponse.of(current); // nothing changed: no new version
    }
    Instant now = clock.instant();
    boolean added;
    try {
      added =
          store.addVersion(
              id,
              current.version() + 1,
              description(yaml),
              yaml,
              request.comment(),
              me.username(),
              now);
    } catch (DuplicateKeyException raced) {
      added = false;
    }
    if (!added) {
      throw changedMeanwhile(current);
    }
    return PipelineResponse.of(row(id));
  }

  /** Creates the pipeline, or with {@code replace} adds a version to the live one of that name. */
  @Transactional
  PipelineResponse importYaml(CurrentUser me, String yaml, boolean replace) {
    String name = compiledName(yaml);
    var existing = store.findByName(name);
    PipelineRequest request = PipelineRequest.ofYaml(yaml, "imported");
    if (existing.isEmpty()) {
      return create(me, request);
    }
    if (!replace) {
      throw nameTaken(name).with("id", existing.get().id());
    }
    return update(me, existing.get().id(), request);
  }

  void delete(UUID id) {
    if (!store.softDelete(id, clock.instant())) {
      throw ApiException.notFound("Pipeline", id);
    }
  }

  PipelineResponse get(UUID id) {
    return PipelineResponse.of(row(id));
  }

  List<PipelineSummary> list() {
    return store.list().stream().map(PipelineSummary::of).toList();
  }

  List<VersionResponse> versions(UUID id) {
    row(id);
    return store.versions(id).stream().map(VersionResponse::of).toList();
  }

  VersionResponse version(UUID id, int version) {
    Row pipeline = row(id);
    return store
        .version(id, version)
        .map(VersionResponse::of)
        .orElseThrow(
            () -> ApiException.notFound("Version", version + " of pipeline " + pipeline.name()));
  }

  Row row(UUID id) {
    return store.find(id).orElseThrow(() -> ApiException.notFound("Pipeline", id));
  }

  /** The pipeline's name, once the whole file compiled (else a 400 with every problem). */
  private String compiledName(String yaml) {
    PipelineSpec spec = plans.read(yaml, "pipeline");
    plans.compile(yaml, spec.name());
    return spec.name();
  }

  private static String description(String yaml) {
    String d = PipelineYaml.description(yaml);
    return d == null || d.length() <= DESCRIPTION_MAX ? d : d.substring(0, DESCRIPTION_MAX);
  }

  private static ApiException nameTaken(String name) {
    return ApiException.conflict(
        "pipeline-name-taken", "A pipeline named " + name + " exists already.");
  }

  private static ApiException changedMeanwhile(Row current) {
    return ApiException.conflict(
            "pipeline-changed",
            "Pipeline "
                + current.name()
                + " was changed meanwhile; it is at version "
                + current.version()
                + " now.")
        .with("version", current.version());
  }
}
