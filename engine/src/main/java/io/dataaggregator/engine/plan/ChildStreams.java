package io.dataaggregator.engine.plan;

import io.dataaggregator.engine.pipeline.PipelineProblem;
import io.dataaggregator.engine.pipeline.PipelineSpec;
import io.dataaggregator.engine.pipeline.SourceMap;
import io.dataaggregator.engine.pipeline.StreamSelection;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.transform.ChildStream;
import io.dataaggregator.engine.transform.StepConfigException;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * Checks the child streams steps make (explode's {@code into}): each needs a name no other stream
 * has, exactly one parent stream, and a key when the destination upserts. The pipeline file is
 * checked when it is compiled; the streams a source has without the file naming them are checked
 * when a run has discovered them.
 */
public final class ChildStreams {
  private ChildStreams() {}

  /** Adds a problem, pointed at its line, for every child stream the file gets wrong. */
  static void check(
      PipelineSpec spec, List<TransformNode<?>> nodes, List<PipelineProblem> problems) {
    SourceMap map = spec.sourceMap();
    var seen = new HashMap<String, TransformNode<?>>();
    List<String> listed = spec.source().streams().stream().map(StreamSelection::name).toList();
    for (TransformNode<?> node : nodes) {
      Optional<ChildStream> declared;
      try {
        declared = node.childStream();
      } catch (StepConfigException e) {
        problems.add(problem(map, node, e.field(), e.getMessage()));
        continue;
      }
      if (declared.isEmpty()) {
        continue;
      }
      ChildStream child = declared.get();
      String into = "into: '" + child.name() + "' ";
      TransformNode<?> before = seen.putIfAbsent(child.name(), node);
      if (before != null) {
        problems.add(problem(map, node, "into", into + "is already the child stream of " + label(before)));
      } else if (listed.contains(child.name())) {
        problems.add(problem(map, node, "into", into + "is a stream the source reads; name the child stream otherwise"));
      } else if (child.name().equals(spec.destination().table())) {
        problems.add(problem(map, node, "into", into + "is also destination.table; name the child stream otherwise"));
      }
      if (listed.size() > 1) {
        problems.add(problem(map, node, "into", into + "makes one child stream, but source.streams names "
            + listed.size() + " streams " + listed + "; read one stream in a pipeline that explodes into a child"));
      }
      if (spec.destination().mode() == WriteMode.UPSERT && child.key().isEmpty()) {
        problems.add(problem(map, node, "index", "destination.mode is upsert, so the rows of child stream '"
            + child.name() + "' need a key: set index, and parent_key + index will key them"));
      }
    }
  }

  /**
   * Checks the child streams of {@code plan} against the streams a run reads.
   *
   * @throws ConnectorException naming the step when a child stream has the name of a stream read,
   *     or when more than one stream is read
   */
  public static void checkAgainst(Plan plan, List<CatalogStream> streams) {
    List<String> names = streams.stream().map(CatalogStream::name).toList();
    for (TransformNode<?> node : plan.transforms()) {
      Optional<ChildStream> child = node.childStream();
      if (child.isEmpty()) {
        continue;
      }
      String into = label(node) + ": into: '" + child.get().name() + "' ";
      if (names.contains(child.get().name())) {
        throw new ConnectorException(CommonErrorCode.INVALID_CONFIG,
            into + "is also a stream the source has; name the child stream otherwise");
      }
      if (names.size() > 1) {
        throw new ConnectorException(CommonErrorCode.INVALID_CONFIG,
            into + "makes one child stream, but the pipeline reads " + names.size() + " streams "
                + names + "; name one in source.streams");
      }
    }
  }

  private static String label(TransformNode<?> node) {
    return "step " + (node.index() + 1) + " (" + node.id() + ")";
  }

  private static PipelineProblem problem(SourceMap map, TransformNode<?> node, String setting, String message) {
    int line = map.lineOf(node.pointer() + "/" + setting);
    return new PipelineProblem(line, SourceMap.fieldOf(node.pointer()), label(node) + ": " + message);
  }
}
