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

class PostgresConfigTest {
  @Test
  void bindsSnakeCaseKeysAndFillsDefaults() {
    PostgresConfig c =
        ConfigBinder.bind(
            Map.of(
                "database",
                "shop",
                "user",
                "etl",
                "fetch_size",
                500,
                "commit_rows",
                1000,
                "tables",
                List.of("orders")),
            PostgresConfig.class,
            "postgres config");
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.port()).isEqualTo(5432);
    assertThat(c.schema()).isEqualTo("public");
    assertThat(c.password()).isEmpty();
    assertThat(c.fetchSize()).isEqualTo(500);
    assertThat(c.commitRows()).isEqualTo(1000);
    assertThat(c.parallelism()).isEqualTo(JdbcConfig.DEFAULT_PARALLELISM);
    assertThat(c.parallelMinRows()).isEqualTo(1_000_000L);
    assertThat(c.tables()).containsExactly("orders");
    assertThat(c.sslMode()).isNull();
  }

  @Test
  void reportsEveryProblemWithItsKey() {
    assertThatThrownBy(
            () ->
                ConfigBinder.bind(
                    Map.of("port", 70000, "ssl_mode", "sometimes", "fetchsize", 1),
                    PostgresConfig.class,
                    "postgres config"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("database")
        .hasMessageContaining("user")
        .hasMessageContaining("port")
        .hasMessageContaining("ssl_mode")
        .hasMessageContaining("fetchsize: is not a known setting");
  }

  @Test
  void marksThePasswordAsSecretInTheSchema() {
    var password = ConfigSchemas.of(PostgresConfig.class).get("properties").get("password");
    assertThat(password.get("format").asString()).isEqualTo("password");
    assertThat(password.get("writeOnly").asBoolean()).isTrue();
  }

  @Test
  void registersAsSourceAndDestinationNamedPostgres() {
    Registry registry = Registry.load();
    assertThat(registry.source("postgres")).containsInstanceOf(PostgresSource.class);
    assertThat(registry.destination("postgres")).containsInstanceOf(PostgresDestination.class);
  }
}
