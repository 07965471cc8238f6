package io.dataaggregator.engine.pipeline;

/**
 * One entry of {@code transforms:}, a one-key map: the step's id and what is written after it.
 *
 * @param pointer where it stands in the file ({@code /transforms/2}), for messages
 */
public record StepSpec(String id, Object config, String pointer) {}
