package io.dataaggregator.engine.plan;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.config.ConfigProblem;
import io.dataaggregator.engine.pipeline.Endpoint;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a {@link PipelineSpec} to the connectors and transforms of a {@link Registry}, validating
 * every config against its schema. Reports all problems at once, each with its line.
 */
public final class PlanCompiler {
  private final Registry registry;
  private final ConnectionResolver connections;

  public PlanCompiler(Registry registry, ConnectionResolver connections) {
    this.registry = registry;
    this.connections = connections;
  }

  /** A compiler for pipeline files that write every connector's config themselves. */
  public PlanCompiler(Registry registry) {
    this(registry, ConnectionResolver.NONE);
  }

  public Plan compile(PipelineSpec spec) {
    var problems = new ArrayList<PipelineProblem>();
    SourceMap map = spec.sourceMap();
    SourceNode<?> source = null;
    var src = resolve(spec.source().endpoint(), spec.source().config(), "/source", map, problems);
    if (src != null) {
      var connector = registry.source(src.connector());
      if (connector.isEmpty()) {
        problems.add(map.problem(src.pointer(), unknown("source", src.connector(), registry.sourceIds())));
      } else {
        source = bindSource(connector.get(), src.config(), spec, problems);
      }
    }
    var references = new ReferenceEndpoints(registry, connections);
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
        checkReferences(node, references, map, problems);
      }
    }
    DestinationNode<?> destination = null;
    var dst = resolve(spec.destination().endpoint(), spec.destination().config(), "/destination", map, problems);
    if (dst != null) {
      var connector = registry.destination(dst.connector());
      if (connector.isEmpty()) {
        problems.add(map.problem(dst.pointer(), unknown("destination", dst.connector(), registry.destinationIds())));
      } else {
        destination = bindDestination(connector.get(), dst.config(), spec, problems);
      }
    }
    ChildStreams.check(spec, transforms, problems);
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(PipelineProblem::line));
      throw new InvalidPipelineException(map.origin(), problems);
    }
    return new Plan(
        spec.name(), source, transforms, destination, spec.quality(), map, spec.baseDirectory(), references);
  }

  /**
   * Checks what a step's reference queries name (connection, connector, settings, query) without
   * connecting: the database judges the query itself when the step is built, before any row.
   */
  private static void checkReferences(
      TransformNode<?> node, ReferenceEndpoints references, SourceMap map, List<PipelineProblem> problems) {
    for (var query : node.references()) {
      String at = node.pointer() + "/" + query.setting().replace('.', '/');
      for (ConfigProblem p : references.problems(query)) {
        problems.add(map.problem(at + p.pointer(), p.message()));
      }
    }
  }

  /** A connector id and the config to bind, with where the id was written. */
  private record Resolved(String connector, Map<String, Object> config, String pointer) {}

  private Resolved resolve(
      Endpoint endpoint, Map<String, Object> written, String at, SourceMap map, List<PipelineProblem> problems) {
    return switch (endpoint) {
      case Endpoint.Connector c -> new Resolved(c.name(), written, at + "/connector");
      case Endpoint.Connection c -> {
        var stored = connections.resolve(c.name());
        if (stored.isEmpty()) {
          problems.add(map.problem(at + "/connection", "no stored connection named '" + c.name() + "'"));
          yield null;
        }
        // Settings written in the pipeline (tables, schema) override the stored connection's.
        var merged = new LinkedHashMap<String, Object>(stored.get().config());
        merged.putAll(written);
        yield new Resolved(stored.get().connector(), merged, at + "/connection");
      }
    };
  }

  private static String unknown(String what, String id, List<String> known) {
    return "unknown " + what + " '" + id + "'; available: " + String.join(", ", known);
  }

  private static <C extends Record> SourceNode<C> bindSource(
      Source<C> source, Map<String, Object> written, PipelineSpec spec, List<PipelineProblem> problems) {
    C config = bind(written, source.spec().configType(), "/source/config", spec.sourceMap(), problems);
    return config == null ? null : new SourceNode<>(source, config, spec.source().streams());
  }

  private static <C extends Record> DestinationNode<C> bindDestination(
      Destination<C> destination, Map<String, Object> written, PipelineSpec spec, List<PipelineProblem> problems) {
    var d = spec.destination();
    C config = bind(written, destination.spec().configType(), "/destination/config", spec.sourceMap(), problems);
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
