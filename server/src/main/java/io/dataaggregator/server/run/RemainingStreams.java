package io.dataaggregator.server.run;

import io.dataaggregator.engine.pipeline.StreamSelection;
import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.SourceNode;
import io.dataaggregator.engine.spi.CatalogStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a plan an attempt still has to run. A stream that succeeded in an earlier attempt of
 * the same run is done: run again, a finished full refresh would start over and write its rows a
 * second time.
 */
final class RemainingStreams {
  private RemainingStreams() {}

  /** The plan without the streams in {@code done}; empty when nothing is left. */
  static Optional<Plan> of(Plan plan, Set<String> done) {
    if (done.isEmpty()) {
      return Optional.of(plan);
    }
    List<StreamSelection> wanted = plan.source().streams();
    if (wanted.isEmpty()) {
      wanted =
          plan.source().discover().streams().stream()
              .map(CatalogStream::name)
              .map(name -> new StreamSelection(name, ""))
              .toList();
    }
    List<StreamSelection> left = wanted.stream().filter(s -> !done.contains(s.name())).toList();
    if (left.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(withStreams(plan, plan.source(), left));
  }

  private static <C extends Record> Plan withStreams(
      Plan plan, SourceNode<C> source, List<StreamSelection> streams) {
    return new Plan(
        plan.name(),
        new SourceNode<>(source.connector(), source.config(), streams),
        plan.transforms(),
        plan.destination(),
        plan.quality(),
        plan.sourceMap(),
        plan.baseDirectory(),
        plan.references());
  }
}
