package io.dataaggregator.engine.transform;

import io.dataaggregator.engine.pipeline.Endpoint;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reference data a step reads through a connector's query capability (the lookup step's {@code
 * query}), as the step's config says it.
 *
 * @param setting where the query stands in the step's config ({@code query}), for messages
 * @param endpoint the connector id or the stored connection that runs it
 * @param config the settings written beside it: the connector's whole config, or with a stored
 *     connection the settings that replace the stored ones
 * @param sql the query, in the connector's language
 * @param maxAge how old rows read for an earlier plan may be and still serve this one; zero reads
 *     them again for every plan
 * @param maxRows the most rows accepted; a query returning more is an error
 */
public record ReferenceQuery(
    String setting,
    Endpoint endpoint,
    Map<String, Object> config,
    String sql,
    Duration maxAge,
    int maxRows) {
  public ReferenceQuery {
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(maxAge, "maxAge");
    // Settings may hold nulls (an empty password), which Map.copyOf refuses.
    config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
  }

  /** The name of one of its settings as messages show it, e.g. {@code query.sql}. */
  public String settingOf(String name) {
    return setting + "." + name;
  }
}
