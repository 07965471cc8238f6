package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

/**
 * {@code mask}: replaces characters of text fields with a mask character, keeping a few at the
 * start or end. A value no longer than what would stay visible is masked whole, so a short value
 * never shows in full.
 */
@AutoService(Transform.class)
public final class MaskTransform implements Transform<MaskConfig> {
  @Override
  public TransformSpec<MaskConfig> spec() {
    return new TransformSpec<>(
        "mask",
        "Mask personal data",
        "Hides the characters of text fields behind *, keeping the first or last few.",
        MaskConfig.class);
  }

  @Override
  public Object expand(Object written) {
    return Shorthand.isLongForm(
            written, Set.of("fields", "keep_first", "keep_last", "with", "fixed_length"))
        ? written
        : Shorthand.under("fields", Shorthand.list(written));
  }

  @Override
  public Step create(MaskConfig config, Schema input) {
    Fields.requireDistinct(config.fields(), "fields");
    int[] indexes = new int[config.fields().size()];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = Fields.requireString(input, config.fields().get(i), "fields[" + i + "]", "mask");
    }
    return new MaskStep(input, indexes, config);
  }

  static String mask(String value, MaskConfig config) {
    int length = value.codePointCount(0, value.length());
    int first = config.keepFirst();
    int last = config.keepLast();
    if (first + last >= length) {
      first = 0;
      last = 0;
    }
    int hidden = config.fixedLength() != null ? config.fixedLength() : length - first - last;
    int lastStart = value.offsetByCodePoints(0, length - last);
    return value.substring(0, value.offsetByCodePoints(0, first))
        + config.with().repeat(hidden)
        + value.substring(lastStart);
  }

  private record MaskStep(Schema output, int[] indexes, MaskConfig config) implements Step {
    @Override
    public Batch apply(Batch input) {
      var rows = new ArrayList<Object[]>(input.size());
      for (Object[] row : input.rows()) {
        Object[] masked = row.clone();
        for (int index : indexes) {
          if (masked[index] != null) {
            masked[index] = mask((String) masked[index], config);
          }
        }
        rows.add(masked);
      }
      return input.withRows(output, rows);
    }
  }
}
