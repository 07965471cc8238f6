package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.QueryReader;
import io.dataaggregator.engine.type.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reference queries (the lookup step's {@code query}) on any dialect. Only a read query is taken
 * (its first word SELECT, WITH, VALUES or TABLE); it runs on its own connection made read-only by
 * the dialect, in a transaction that is rolled back when the reader closes, and its rows come
 * through the same typed read path as a table's.
 */
final class JdbcQueries {
  private static final Pattern READ = Pattern.compile("(?is)(select|with|values|table)\\b.*");
  private static final Pattern FIRST_WORD = Pattern.compile("(?s)^([A-Za-z_]+).*");

  private JdbcQueries() {}

  /** Why {@code sql} is not taken, seen without connecting; empty when it may run. */
  static Optional<String> problem(String sql) {
    String head = withoutLeadingNoise(sql);
    if (READ.matcher(head).matches()) {
      return Optional.empty();
    }
    var word = FIRST_WORD.matcher(head);
    return Optional.of(
        "only a read query may run here (SELECT or WITH ...)"
            + (word.matches() ? ", not " + word.group(1).toUpperCase(Locale.ROOT) : ""));
  }

  static QueryReader query(Dialect dialect, JdbcConfig config, String sql) {
    problem(sql)
        .ifPresent(
            p -> {
              throw new ConnectorException(CommonErrorCode.INVALID_CONFIG, p);
            });
    String body = withoutTrailingSemicolons(sql);
    Connection c = JdbcConnections.open(dialect, config);
    try {
      dialect.readOnly(c);
      List<DbColumn> columns = dialect.describe(c, body);
      requireDistinctNames(columns);
      Schema schema = JdbcReads.schemaOf(dialect, columns);
      RowStream rows = dialect.rows(c, dialect.querySelect(body, columns), columns);
      return new TableReader(
          c, rows, schema, "query", config.fetchSize(), -1, Checkpoint.START, dialect);
    } catch (SQLException e) {
      JdbcConnections.closeQuietly(c);
      // Refused before any row: the query is at fault (syntax, columns, a write), not the system;
      // a lost connection keeps its own transient code.
      throw dialect.translate(e, "the query on " + config.where(), CommonErrorCode.INVALID_CONFIG);
    } catch (RuntimeException e) {
      JdbcConnections.closeQuietly(c);
      throw e;
    }
  }

  /** Columns are taken by name: two of the same name would make one of them unreachable. */
  private static void requireDistinctNames(List<DbColumn> columns) {
    var seen = new HashSet<String>();
    for (DbColumn column : columns) {
      if (!seen.add(column.name())) {
        throw new ConnectorException(
            CommonErrorCode.INVALID_CONFIG,
            "the query returns two columns named '" + column.name() + "'; name them apart with AS");
      }
    }
  }

  /** The text from its first word: leading spaces, comments and opening parentheses skipped. */
  static String withoutLeadingNoise(String sql) {
    int i = 0;
    while (i < sql.length()) {
      char ch = sql.charAt(i);
      if (Character.isWhitespace(ch) || ch == '(') {
        i++;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? sql.length() : end + 1;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? sql.length() : end + 2;
      } else {
        break;
      }
    }
    return sql.substring(i);
  }

  private static String withoutTrailingSemicolons(String sql) {
    int end = sql.length();
    while (end > 0 && (Character.isWhitespace(sql.charAt(end - 1)) || sql.charAt(end - 1) == ';')) {
      end--;
    }
    return sql.substring(0, end);
  }
}
