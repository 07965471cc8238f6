package io.dataaggregator.connector.jdbc;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Source;
import io.dataaggregator.engine.spi.SyncMode;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads PostgreSQL tables: full refresh (in parallel key ranges for large tables) or incremental on
 * a cursor column, through binary COPY. Stateless; each reader holds its own connections.
 */
@AutoService(Source.class)
public final class PostgresSource implements Source<PostgresConfig> {
  static final ConnectorSpec<PostgresConfig> SPEC =
      new ConnectorSpec<>(
          "postgres", "PostgreSQL", "Tables of a PostgreSQL database", PostgresConfig.class);

  private static final Set<TypeKind> CURSOR_KINDS =
      EnumSet.of(
          TypeKind.INT, TypeKind.BIGINT, TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMP_TZ);

  @Override
  public ConnectorSpec<PostgresConfig> spec() {
    return SPEC;
  }

  @Override
  public CheckResult check(PostgresConfig config) {
    try (Connection c = PgConnections.open(config)) {
      var catalog = new PgCatalog(c);
      if (!catalog.schemaExists(config.schema())) {
        return CheckResult.failure(
            "schema " + config.schema() + " does not exist in " + config.where());
      }
      List<String> tables =
          config.tables().isEmpty() ? catalog.tables(config.schema()) : config.tables();
      for (String table : tables) {
        if (catalog.columns(config.schema(), table).isEmpty()) {
          return CheckResult.failure(missingTable(config, table).getMessage());
        }
        if (!catalog.hasPrivilege(config.schema(), table, "SELECT")) {
          return CheckResult.failure(
              "user "
                  + config.user()
                  + " may not read table "
                  + config.schema()
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
              + " readable tables in schema "
              + config.schema());
    } catch (ConnectorException e) {
      return CheckResult.failure(e.getMessage());
    } catch (SQLException e) {
      return CheckResult.failure(
          PgErrors.translate(e, config.where(), CommonErrorCode.READ_FAILED).getMessage());
    }
  }

  @Override
  public Catalog discover(PostgresConfig config) {
    try (Connection c = PgConnections.open(config)) {
      var catalog = new PgCatalog(c);
      List<String> tables =
          config.tables().isEmpty() ? catalog.tables(config.schema()) : config.tables();
      var streams = new ArrayList<CatalogStream>();
      for (String table : tables) {
        List<DbColumn> columns = catalog.columns(config.schema(), table);
        if (columns.isEmpty()) {
          throw missingTable(config, table);
        }
        Schema schema = PgReads.schemaOf(columns);
        List<String> cursors =
            schema.fields().stream()
                .filter(f -> CURSOR_KINDS.contains(f.type().kind()))
                .map(Field::name)
                .toList();
        streams.add(
            new CatalogStream(
                table,
                schema,
                catalog.primaryKey(config.schema(), table),
                cursors,
                SyncMode.FULL_REFRESH,
                ""));
      }
      return new Catalog(streams);
    } catch (SQLException e) {
      throw PgErrors.translate(e, config.where(), CommonErrorCode.READ_FAILED);
    }
  }

  /**
   * Opens a reader; full refresh checkpoints are START (it restarts from scratch), incremental ones
   * hold the last cursor value returned.
   */
  @Override
  public BatchReader read(PostgresConfig config, CatalogStream stream, Checkpoint from) {
    return new PgReads(config, stream).open(from);
  }

  static ConnectorException missingTable(PostgresConfig config, String table) {
    return new ConnectorException(
        CommonErrorCode.NOT_FOUND,
        "table "
            + config.schema()
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
