package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.config.ConfigSchemas;
import io.dataaggregator.engine.config.InvalidConfigException;
import io.dataaggregator.engine.spi.Registry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlServerConfigTest {
  @Test
  void bindsSnakeCaseKeysAndFillsDefaults() {
    SqlServerConfig c =
        ConfigBinder.bind(
            Map.of("database", "shop", "user", "etl", "trust_server_certificate", true),
            SqlServerConfig.class,
            "sqlserver config");
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.port()).isEqualTo(1433);
    assertThat(c.namespace()).isEqualTo("dbo");
    assertThat(c.fetchSize()).isEqualTo(10_000);
    assertThat(c.commitRows()).isEqualTo(100_000);
    assertThat(c.parallelism()).isEqualTo(JdbcConfig.DEFAULT_PARALLELISM);
    assertThat(c.driverOptions())
        .containsEntry("encrypt", "true")
        .containsEntry("trustServerCertificate", "true");
    assertThat(c.where()).isEqualTo("127.0.0.1:1433/shop");
  }

  @Test
  void reportsEveryProblemWithItsKey() {
    assertThatThrownBy(
            () ->
                ConfigBinder.bind(
                    Map.of("encrypt", "maybe", "port", 99999, "instance", "x"),
                    SqlServerConfig.class,
                    "sqlserver config"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("database: is required")
        .hasMessageContaining("encrypt")
        .hasMessageContaining("port")
        .hasMessageContaining("instance: is not a known setting");
  }

  @Test
  void marksThePasswordAsSecret() {
    var password = ConfigSchemas.of(SqlServerConfig.class).get("properties").get("password");
    assertThat(password.get("writeOnly").asBoolean()).isTrue();
  }

  @Test
  void registersAsSourceAndDestinationNamedSqlserver() {
    Registry registry = Registry.load();
    assertThat(registry.source("sqlserver")).containsInstanceOf(SqlServerSource.class);
    assertThat(registry.destination("sqlserver")).containsInstanceOf(SqlServerDestination.class);
    assertThat(registry.source("sqlserver").orElseThrow().spec().description())
        .contains("no live test yet");
  }
}
