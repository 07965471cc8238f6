package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a SQL Server error number or SQLState means for the user, and a message saying it. The
 * driver reports the server's error number as {@link SQLException#getErrorCode()} and class 08
 * SQLStates for connection failures.
 */
final class SqlServerErrors {
  /** Errors about one row's values (beyond SQLState classes 22 and 23, which are all such). */
  private static final Set<Integer> DATA_ERRORS =
      Set.of(
          515, 547, 2601, 2627, 8152, 2628, 8115, 220, 232, 241, 242, 245, 248, 517, 8114, 4815,
          4816, 13609);

  private static final Set<Integer> AUTH = Set.of(18456, 18452, 18486, 18487, 18488);
  private static final Set<Integer> MISSING = Set.of(4060, 208, 2812, 15151);
  private static final Set<Integer> DENIED = Set.of(229, 230, 262, 297, 300, 916, 15247);
  private static final Set<Integer> CONFLICT = Set.of(1205, 1222, 3960);
  private static final Set<Integer> UNREACHABLE = Set.of(233, 10053, 10054, 10060, 40613);

  private static final Pattern COLUMN = Pattern.compile("column '([^']+)'");

  private SqlServerErrors() {}

  static ConnectorException translate(SQLException e, String where, ErrorCode fallback) {
    int code = e.getErrorCode();
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String server = String.valueOf(e.getMessage());
    if (AUTH.contains(code) || state.startsWith("28")) {
      return fail(CommonErrorCode.AUTH_FAILED, server + " at " + where, e);
    } else if (code == 4060) {
      return fail(CommonErrorCode.NOT_FOUND, server + " at " + where, e);
    } else if (MISSING.contains(code)) {
      return fail(CommonErrorCode.NOT_FOUND, server + " (" + where + ")", e);
    } else if (DENIED.contains(code)) {
      return fail(CommonErrorCode.PERMISSION_DENIED, server + " (" + where + ")", e);
    } else if (CONFLICT.contains(code) || state.equals("40001")) {
      return fail(JdbcErrorCode.CONFLICT, server + " (" + where + ")", e);
    } else if (UNREACHABLE.contains(code) || state.startsWith("08")) {
      return fail(CommonErrorCode.UNREACHABLE, unreachable(e, where), e);
    }
    return fail(fallback, server + " (" + where + ")", e);
  }

  static boolean isDataError(SQLException e) {
    String state = e.getSQLState();
    return DATA_ERRORS.contains(e.getErrorCode())
        || state != null && (state.startsWith("22") || state.startsWith("23"));
  }

  /** The column named in the message ({@code column 'c'}), and the message. */
  static Dialect.DataError describe(SQLException e) {
    String message = String.valueOf(e.getMessage());
    Matcher m = COLUMN.matcher(message);
    return new Dialect.DataError(m.find() ? m.group(1) : "", message);
  }

  private static ConnectorException fail(ErrorCode code, String message, SQLException e) {
    return new ConnectorException(code, message, e);
  }

  private static String unreachable(SQLException e, String where) {
    String head = "cannot connect to SQL Server at " + where + ": ";
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return head + "connection refused (is the server running and listening on that port?)";
      } else if (t instanceof UnknownHostException) {
        return head + "unknown host";
      } else if (t instanceof SocketTimeoutException) {
        return head + "no answer (host down, or a firewall drops the connection)";
      }
    }
    return head + e.getMessage();
  }
}
