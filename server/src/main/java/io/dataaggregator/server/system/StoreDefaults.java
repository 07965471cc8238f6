package io.dataaggregator.server.system;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the metadata store before the application starts: the PostgreSQL (or other JDBC) database
 * named by {@code dagg.db.url} ({@code DAGG_DB_URL}, with {@code DAGG_DB_USER} and {@code
 * DAGG_DB_PASSWORD}), or else an embedded H2 file database at {@code <data-dir>/dagg}.
 *
 * <p>It also sets the default of {@code dagg.roles.developer-enabled}: true on the embedded store
 * (a developer's machine), false on an external one (production) unless set explicitly. Explicit
 * {@code spring.datasource.*} settings still win: this source is added last.
 */
public class StoreDefaults implements EnvironmentPostProcessor, Ordered {
  static final String SOURCE_NAME = "daggStoreDefaults";
  static final int EMBEDDED_POOL_SIZE = 64;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    Map<String, Object> props = new LinkedHashMap<>();
    String url = env.getProperty("dagg.db.url");
    boolean embedded = url == null || url.isBlank();
    if (embedded) {
      Path dir = DataDirectory.locate(env.getProperty(DataDirectory.PROPERTY));
      props.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("dagg"));
      props.put("spring.datasource.username", "sa");
      props.put("spring.datasource.password", "");
      // Requests run on virtual threads, so the pool is what bounds how many reach the store at
      // once. An embedded session costs little, and HikariCP lets a newly arriving request take a
      // freed connection ahead of those waiting: with its default of 10 under 200 clients, some
      // requests waited whole seconds while others went straight through.
      props.put("spring.datasource.hikari.maximum-pool-size", EMBEDDED_POOL_SIZE);
    } else {
      props.put("spring.datasource.url", url);
      props.put("spring.datasource.username", env.getProperty("dagg.db.user", ""));
      props.put("spring.datasource.password", env.getProperty("dagg.db.password", ""));
    }
    props.put("dagg.db.embedded", embedded);
    props.put("dagg.roles.developer-enabled", embedded);
    env.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, props));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after application.yml and the environment are loaded
  }
}
