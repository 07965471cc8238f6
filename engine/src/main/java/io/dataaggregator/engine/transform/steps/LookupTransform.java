package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code lookup}: enriches rows from a small CSV reference file, read once and cached. The added
 * columns are text (cast them after if needed). A database-query variant is planned, not built.
 */
@AutoService(Transform.class)
public final class LookupTransform extends ContextualTransform<LookupConfig> {
  @Override
  public TransformSpec<LookupConfig> spec() {
    return new TransformSpec<>(
        "lookup",
        "Lookup",
        "Adds columns from a small CSV reference file to the rows whose key matches.",
        LookupConfig.class);
  }

  @Override
  public Object expand(Object written) {
    if (!(written instanceof Map<?, ?> map)) {
      return written;
    }
    Map<String, Object> out = Shorthand.with(written, "file", map.get("file"));
    Object key = map.get("key");
    if (key instanceof Map<?, ?> m) {
      out.put("key", Shorthand.pairs(m, "field", "column"));
    } else if (key instanceof String || key instanceof List<?>) {
      List<?> names = key instanceof String s ? List.of(s) : (List<?>) key;
      out.put(
          "key",
          names.stream()
              .map(n -> n instanceof String s ? Map.of("field", s, "column", s) : n)
              .toList());
    }
    Object columns = map.get("columns");
    if (columns instanceof Map<?, ?> m) {
      out.put("columns", Shorthand.pairs(m, "column", "as"));
    } else if (columns instanceof List<?> list) {
      out.put(
          "columns",
          list.stream().map(c -> c instanceof String s ? Map.of("column", s) : c).toList());
    }
    return out;
  }

  @Override
  public Step create(LookupConfig config, Schema input, StepContext context) {
    int[] keyFields = new int[config.key().size()];
    for (int i = 0; i < keyFields.length; i++) {
      keyFields[i] = Fields.require(input, config.key().get(i).field(), "key[" + i + "].field");
    }
    Path file = context.baseDirectory().resolve(config.file());
    if (!Files.isRegularFile(file)) {
      throw new StepConfigException("file", "file: " + file.toAbsolutePath() + " does not exist");
    }
    var table =
        ReferenceTables.load(
            file,
            config.delimiter().charAt(0),
            config.key().stream().map(LookupConfig.KeyColumn::column).toList(),
            config.columns().stream().map(LookupConfig.Added::column).toList());
    var fields = new ArrayList<>(input.fields());
    for (var added : config.columns()) {
      fields.add(Field.of(added.as() == null ? added.column() : added.as(), DataType.STRING));
    }
    Schema output;
    try {
      output = new Schema(fields);
    } catch (IllegalArgumentException e) {
      throw new StepConfigException(
          "columns", "columns: " + e.getMessage() + "; add it under another name with as");
    }
    return new LookupStep(input, output, keyFields, table, config, context);
  }
}
