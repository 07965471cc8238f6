package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** What a PostgreSQL SQLState means for the user, and a message that says it. */
final class PgErrors {
  private static final Pattern COPY_COLUMN = Pattern.compile("column ([^:]+):");

  private PgErrors() {}

  /** The column and the server's sentence (with its detail) of a value error. */
  static Dialect.DataError describe(SQLException e) {
    String field = "";
    String reason = serverMessage(e);
    if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
      ServerErrorMessage m = p.getServerErrorMessage();
      Matcher where = COPY_COLUMN.matcher(String.valueOf(m.getWhere()));
      field = m.getColumn() != null ? m.getColumn() : where.find() ? where.group(1) : "";
      reason = m.getDetail() == null ? reason : reason + " (" + m.getDetail() + ")";
    }
    return new Dialect.DataError(field, reason);
  }

  static ConnectorException translate(SQLException e, String where, ErrorCode fallback) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String server = serverMessage(e);
    return switch (state) {
      case "28P01", "28000" -> fail(CommonErrorCode.AUTH_FAILED, server + " at " + where, e);
      case "3D000" -> fail(CommonErrorCode.NOT_FOUND, server + " at " + where, e);
      case "42501" -> fail(CommonErrorCode.PERMISSION_DENIED, server + " (" + where + ")", e);
      case "42P01", "3F000" -> fail(CommonErrorCode.NOT_FOUND, server + " (" + where + ")", e);
      case "40001", "40P01", "55P03" ->
          fail(JdbcErrorCode.CONFLICT, server + " (" + where + ")", e);
      default -> {
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
          yield fail(CommonErrorCode.UNREACHABLE, unreachable(e, where), e);
        }
        yield fail(fallback, server + " (" + where + ")", e);
      }
    };
  }

  private static ConnectorException fail(ErrorCode code, String message, SQLException e) {
    return new ConnectorException(code, message, e);
  }

  private static String unreachable(SQLException e, String where) {
    Throwable cause = e.getCause();
    String head = "cannot connect to PostgreSQL at " + where + ": ";
    if (cause instanceof ConnectException) {
      return head + "connection refused (is the server running and listening on that port?)";
    } else if (cause instanceof UnknownHostException) {
      return head + "unknown host";
    } else if (cause instanceof SocketTimeoutException || cause instanceof NoRouteToHostException) {
      return head + "no answer (host down, or a firewall drops the connection)";
    }
    return head + serverMessage(e);
  }

  /** The server's own sentence without the driver's "FATAL: " or "ERROR: " prefix. */
  static String serverMessage(SQLException e) {
    if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
      String m = p.getServerErrorMessage().getMessage();
      if (m != null) {
        return m;
      }
    }
    return String.valueOf(e.getMessage());
  }
}
