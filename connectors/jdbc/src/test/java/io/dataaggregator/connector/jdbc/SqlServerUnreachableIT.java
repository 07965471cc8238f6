package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one part of the sqlserver connector that runs for real here: Microsoft's driver against a
 * closed port of 127.0.0.1, and what the user is told. (No SQL Server runs on this machine.)
 */
class SqlServerUnreachableIT {
  @Test
  void aClosedPortIsUnreachableNamingHostAndPort() throws Exception {
    int port;
    try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    var config = SqlServerConfig.of("127.0.0.1", port, "warehouse", "etl");
    var target =
        new WriteTarget(
            "p", "s", "t", Schema.of(Field.of("id", DataType.INT)), WriteMode.APPEND, List.of());
    assertThatThrownBy(() -> new SqlServerDestination().open(config, target))
        .isInstanceOf(ConnectorException.class)
        .satisfies(
            e ->
                assertThat(((ConnectorException) e).errorCode())
                    .isEqualTo(CommonErrorCode.UNREACHABLE))
        .hasMessageStartingWith("cannot connect to SQL Server at 127.0.0.1:" + port + ": ");
    CheckResult check = new SqlServerSource().check(config);
    assertThat(check.ok()).isFalse();
    assertThat(check.message()).contains("127.0.0.1:" + port);
  }
}
