package io.dataaggregator.engine.plan;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.config.ConfigProblem;
import io.dataaggregator.engine.pipeline.InvalidPipelineException;
import io.dataaggregator.engine.pipeline.PipelineProblem;
import io.dataaggregator.engine.pipeline.PipelineSpec;
import io.dataaggregator.engine.pipeline.SourceMap;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.spi.Source;
import io.dataaggregator.engine.transform.Transform;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Binds a {@link PipelineSpec} to the connectors and transforms of a {@link Registry}, validating
 * every config against its schema. Reports all problems at once, each with its line.
 */
public final class PlanCompiler {
  private final Registry registry;

  public PlanCompiler(Registry registry) {
    this.registry = registry;
  }

  public Plan compile(PipelineSpec spec) {
    var problems = new ArrayList<PipelineProblem>();
    SourceMap map = spec.sourceMap();
    SourceNode<?> source = null;
    var src = registry.source(spec.source().connector());
    if (src.isEmpty()) {
      problems.add(
          map.problem("/source/connector", unknown("source", spec.source().connector(), registry.sourceIds())));
    } else {
      source = bindSource(src.get(), spec, problems);
    }
    var transforms = new ArrayList<TransformNode<?>>();
    for (int i = 0; i < spec.transforms().size(); i++) {
      var step = spec.transforms().get(i);
      var transform = registry.transform(step.id());
      if (transform.isEmpty()) {
        problems.add(map.problem(step.pointer(), unknown("step", step.id(), registry.transformIds())));
        continue;
      }
      var node = bindStep(i, transform.get(), step.config(), step.pointer(), map, problems);
      if (node != null) {
        transforms.add(node);
      }
    }
    DestinationNode<?> destination = null;
    var dst = registry.destination(spec.destination().connector());
    if (dst.isEmpty()) {
      problems.add(
          map.problem(
              "/destination/connector",
              unknown("destination", spec.destination().connector(), registry.destinationIds())));
    } else {
      destination = bindDestination(dst.get(), spec, problems);
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(PipelineProblem::line));
      throw new InvalidPipelineException(map.origin(), problems);
    }
    return new Plan(spec.name(), source, transforms, destination, spec.quality(), map);
  }

  private static String unknown(String what, String id, List<String> known) {
    return "unknown " + what + " '" + id + "'; available: " + String.join(", ", known);
  }

  private static <C extends Record> SourceNode<C> bindSource(
      Source<C> source, PipelineSpec spec, List<PipelineProblem> problems) {
    C config = bind(spec.source().config(), source.spec().configType(), "/source/config", spec.sourceMap(), problems);
    return config == null ? null : new SourceNode<>(source, config, spec.source().streams());
  }

  private static <C extends Record> DestinationNode<C> bindDestination(
      Destination<C> destination, PipelineSpec spec, List<PipelineProblem> problems) {
    var d = spec.destination();
    C config = bind(d.config(), destination.spec().configType(), "/destination/config", spec.sourceMap(), problems);
    return config == null ? null : new DestinationNode<>(destination, config, d.mode(), d.key(), d.table());
  }

  private static <C extends Record> TransformNode<C> bindStep(
      int index, Transform<C> transform, Object written, String pointer, SourceMap map, List<PipelineProblem> problems) {
    Object expanded;
    try {
      expanded = transform.expand(written);
    } catch (RuntimeException e) {
      problems.add(map.problem(pointer, e.getMessage()));
      return null;
    }
    C config = bind(expanded, transform.spec().configType(), pointer, map, problems);
    return config == null ? null : new TransformNode<>(index, transform, config, pointer);
  }

  /** Binds {@code config}, or adds its problems (pointed into the file) and returns null. */
  public static <C extends Record> C bind(
      Object config, Class<C> type, String pointer, SourceMap map, List<PipelineProblem> problems) {
    List<ConfigProblem> found = ConfigBinder.problems(config, type);
    if (found.isEmpty()) {
      try {
        return ConfigBinder.bind(config, type, SourceMap.fieldOf(pointer));
      } catch (io.dataaggregator.engine.config.InvalidConfigException e) {
        found = e.problems();
      }
    }
    for (ConfigProblem p : found) {
      problems.add(map.problem(pointer + p.pointer(), p.message()));
    }
    return null;
  }
}
