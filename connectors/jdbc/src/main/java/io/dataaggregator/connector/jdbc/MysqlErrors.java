package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a MySQL/MariaDB error number or SQLState means for the user, and a message saying it. */
final class MysqlErrors {
  /** Errors about one row's values (beyond SQLState classes 22 and 23, which are all such). */
  private static final Set<Integer> DATA_ERRORS =
      Set.of(
          1048, 1062, 1263, 1264, 1265, 1292, 1366, 1367, 1406, 1411, 1451, 1452, 1690, 3140, 4025);

  private static final Set<Integer> AUTH = Set.of(1045, 1698, 1130, 1862, 1251);
  private static final Set<Integer> MISSING = Set.of(1049, 1146, 1051, 1109);
  private static final Set<Integer> DENIED = Set.of(1142, 1143, 1044, 1227, 1370, 1211, 1410);
  private static final Set<Integer> CONFLICT = Set.of(1205, 1213);
  private static final Set<Integer> UNREACHABLE = Set.of(1040, 1053, 2002, 2003, 2006, 2013);

  private static final Pattern CONN_PREFIX = Pattern.compile("^\\(conn=\\d+\\) ");
  private static final Pattern AT_ROW = Pattern.compile(" at row \\d+$");
  private static final Pattern COLUMN =
      Pattern.compile("(?i)column ((?:[`'][^`']+[`']\\.)*)[`']([^`']+)[`']");

  private MysqlErrors() {}

  static ConnectorException translate(SQLException e, String where, ErrorCode fallback) {
    int code = e.getErrorCode();
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String server = message(e);
    ErrorCode kind;
    if (AUTH.contains(code) || state.equals("28000")) {
      kind = CommonErrorCode.AUTH_FAILED;
    } else if (MISSING.contains(code)) {
      kind = CommonErrorCode.NOT_FOUND;
    } else if (DENIED.contains(code)) {
      kind = CommonErrorCode.PERMISSION_DENIED;
    } else if (CONFLICT.contains(code) || state.equals("40001")) {
      kind = JdbcErrorCode.CONFLICT;
    } else if (UNREACHABLE.contains(code) || state.startsWith("08")) {
      return new ConnectorException(CommonErrorCode.UNREACHABLE, unreachable(e, where), e);
    } else {
      kind = fallback;
    }
    String sep = kind == CommonErrorCode.AUTH_FAILED || code == 1049 ? " at " : " (";
    return new ConnectorException(kind, server + sep + where + (sep.equals(" (") ? ")" : ""), e);
  }

  static boolean isDataError(SQLException e) {
    String state = e.getSQLState();
    return DATA_ERRORS.contains(e.getErrorCode())
        || state != null && (state.startsWith("22") || state.startsWith("23"));
  }

  /** The column named in the message (the last part of {@code `db`.`t`.`c`}) and the reason. */
  static Dialect.DataError describe(SQLException e) {
    String reason = AT_ROW.matcher(message(e)).replaceFirst("");
    Matcher m = COLUMN.matcher(reason);
    return new Dialect.DataError(m.find() ? m.group(2) : "", reason);
  }

  /** The server's sentence without the driver's {@code (conn=N)} prefix. */
  static String message(SQLException e) {
    return CONN_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("");
  }

  private static String unreachable(SQLException e, String where) {
    Throwable cause = e.getCause();
    String head = "cannot connect to MySQL/MariaDB at " + where + ": ";
    if (cause instanceof ConnectException) {
      return head + "connection refused (is the server running and listening on that port?)";
    } else if (cause instanceof UnknownHostException) {
      return head + "unknown host";
    } else if (cause instanceof SocketTimeoutException || cause instanceof NoRouteToHostException) {
      return head + "no answer (host down, or a firewall drops the connection)";
    }
    return head + message(e);
  }
}
