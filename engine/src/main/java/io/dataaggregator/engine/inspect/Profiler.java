package io.dataaggregator.engine.inspect;

import io.dataaggregator.engine.plan.Plan;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Profiles the fields of a pipeline's output (after its steps) on a sample: null share, distinct
 * count estimate, min/max, top values and type conformance. Writes nothing.
 */
public final class Profiler {
  private static final int TOP_VALUES = 5;

  private Profiler() {}

  public static List<FieldProfile> profile(Plan plan, String stream, int rows, Duration budget) {
    List<StepPreview> steps = Previewer.preview(plan, stream, Integer.MAX_VALUE, rows, budget);
    StepPreview last = steps.getLast();
    var rejections = new ArrayList<Rejection>();
    steps.forEach(s -> rejections.addAll(s.rejected()));
    return profile(new Batch(last.schema(), last.rows(), rejections));
  }

  /** Profiles one batch; a rejection counts against the field it names (or every field). */
  public static List<FieldProfile> profile(Batch batch) {
    Schema schema = batch.schema();
    var stats = schema.fields().stream().map(FieldStats::new).toList();
    for (Object[] row : batch.rows()) {
      for (int i = 0; i < stats.size(); i++) {
        stats.get(i).add(row[i]);
      }
    }
    for (Rejection r : batch.rejections()) {
      var at = schema.indexOf(r.field());
      if (at.isPresent()) {
        stats.get(at.getAsInt()).rejected();
      } else {
        stats.forEach(FieldStats::rejected);
      }
    }
    return stats.stream().map(s -> s.profile(TOP_VALUES)).toList();
  }
}
