package io.dataaggregator.engine.transform;

import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of one stream, built in order for its input schema, applied batch by batch. Counts rows
 * per step for the ledger. Used by one thread (like its steps); one chain per stream and run.
 *
 * <p>Lifecycle: {@link #build}, then {@link #apply} for each batch, then {@link #finish} once when
 * the stream ends (steps may hold rows back until then).
 */
public final class StepChain {
  private final List<Step> steps;
  private final List<String> ids;
  private final Schema input;
  private final long[][] counters;

  private StepChain(List<Step> steps, List<String> ids, Schema input) {
    this.steps = steps;
    this.ids = ids;
    this.input = input;
    this.counters = new long[steps.size()][3];
  }

  /**
   * Creates each step for the schema the previous one outputs.
   *
   * @throws StepConfigException naming the step ({@code step 2 (cast)}) and, in {@link
   *     StepConfigException#field()}, the setting at fault as {@code transforms[1].fields[0].type}
   */
  public static StepChain build(List<StepLink<?>> links, Schema input, StepContext context) {
    return build(links, input, context, 0);
  }

  /**
   * As {@link #build(List, Schema, StepContext)} for steps that stand from position {@code first}
   * (from 0) of the pipeline's {@code transforms}, so that messages name them by their place there.
   */
  public static StepChain build(
      List<StepLink<?>> links, Schema input, StepContext context, int first) {
    var steps = new ArrayList<Step>(links.size());
    var ids = new ArrayList<String>(links.size());
    Schema schema = input;
    for (int i = 0; i < links.size(); i++) {
      StepLink<?> link = links.get(i);
      String id = link.transform().spec().id();
      Step step;
      try {
        step = link.create(schema, context);
      } catch (StepConfigException e) {
        int at = first + i;
        String field = "transforms[" + at + "]" + (e.field().isEmpty() ? "" : "." + e.field());
        throw new StepConfigException(
            e.errorCode(), field, "step " + (at + 1) + " (" + id + "): " + e.getMessage(), e);
      }
      steps.add(step);
      ids.add(id);
      schema = step.output();
    }
    return new StepChain(List.copyOf(steps), List.copyOf(ids), input);
  }

  public Schema input() {
    return input;
  }

  /** The schema of the batches {@link #apply} returns. */
  public Schema output() {
    return steps.isEmpty() ? input : steps.getLast().output();
  }

  /** The schema after step {@code index} (from 0), for previews. */
  public Schema outputOf(int index) {
    return steps.get(index).output();
  }

  public int size() {
    return steps.size();
  }

  /** Runs {@code batch} through every step; rejections of every step travel in the result. */
  public Batch apply(Batch batch) {
    return applyFrom(0, batch);
  }

  /** Runs {@code batch} (in the input schema of step {@code from}) through the steps from there. */
  private Batch applyFrom(int from, Batch batch) {
    Batch current = batch;
    for (int i = from; i < steps.size(); i++) {
      current = applyOne(i, current);
    }
    return current;
  }

  private Batch applyOne(int i, Batch batch) {
    Step step = steps.get(i);
    if (batch.rows().isEmpty()) {
      return batch.withRows(step.output(), List.of());
    }
    int rejectedBefore = batch.rejections().size();
    Batch out = step.apply(batch);
    counters[i][0] += batch.size();
    counters[i][1] += out.size();
    counters[i][2] += out.rejections().size() - rejectedBefore;
    return out;
  }

  /**
   * Ends the stream: asks each step in order for the rows it held back and runs them through the
   * steps after it. Returns what comes out of the last step.
   */
  public Batch finish() {
    Batch carried = new Batch(input, List.of());
    for (int i = 0; i < steps.size(); i++) {
      Batch out = applyOne(i, carried);
      Batch released = steps.get(i).finish();
      counters[i][1] += released.size();
      var rows = new ArrayList<Object[]>(out.size() + released.size());
      rows.addAll(out.rows());
      rows.addAll(released.rows());
      var rejections = new ArrayList<>(out.rejections());
      rejections.addAll(released.rejections());
      carried = new Batch(steps.get(i).output(), rows, rejections);
    }
    return carried;
  }

  /** A child stream the chain feeds (explode with {@code into}): the step, its name and schema. */
  public record Child(int step, ChildStream stream, Schema schema) {}

  /** The child streams the steps feed, in step order. */
  public List<Child> children() {
    var children = new ArrayList<Child>();
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) instanceof BranchingStep b) {
        children.add(new Child(i, b.child(), b.childSchema()));
      }
    }
    return children;
  }

  /**
   * The child rows the steps made since the last call, one batch per {@link #children() child} in
   * the same order; call it after {@link #apply} and after {@link #finish}.
   */
  public List<Batch> takeChildRows() {
    var batches = new ArrayList<Batch>();
    for (Step step : steps) {
      if (step instanceof BranchingStep b) {
        batches.add(b.takeChildRows());
      }
    }
    return batches;
  }

  /** The counts of every step so far. */
  public List<StepCounts> counts() {
    var counts = new ArrayList<StepCounts>(steps.size());
    for (int i = 0; i < steps.size(); i++) {
      long[] c = counters[i];
      long held = steps.get(i).held();
      long net = c[0] - c[1] - c[2] - held;
      counts.add(
          new StepCounts(
              i,
              ids.get(i),
              c[0],
              c[1],
              c[2],
              Math.max(net, 0),
              Math.max(-net, 0),
              held,
              steps.get(i).warnings()));
    }
    return counts;
  }
}
