package io.dataaggregator.connector.jdbc;

import com.microsoft.sqlserver.jdbc.SQLServerBulkCopy;
import com.microsoft.sqlserver.jdbc.SQLServerBulkCopyOptions;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A bulk load through the driver's {@link SQLServerBulkCopy} (the TDS bulk-load protocol, as {@code
 * bcp} uses it), inside the connection's open transaction: rows are buffered up to {@link
 * #CHUNK_ROWS} and each chunk is streamed as one bulk copy of {@link SqlServerBulkRows}. NULLs are
 * kept (not replaced by column defaults), constraints are checked, triggers do not fire.
 */
final class SqlServerBulkLoad implements BulkLoad {
  static final int CHUNK_ROWS = 10_000;

  private final Connection connection;
  private final String table;
  private final Schema schema;
  private final List<DbColumn> columns;
  private final List<Object[]> pending = new ArrayList<>();
  private long loaded;

  SqlServerBulkLoad(Connection connection, String table, Schema schema, List<DbColumn> columns) {
    this.connection = connection;
    this.table = table;
    this.schema = schema;
    this.columns = columns == null ? List.of() : columns;
  }

  @Override
  public void add(Object[] row) throws SQLException {
    for (int i = 0; i < row.length; i++) {
      if (row[i] instanceof Double d && (d.isNaN() || d.isInfinite())) {
        throw new BadValueException(i, "is " + d + ", which SQL Server cannot store");
      }
    }
    pending.add(row);
    if (pending.size() >= CHUNK_ROWS) {
      flush();
    }
  }

  @Override
  public long finish() throws SQLException {
    flush();
    return loaded;
  }

  @Override
  public void abort() {
    pending.clear();
  }

  private void flush() throws SQLException {
    if (pending.isEmpty()) {
      return;
    }
    try (SQLServerBulkCopy copy = new SQLServerBulkCopy(connection)) {
      copy.setBulkCopyOptions(options());
      copy.setDestinationTableName(table);
      for (int i = 0; i < schema.size(); i++) {
        copy.addColumnMapping(i + 1, schema.field(i).name());
      }
      copy.writeToServer(new SqlServerBulkRows(schema, columns, List.copyOf(pending)));
    }
    loaded += pending.size();
    pending.clear();
  }

  static SQLServerBulkCopyOptions options() throws SQLException {
    var o = new SQLServerBulkCopyOptions();
    o.setKeepNulls(true);
    o.setCheckConstraints(true);
    o.setFireTriggers(false);
    o.setUseInternalTransaction(false); // the writer's transaction holds it, with the checkpoint
    o.setBatchSize(0);
    o.setBulkCopyTimeout(0);
    return o;
  }
}
