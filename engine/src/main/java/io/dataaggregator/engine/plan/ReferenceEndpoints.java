package io.dataaggregator.engine.plan;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.config.ConfigProblem;
import io.dataaggregator.engine.config.InvalidConfigException;
import io.dataaggregator.engine.pipeline.Endpoint;
import io.dataaggregator.engine.spi.QuerySource;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.transform.ReferenceQuery;
import io.dataaggregator.engine.transform.ReferenceReader;
import io.dataaggregator.engine.transform.ReferenceRows;
import io.dataaggregator.engine.transform.StepConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads reference queries through the {@link QuerySource}s of a {@link Registry}, resolving stored
 * connections the way source endpoints are resolved. One per compiled plan: each query is read at
 * most once for the plan, so the steps of every stream see the same rows; across plans {@link
 * ReferenceCache} keeps them as long as the query's max age allows. Thread-safe.
 */
final class ReferenceEndpoints implements ReferenceReader {
  private final Registry registry;
  private final ConnectionResolver connections;
  private final Map<ReferenceCache.Key, ReferenceRows> readForThisPlan = new ConcurrentHashMap<>();

  ReferenceEndpoints(Registry registry, ConnectionResolver connections) {
    this.registry = registry;
    this.connections = connections;
  }

  /** A query with its connector and bound config. */
  private record Bound<C extends Record>(QuerySource<C> source, C config, String sql) {
    ReferenceCache.Key key() {
      return new ReferenceCache.Key(source.spec().id(), config, sql);
    }

    QueryRead read(ReferenceQuery query) {
      return new QueryRead(query, () -> source.query(config, sql));
    }
  }

  /**
   * What is wrong with {@code query} that shows without connecting: an unknown connection or
   * connector, one that cannot run queries, settings that do not fit it, a query it refuses on
   * sight. Pointers are relative to the query's setting ({@code /connection}, {@code /config/port},
   * {@code /sql}).
   */
  List<ConfigProblem> problems(ReferenceQuery query) {
    var problems = new ArrayList<ConfigProblem>();
    bind(query, problems);
    return problems;
  }

  @Override
  public ReferenceRows read(ReferenceQuery query) {
    var problems = new ArrayList<ConfigProblem>();
    Bound<?> bound = bind(query, problems);
    if (bound == null) {
      ConfigProblem first = problems.getFirst();
      String field = query.setting() + "." + first.path();
      throw new StepConfigException(field, field + ": " + first.message());
    }
    // computeIfAbsent holds other streams of this plan back until the one read is done.
    return readForThisPlan.computeIfAbsent(
        bound.key(), key -> ReferenceCache.get(key, query.maxAge(), () -> bound.read(query).all()));
  }

  private Bound<?> bind(ReferenceQuery query, List<ConfigProblem> problems) {
    String id;
    Map<String, Object> config;
    String at;
    switch (query.endpoint()) {
      case Endpoint.Connector c -> {
        id = c.name();
        config = query.config();
        at = "/connector";
      }
      case Endpoint.Connection c -> {
        var stored = connections.resolve(c.name());
        if (stored.isEmpty()) {
          problems.add(
              new ConfigProblem("/connection", "no stored connection named '" + c.name() + "'"));
          return null;
        }
        // As for sources: settings written beside the connection replace the stored ones.
        var merged = new LinkedHashMap<String, Object>(stored.get().config());
        merged.putAll(query.config());
        id = stored.get().connector();
        config = merged;
        at = "/connection";
      }
    }
    var source = registry.source(id).orElse(null);
    if (!(source instanceof QuerySource<?> queries)) {
      problems.add(new ConfigProblem(at, cannotQuery(id, source == null)));
      return null;
    }
    Bound<?> bound = bind(queries, config, query, at, problems);
    queries.problem(query.sql()).ifPresent(p -> problems.add(new ConfigProblem("/sql", p)));
    return problems.isEmpty() ? bound : null;
  }

  private static <C extends Record> Bound<C> bind(
      QuerySource<C> source,
      Map<String, Object> config,
      ReferenceQuery query,
      String at,
      List<ConfigProblem> problems) {
    Class<C> type = source.spec().configType();
    List<ConfigProblem> found = ConfigBinder.problems(config, type);
    if (found.isEmpty()) {
      try {
        return new Bound<>(source, ConfigBinder.bind(config, type, "config"), query.sql());
      } catch (InvalidConfigException e) {
        found = e.problems();
      }
    }
    for (ConfigProblem p : found) {
      problems.add(placed(p, query, at));
    }
    return null;
  }

  /** A config problem pointed at the setting the user wrote, or at the stored connection. */
  private static ConfigProblem placed(ConfigProblem p, ReferenceQuery query, String at) {
    String[] parts = p.pointer().split("/");
    boolean written = parts.length > 1 && query.config().containsKey(parts[1]);
    if (written || at.equals("/connector")) {
      return new ConfigProblem("/config" + p.pointer(), p.message());
    }
    String where = p.path().isEmpty() ? "" : p.path() + ": ";
    return new ConfigProblem(at, "the stored connection's " + where + p.message());
  }

  private String cannotQuery(String id, boolean unknown) {
    List<String> able =
        registry.sourceIds().stream()
            .filter(s -> registry.source(s).orElseThrow() instanceof QuerySource<?>)
            .toList();
    String choices = able.isEmpty() ? "none is installed" : String.join(", ", able);
    return unknown
        ? "unknown connector '" + id + "'; connectors that run queries: " + choices
        : "connector '" + id + "' cannot run queries; connectors that can: " + choices;
  }
}
