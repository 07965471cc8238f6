package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.CursorRange;
import io.dataaggregator.engine.spi.SyncMode;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What every JDBC source does the same way: check, discover and read, given its dialect. */
final class JdbcSources {
  private static final Set<TypeKind> CURSOR_KINDS =
      EnumSet.of(
          TypeKind.INT, TypeKind.BIGINT, TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMP_TZ);

  private JdbcSources() {}

  static CheckResult check(Dialect dialect, JdbcConfig config) {
    try (Connection c = JdbcConnections.open(dialect, config)) {
      DbCatalog catalog = dialect.catalog(c);
      if (!catalog.namespaceExists(config.namespace())) {
        return CheckResult.failure(missingNamespace(dialect, config));
      }
      List<String> tables = tables(catalog, config);
      for (String table : tables) {
        if (catalog.columns(config.namespace(), table).isEmpty()) {
          return CheckResult.failure(missingTable(dialect, config, table).getMessage());
        }
        if (!catalog.hasPrivilege(config.namespace(), table, "SELECT")) {
          return CheckResult.failure(
              "user "
                  + config.user()
                  + " may not read table "
                  + config.namespace()
                  + "."
                  + table
                  + " in "
                  + config.where()
                  + " (no SELECT right)");
        }
      }
      return CheckResult.success(
          "connected to "
              + config.where()
              + " as "
              + config.user()
              + "; "
              + tables.size()
              + " readable tables in "
              + dialect.namespaceWord()
              + " "
              + config.namespace());
    } catch (ConnectorException e) {
      return CheckResult.failure(e.getMessage());
    } catch (SQLException e) {
      return CheckResult.failure(
          dialect.translate(e, config.where(), CommonErrorCode.READ_FAILED).getMessage());
    }
  }

  static Catalog discover(Dialect dialect, JdbcConfig config) {
    try (Connection c = JdbcConnections.open(dialect, config)) {
      DbCatalog catalog = dialect.catalog(c);
      var streams = new ArrayList<CatalogStream>();
      for (String table : tables(catalog, config)) {
        List<DbColumn> columns = catalog.columns(config.namespace(), table);
        if (columns.isEmpty()) {
          throw missingTable(dialect, config, table);
        }
        Schema schema = JdbcReads.schemaOf(dialect, columns);
        streams.add(
            new CatalogStream(
                table,
                schema,
                catalog.primaryKey(config.namespace(), table),
                cursorCandidates(schema),
                SyncMode.FULL_REFRESH,
                ""));
      }
      return new Catalog(streams);
    } catch (SQLException e) {
      throw dialect.translate(e, config.where(), CommonErrorCode.READ_FAILED);
    }
  }

  /**
   * Opens a reader; full refresh checkpoints are START (it restarts from scratch), incremental ones
   * hold the last cursor value returned.
   */
  static BatchReader read(
      Dialect dialect, JdbcConfig config, CatalogStream stream, Checkpoint from) {
    return new JdbcReads(dialect, config, stream).open(from);
  }

  /**
   * Opens a reader on the rows of an incremental stream whose cursor lies in {@code range}, both
   * ends inclusive ({@link CursorBounds} says how the bounds are read).
   */
  static BatchReader read(
      Dialect dialect, JdbcConfig config, CatalogStream stream, Checkpoint from, CursorRange range) {
    return new JdbcReads(dialect, config, stream).open(from, range);
  }

  /** Columns whose values only grow in a typical table: integers, whole decimals, dates, times. */
  static List<String> cursorCandidates(Schema schema) {
    return schema.fields().stream()
        .filter(f -> CURSOR_KINDS.contains(f.type().kind()) || isWholeDecimal(f.type()))
        .map(Field::name)
        .toList();
  }

  private static boolean isWholeDecimal(DataType type) {
    return type.kind() == TypeKind.DECIMAL && type.scale() == 0;
  }

  private static List<String> tables(DbCatalog catalog, JdbcConfig config) throws SQLException {
    return config.tables().isEmpty() ? catalog.tables(config.namespace()) : config.tables();
  }

  static String missingNamespace(Dialect dialect, JdbcConfig config) {
    return dialect.namespaceWord()
        + " "
        + config.namespace()
        + " does not exist in "
        + config.where();
  }

  static ConnectorException missingTable(Dialect dialect, JdbcConfig config, String table) {
    return new ConnectorException(
        CommonErrorCode.NOT_FOUND,
        "table "
            + config.namespace()
            + "."
            + table
            + " does not exist in database "
            + config.database()
            + " at "
            + config.host()
            + ":"
            + config.port());
  }
}
