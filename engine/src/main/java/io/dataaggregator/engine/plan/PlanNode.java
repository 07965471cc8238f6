package io.dataaggregator.engine.plan;

/** A node of a {@link Plan}: where rows come from, what changes them, where they go. */
public sealed interface PlanNode permits SourceNode, TransformNode, DestinationNode {}
