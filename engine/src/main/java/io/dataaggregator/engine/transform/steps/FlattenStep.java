package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Parses each flattened field once per row and fills the columns of its paths. */
final class FlattenStep implements Step {
  /** One source field: its index, the paths of its columns and their readers. */
  record Plan(
      int source, String[][] paths, JsonValues[] readers, String name, String firstColumn) {}

  private final Schema output;
  private final List<Plan> plans;
  private final StepContext context;

  /** For each input field: -1 when it is dropped, else its output position. */
  private final int[] kept;

  /** For each plan: the output position of its first column. */
  private final int[] firstColumn;

  FlattenStep(Schema input, Schema output, List<Plan> plans, StepContext context) {
    this.output = output;
    this.plans = plans;
    this.context = context;
    this.kept = new int[input.size()];
    this.firstColumn = new int[plans.size()];
    for (int i = 0; i < input.size(); i++) {
      kept[i] = output.indexOf(input.field(i).name()).orElse(-1);
    }
    for (int p = 0; p < plans.size(); p++) {
      firstColumn[p] = output.require(plans.get(p).firstColumn());
    }
  }

  @Override
  public Schema output() {
    return output;
  }

  @Override
  public Batch apply(Batch input) {
    var out = new BatchBuilder(input, output, context);
    int width = output.size();
    for (Object[] row : input.rows()) {
      Object[] flat = new Object[width];
      for (int i = 0; i < kept.length; i++) {
        if (kept[i] >= 0) {
          flat[kept[i]] = row[i];
        }
      }
      if (fill(row, flat, out)) {
        out.add(flat);
      }
    }
    return out.build();
  }

  private boolean fill(Object[] row, Object[] flat, BatchBuilder out) {
    for (int p = 0; p < plans.size(); p++) {
      Plan plan = plans.get(p);
      Object value = row[plan.source()];
      if (value == null) {
        continue;
      }
      int column = 0;
      try {
        JsonNode root = JsonValues.parse(value);
        for (; column < plan.paths().length; column++) {
          JsonNode node = JsonValues.at(root, plan.paths()[column]);
          flat[firstColumn[p] + column] = plan.readers()[column].value(node);
        }
      } catch (CastException e) {
        String path =
            column < plan.paths().length ? "." + String.join(".", plan.paths()[column]) : "";
        out.reject(row, plan.name(), plan.name() + path + " " + e.getMessage());
        return false;
      }
    }
    return true;
  }
}
