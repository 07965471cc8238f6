package io.dataaggregator.server.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Which database the metadata store is, for the one statement that differs: claiming a queued run.
 * PostgreSQL skips rows other claimers have locked ({@code FOR UPDATE SKIP LOCKED}); H2 (one server
 * only) relies on the conditional update and the slot's primary key, as PostgreSQL does too.
 */
@Component
class StoreDialect {
  private final boolean postgres;

  StoreDialect(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      this.postgres = product.contains("postgres");
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("Cannot reach the metadata store", e);
    }
  }

  /** What to append to the SELECT that picks the next queued run. */
  String lockClause() {
    return postgres ? " FOR UPDATE SKIP LOCKED" : "";
  }
}
