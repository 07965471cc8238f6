package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ErrorCode;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How SQL Server failures are classified, from the SQLStates and error numbers the server and
 * Microsoft's driver report (messages as the server words them).
 */
class SqlServerErrorsTest {
  private static final SqlServerDialect D = SqlServerDialect.INSTANCE;
  private static final String WHERE = "db.example:1433";

  private static ConnectorException translate(String state, int code, String message) {
    return D.translate(new SQLException(message, state, code), WHERE, CommonErrorCode.READ_FAILED);
  }

  @ParameterizedTest(name = "{1} {0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "S0001 | 18456 | AUTH_FAILED | Login failed for user 'etl'.",
        "28000 | 0 | AUTH_FAILED | Login failed for user 'etl'.",
        "S0001 | 4060 | NOT_FOUND | Cannot open database \"shop\" requested by the login. The login"
            + " failed.",
        "S0002 | 208 | NOT_FOUND | Invalid object name 'dbo.nowhere'.",
        "S0001 | 229 | PERMISSION_DENIED | The INSERT permission was denied on the object 'orders',"
            + " database 'shop', schema 'dbo'.",
        "S0001 | 262 | PERMISSION_DENIED | CREATE TABLE permission denied in database 'shop'.",
        "40001 | 1205 | CONFLICT | Transaction (Process ID 57) was deadlocked on lock resources"
            + " with another process and has been chosen as the deadlock victim. Rerun the"
            + " transaction.",
        "S0001 | 1222 | CONFLICT | Lock request time out period exceeded.",
        "08S01 | 0 | UNREACHABLE | The TCP/IP connection to the host db.example, port 1433 has"
            + " failed.",
        "S0001 | 40613 | UNREACHABLE | Database 'shop' on server 'x' is not currently available.",
        "S0001 | 102 | READ_FAILED | Incorrect syntax near 'FROM'."
      })
  void classifiesByErrorNumberAndSqlState(String state, int code, String kind, String message) {
    ConnectorException e = translate(state, code, message);
    ErrorCode expected =
        kind.equals("CONFLICT") ? JdbcErrorCode.CONFLICT : CommonErrorCode.valueOf(kind);
    assertThat(e.errorCode()).isEqualTo(expected);
    assertThat(e.getMessage()).contains(WHERE);
  }

  @Test
  void saysWhereItCouldNotLoginAndThatAConflictMaySucceedOnRetry() {
    assertThat(translate("S0001", 18456, "Login failed for user 'etl'.").getMessage())
        .isEqualTo("Login failed for user 'etl'. at " + WHERE);
    assertThat(translate("40001", 1205, "deadlocked").errorCode().isTransient()).isTrue();
    assertThat(translate("S0001", 18456, "Login failed").errorCode().isInputError()).isTrue();
  }

  @Test
  void namesARefusedConnection() {
    var e =
        new SQLException(
            "The TCP/IP connection to the host failed.",
            "08S01",
            0,
            new ConnectException("Connection refused"));
    assertThat(D.translate(e, WHERE, CommonErrorCode.READ_FAILED).getMessage())
        .isEqualTo(
            "cannot connect to SQL Server at "
                + WHERE
                + ": connection refused (is the server running and listening on that port?)");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "23000 | 515 | true",
        "23000 | 2627 | true",
        "23000 | 2601 | true",
        "S0001 | 547 | true",
        "22001 | 8152 | true",
        "S0001 | 2628 | true",
        "22003 | 8115 | true",
        "22007 | 241 | true",
        "22008 | 242 | true",
        "S0001 | 4815 | true",
        "S0002 | 208 | false",
        "S0001 | 229 | false",
        "40001 | 1205 | false",
        "08S01 | 0 | false"
      })
  void tellsValueErrorsFromSystemErrors(String state, int code, boolean data) {
    assertThat(D.isDataError(new SQLException("x", state, code))).isEqualTo(data);
  }

  @Test
  void namesTheColumnAtFaultForTheQuarantine() {
    var notNull =
        new SQLException(
            "Cannot insert the value NULL into column 'qty', table 'shop.dbo.orders'; column does"
                + " not allow nulls. INSERT fails.",
            "23000",
            515);
    assertThat(D.describe(notNull).field()).isEqualTo("qty");
    var truncated =
        new SQLException(
            "String or binary data would be truncated in table 'shop.dbo.orders', column 'code'."
                + " Truncated value: 'abc'.",
            "22001",
            2628);
    assertThat(D.describe(truncated))
        .isEqualTo(new Dialect.DataError("code", truncated.getMessage()));
    assertThat(D.describe(new SQLException("Arithmetic overflow error.", "22003", 8115)).field())
        .isEmpty();
  }

  @Test
  void recognisesTheLoserOfARaceToCreateATable() {
    assertThat(
            D.isDuplicateObject(
                new SQLException(
                    "There is already an object named" + " '_dagg_checkpoints' in the database.",
                    "S0001",
                    2714)))
        .isTrue();
    assertThat(D.isDuplicateObject(new SQLException("x", "S0001", 208))).isFalse();
  }
}
