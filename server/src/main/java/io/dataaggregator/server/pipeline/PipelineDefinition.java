package io.dataaggregator.server.pipeline;

import java.util.UUID;

/** One version of a stored pipeline: what a run executes. */
public record PipelineDefinition(UUID id, String name, int version, String yaml) {}
