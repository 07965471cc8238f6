package io.dataaggregator.engine.inspect;

import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.plan.StreamSelector;
import io.dataaggregator.engine.plan.TransformNode;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a pipeline's source and its first steps on a sample and shows the rows after each node, and
 * the rows a node sends to a child stream (explode with {@code into}), writing nothing. Used by {@code dagg preview} and the console's builder.
 */
public final class Previewer {
  private Previewer() {}

  /**
   * @param stream the stream to preview; empty when the pipeline reads one stream
   * @param upToStep how many transform steps to apply (0: the source alone); more than there are
   *     means all
   * @param rows the sample size read from the source
   */
  public static List<StepPreview> preview(Plan plan, String stream, int upToStep, int rows, Duration budget) {
    CatalogStream selected = StreamSelector.one(plan, plan.source().discover(), stream);
    Sample sample = Sample.read(plan, selected, rows, budget);
    var previews = new ArrayList<StepPreview>();
    Batch batch = sample.batch();
    previews.add(new StepPreview(0, "source", batch.schema(), batch.rows(), batch.rejections()));
    List<TransformNode<?>> nodes = plan.transforms();
    int steps = Math.min(upToStep, nodes.size());
    // One chain per prefix keeps each step's own output visible; samples are small.
    for (int i = 0; i < steps; i++) {
      StepChain chain = StepChain.build(
          List.of(nodes.get(i).link()), batch.schema(), plan.stepContext(selected.name()), i);
      int before = batch.rejections().size();
      Batch out = chain.apply(batch);
      Batch held = chain.finish();
      var kept = new ArrayList<>(out.rows());
      kept.addAll(held.rows());
      var rejections = new ArrayList<>(out.rejections());
      rejections.addAll(held.rejections());
      batch = new Batch(chain.output(), kept, rejections);
      List<Rejection> mine = rejections.subList(before, rejections.size());
      previews.add(
          new StepPreview(i + 1, nodes.get(i).id(), chain.output(), kept, mine, children(chain)));
    }
    return previews;
  }

  private static List<ChildPreview> children(StepChain chain) {
    List<StepChain.Child> children = chain.children();
    List<Batch> made = chain.takeChildRows();
    var previews = new ArrayList<ChildPreview>(children.size());
    for (int i = 0; i < children.size(); i++) {
      StepChain.Child child = children.get(i);
      previews.add(new ChildPreview(child.stream().name(), child.schema(), made.get(i).rows()));
    }
    return previews;
  }
}
