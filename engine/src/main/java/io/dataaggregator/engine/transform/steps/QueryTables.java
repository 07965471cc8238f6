package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.ReferenceRows;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Keys the rows of a lookup query. The keyed table is kept with the rows it came from (weakly, by
 * their identity), so the streams of a plan and later plans reusing cached rows key them once.
 * Reference rows whose key holds a null are left out: null matches nothing. Thread-safe.
 */
final class QueryTables {
  private static final Map<ReferenceRows, Map<String, ReferenceTables.Table>> KEYED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private QueryTables() {}

  /**
   * @param rowNumeric for each key column, whether the row's key field is a number type
   * @param setting the query's setting, for messages ({@code query})
   */
  static ReferenceTables.Table keyed(
      ReferenceRows rows,
      List<String> keyColumns,
      List<String> columns,
      boolean[] rowNumeric,
      String setting) {
    Schema schema = rows.schema();
    int[] keyAt = positions(schema, keyColumns, "key");
    int[] columnAt = positions(schema, columns, "columns");
    boolean[] numeric = new boolean[keyAt.length];
    for (int i = 0; i < keyAt.length; i++) {
      numeric[i] = rowNumeric[i] || LookupKeys.isNumber(schema.field(keyAt[i]).type());
    }
    String id = Arrays.toString(keyAt) + Arrays.toString(columnAt) + Arrays.toString(numeric);
    var byId = KEYED.computeIfAbsent(rows, r -> Collections.synchronizedMap(new HashMap<>()));
    return byId.computeIfAbsent(id, i -> key(rows, keyAt, columnAt, numeric, setting));
  }

  private static ReferenceTables.Table key(
      ReferenceRows rows, int[] keyAt, int[] columnAt, boolean[] numeric, String setting) {
    var keyed = new HashMap<List<String>, Object[]>();
    var firstRow = new HashMap<List<String>, Integer>();
    for (int r = 0; r < rows.rows().size(); r++) {
      Object[] row = rows.rows().get(r);
      List<String> key = key(row, keyAt, numeric);
      if (key == null) {
        continue;
      }
      Integer first = firstRow.putIfAbsent(key, r + 1);
      if (first != null) {
        throw new StepConfigException(
            setting + ".sql",
            setting
                + ".sql: the query returns the key "
                + key
                + " twice (rows "
                + first
                + " and "
                + (r + 1)
                + "); a lookup needs one row per key");
      }
      Object[] added = new Object[columnAt.length];
      for (int c = 0; c < added.length; c++) {
        added[c] = row[columnAt[c]];
      }
      keyed.put(key, added);
    }
    var types = new ArrayList<DataType>(columnAt.length);
    for (int at : columnAt) {
      types.add(rows.schema().field(at).type());
    }
    return new ReferenceTables.Table(
        Map.copyOf(keyed), types, numeric, "the query (" + setting + ".sql)");
  }

  private static List<String> key(Object[] row, int[] keyAt, boolean[] numeric) {
    String[] key = new String[keyAt.length];
    for (int i = 0; i < key.length; i++) {
      key[i] = LookupKeys.text(row[keyAt[i]], numeric[i]);
      if (key[i] == null) {
        return null;
      }
    }
    return List.of(key);
  }

  private static int[] positions(Schema schema, List<String> names, String setting) {
    int[] at = new int[names.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = schema.indexOf(names.get(i)).orElse(-1);
      if (at[i] < 0) {
        throw new StepConfigException(
            setting,
            setting
                + ": the query returns no column '"
                + names.get(i)
                + "'; its columns are "
                + schema.names());
      }
    }
    return at;
  }
}
