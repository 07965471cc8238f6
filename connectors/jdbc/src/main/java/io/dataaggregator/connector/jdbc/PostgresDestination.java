package io.dataaggregator.connector.jdbc;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes streams into PostgreSQL tables with COPY: append, overwrite (atomic swap) or upsert, the
 * checkpoint in the same transaction as the rows (exactly-once), bad rows quarantined in {@code
 * <table>__rejected}. Stateless; each writer holds its own connection.
 */
@AutoService(Destination.class)
public final class PostgresDestination implements Destination<PostgresConfig> {
  @Override
  public ConnectorSpec<PostgresConfig> spec() {
    return PostgresSource.SPEC;
  }

  @Override
  public CheckResult check(PostgresConfig config) {
    try (Connection c = PgConnections.open(config)) {
      var catalog = new PgCatalog(c);
      if (!catalog.schemaExists(config.schema())) {
        return CheckResult.failure(
            "schema " + config.schema() + " does not exist in " + config.where());
      }
      if (!catalog.mayCreateIn(config.schema())) {
        return CheckResult.failure(
            "user "
                + config.user()
                + " may not create tables in schema "
                + config.schema()
                + " of "
                + config.where()
                + " (no CREATE right on the schema)");
      }
      return CheckResult.success(
          "connected to "
              + config.where()
              + " as "
              + config.user()
              + "; tables can be created in schema "
              + config.schema());
    } catch (ConnectorException e) {
      return CheckResult.failure(e.getMessage());
    } catch (SQLException e) {
      return CheckResult.failure(
          PgErrors.translate(e, config.where(), CommonErrorCode.WRITE_FAILED).getMessage());
    }
  }

  /**
   * Prepares the table (create, add columns, check types, rights and upsert key) in a transaction
   * of its own, then returns a writer whose rows stay invisible until its first commit. For
   * overwrite, a stale {@code <table>__dagg_new} of a crashed run is dropped and made anew.
   */
  @Override
  public BatchWriter open(PostgresConfig config, WriteTarget target) {
    Connection c = PgConnections.open(config);
    try {
      var prep = new PgTablePrep(c, config);
      if (target.mode() == WriteMode.OVERWRITE) {
        String fresh = target.table() + PgTableWriter.NEW_SUFFIX;
        prep.drop(fresh);
        prep.prepare(fresh, target.schema(), target);
      } else {
        prep.prepare(target.table(), target.schema(), target);
      }
      new PgCheckpoints(c, config.schema()).ensureTable();
      c.commit();
      return new PgTableWriter(c, config, target);
    } catch (SQLException e) {
      PgConnections.closeQuietly(c);
      throw PgErrors.translate(
          e,
          "preparing table " + config.schema() + "." + target.table() + " in " + config.where(),
          CommonErrorCode.WRITE_FAILED);
    } catch (RuntimeException e) {
      PgConnections.closeQuietly(c);
      throw e;
    }
  }
}
