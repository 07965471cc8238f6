package io.dataaggregator.server.pipeline;

import java.util.Optional;
import java.util.UUID;

/**
 * Read access to stored pipelines for other features (runs, schedules): the pipelines feature's
 * public API. Deleted pipelines are not found.
 */
public interface PipelineDefinitions {
  Optional<PipelineDefinition> current(UUID pipelineId);

  Optional<PipelineDefinition> version(UUID pipelineId, int version);

  Optional<PipelineDefinition> byName(String name);
}
