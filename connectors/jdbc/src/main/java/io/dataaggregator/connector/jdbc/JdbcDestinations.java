package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** What every JDBC destination does the same way: check and open writers, given its dialect. */
final class JdbcDestinations {
  private JdbcDestinations() {}

  /**
   * Connects, checks the namespace and the right to create tables in it, makes sure the checkpoint
   * table exists (creating it is the surest test of that right) and that the user may write to it.
   */
  static CheckResult check(Dialect dialect, JdbcConfig config) {
    try (Connection c = JdbcConnections.open(dialect, config)) {
      DbCatalog catalog = dialect.catalog(c);
      if (!catalog.namespaceExists(config.namespace())) {
        return CheckResult.failure(JdbcSources.missingNamespace(dialect, config));
      }
      if (!catalog.mayCreateIn(config.namespace())) {
        return CheckResult.failure(mayNotCreate(dialect, config));
      }
      new Checkpoints(dialect, c, config).ensureTable();
      c.commit();
      for (String right : List.of("INSERT", "UPDATE")) {
        if (!catalog.hasPrivilege(config.namespace(), Checkpoints.TABLE, right)) {
          return CheckResult.failure(
              "user "
                  + config.user()
                  + " may not write to the checkpoint table "
                  + config.namespace()
                  + "."
                  + Checkpoints.TABLE
                  + " of "
                  + config.where()
                  + " (no "
                  + right
                  + " right)");
        }
      }
      return CheckResult.success(
          "connected to "
              + config.where()
              + " as "
              + config.user()
              + "; tables can be created in "
              + dialect.namespaceWord()
              + " "
              + config.namespace());
    } catch (ConnectorException e) {
      return CheckResult.failure(
          e.errorCode() == CommonErrorCode.PERMISSION_DENIED
              ? mayNotCreate(dialect, config) + ": " + e.getMessage()
              : e.getMessage());
    } catch (SQLException e) {
      ConnectorException t = dialect.translate(e, config.where(), CommonErrorCode.WRITE_FAILED);
      return CheckResult.failure(
          t.errorCode() == CommonErrorCode.PERMISSION_DENIED
              ? mayNotCreate(dialect, config) + ": " + t.getMessage()
              : t.getMessage());
    }
  }

  private static String mayNotCreate(Dialect dialect, JdbcConfig config) {
    return "user "
        + config.user()
        + " may not create tables in "
        + dialect.namespaceWord()
        + " "
        + config.namespace()
        + " of "
        + config.where()
        + " (no CREATE right)";
  }

  /**
   * Prepares the table (create, add columns, check types, rights and upsert key) and the checkpoint
   * table, commits that, then returns a writer whose rows stay invisible until its first commit.
   * For overwrite, a stale {@code <table>__dagg_new} of a crashed run is dropped and made anew.
   */
  static BatchWriter open(Dialect dialect, JdbcConfig config, WriteTarget target) {
    Connection c = JdbcConnections.open(dialect, config);
    try {
      var prep = new TablePrep(dialect, c, config);
      if (target.mode() == WriteMode.OVERWRITE) {
        String fresh = target.table() + TableWriter.NEW_SUFFIX;
        prep.drop(fresh);
        prep.prepare(fresh, target.schema(), target);
      } else {
        prep.prepare(target.table(), target.schema(), target);
      }
      new Checkpoints(dialect, c, config).ensureTable();
      c.commit();
      return new TableWriter(dialect, c, config, target);
    } catch (SQLException e) {
      JdbcConnections.closeQuietly(c);
      throw dialect.translate(
          e,
          "preparing table " + config.namespace() + "." + target.table() + " in " + config.where(),
          CommonErrorCode.WRITE_FAILED);
    } catch (RuntimeException e) {
      JdbcConnections.closeQuietly(c);
      throw e;
    }
  }
}
