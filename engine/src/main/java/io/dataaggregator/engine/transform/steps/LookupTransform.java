package io.dataaggregator.engine.transform.steps;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.pipeline.Endpoint;
import io.dataaggregator.engine.transform.ReferenceQuery;
import io.dataaggregator.engine.transform.Step;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.transform.Transform;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code lookup}: enriches rows from a small reference table, read once and cached: a CSV file
 * (added columns are text) or the rows of a read-only database query run through a connector that
 * can query (added columns keep the database's types). Keys match by value ({@link LookupKeys}).
 */
@AutoService(Transform.class)
public final class LookupTransform extends ContextualTransform<LookupConfig> {
  private static final String QUERY = "query";

  @Override
  public TransformSpec<LookupConfig> spec() {
    return new TransformSpec<>(
        "lookup",
        "Lookup",
        "Adds columns from a small reference table (a CSV file or a database query) to the rows"
            + " whose key matches.",
        LookupConfig.class);
  }

  @Override
  public Object expand(Object written) {
    if (!(written instanceof Map<?, ?> map)) {
      return written;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
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
  public List<ReferenceQuery> references(LookupConfig config) {
    return config.query() == null ? List.of() : List.of(referenceOf(config.query()));
  }

  @Override
  public Step create(LookupConfig config, Schema input, StepContext context) {
    int[] keyFields = new int[config.key().size()];
    boolean[] numeric = new boolean[keyFields.length];
    for (int i = 0; i < keyFields.length; i++) {
      keyFields[i] = Fields.require(input, config.key().get(i).field(), "key[" + i + "].field");
      numeric[i] = LookupKeys.isNumber(input.field(keyFields[i]).type());
    }
    ReferenceTables.Table table = table(config, context, numeric);
    return new LookupStep(input, output(config, input, table), keyFields, table, config, context);
  }

  /** The reference table keyed for matching; the file's or the query's. */
  private static ReferenceTables.Table table(
      LookupConfig config, StepContext context, boolean[] numeric) {
    List<String> keyColumns = config.key().stream().map(LookupConfig.KeyColumn::column).toList();
    List<String> added = config.columns().stream().map(LookupConfig.Added::column).toList();
    if (config.file() != null) {
      return fileTable(config, context, keyColumns, added, numeric);
    }
    var rows = context.references().read(referenceOf(config.query()));
    return QueryTables.keyed(rows, keyColumns, added, numeric, QUERY);
  }

  /** The input's fields, then the added columns with the reference table's types. */
  private static Schema output(LookupConfig config, Schema input, ReferenceTables.Table table) {
    var fields = new ArrayList<>(input.fields());
    for (int i = 0; i < config.columns().size(); i++) {
      var column = config.columns().get(i);
      fields.add(
          Field.of(column.as() == null ? column.column() : column.as(), table.types().get(i)));
    }
    try {
      return new Schema(fields);
    } catch (IllegalArgumentException e) {
      throw new StepConfigException(
          "columns", "columns: " + e.getMessage() + "; add it under another name with as");
    }
  }

  private static ReferenceTables.Table fileTable(
      LookupConfig config,
      StepContext context,
      List<String> keyColumns,
      List<String> added,
      boolean[] numeric) {
    Path file = context.baseDirectory().resolve(config.file());
    if (!Files.isRegularFile(file)) {
      throw new StepConfigException("file", "file: " + file.toAbsolutePath() + " does not exist");
    }
    return ReferenceTables.load(
        file, config.delimiter().charAt(0), keyColumns, added, numeric, config.file());
  }

  private static ReferenceQuery referenceOf(LookupConfig.Query query) {
    Endpoint endpoint =
        query.connection() != null
            ? Endpoint.connection(query.connection())
            : Endpoint.connector(query.connector());
    return new ReferenceQuery(
        QUERY,
        endpoint,
        query.config(),
        query.sql(),
        Duration.ofSeconds(query.cacheSeconds()),
        ReferenceTables.MAX_ROWS);
  }
}
