package io.dataaggregator.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.config.ConfigSchemas;
import io.dataaggregator.engine.config.InvalidConfigException;
import io.dataaggregator.engine.spi.Registry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MysqlConfigTest {
  @Test
  void bindsSnakeCaseKeysAndFillsDefaults() {
    MysqlConfig c =
        ConfigBinder.bind(
            Map.of(
                "database",
                "shop",
                "user",
                "etl",
                "bulk_load",
                "insert",
                "tables",
                List.of("orders")),
            MysqlConfig.class,
            "mysql config");
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.port()).isEqualTo(3306);
    assertThat(c.namespace()).isEqualTo("shop");
    assertThat(c.password()).isEmpty();
    assertThat(c.fetchSize()).isEqualTo(10_000);
    assertThat(c.commitRows()).isEqualTo(100_000);
    assertThat(c.parallelism()).isEqualTo(JdbcConfig.DEFAULT_PARALLELISM);
    assertThat(c.parallelMinRows()).isEqualTo(1_000_000L);
    assertThat(c.bulkLoad()).isEqualTo(MysqlConfig.BulkLoad.insert);
    assertThat(c.tables()).containsExactly("orders");
    assertThat(c.driverOptions()).isEmpty();
    assertThat(
            ConfigBinder.bind(Map.of("database", "d", "user", "u"), MysqlConfig.class, "mysql")
                .bulkLoad())
        .isEqualTo(MysqlConfig.BulkLoad.auto);
  }

  @Test
  void reportsEveryProblemWithItsKey() {
    assertThatThrownBy(
            () ->
                ConfigBinder.bind(
                    Map.of("port", 0, "ssl_mode", "sometimes", "bulk_load", "copy", "schema", "x"),
                    MysqlConfig.class,
                    "mysql config"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("database: is required")
        .hasMessageContaining("user: is required")
        .hasMessageContaining("port")
        .hasMessageContaining("ssl_mode")
        .hasMessageContaining("bulk_load")
        .hasMessageContaining("schema: is not a known setting");
  }

  @Test
  void marksThePasswordAsSecretAndListsTheBulkPaths() {
    var properties = ConfigSchemas.of(MysqlConfig.class).get("properties");
    assertThat(properties.get("password").get("format").asString()).isEqualTo("password");
    assertThat(properties.get("bulk_load").get("enum").toString())
        .isEqualTo("[\"auto\",\"load_data\",\"insert\"]");
  }

  @Test
  void passesTheTlsModeToTheDriver() {
    MysqlConfig c =
        ConfigBinder.bind(
            Map.of("database", "d", "user", "u", "ssl_mode", "verify-full"),
            MysqlConfig.class,
            "m");
    assertThat(c.driverOptions()).containsEntry("sslMode", "verify-full");
  }

  @Test
  void registersAsSourceAndDestinationNamedMysql() {
    Registry registry = Registry.load();
    assertThat(registry.source("mysql")).containsInstanceOf(MysqlSource.class);
    assertThat(registry.destination("mysql")).containsInstanceOf(MysqlDestination.class);
  }
}
