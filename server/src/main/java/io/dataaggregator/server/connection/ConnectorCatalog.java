package io.dataaggregator.server.connection;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.config.ConfigProblem;
import io.dataaggregator.engine.config.ConfigSchemas;
import io.dataaggregator.engine.spi.Connector;
import io.dataaggregator.engine.spi.Destination;
import io.dataaggregator.engine.spi.Registry;
import io.dataaggregator.engine.spi.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The connectors on the class path (found once with {@link Registry}) as connections see them: an
 * id may be a source, a destination or both, each with its own config record. Thread-safe.
 */
@Component
class ConnectorCatalog {
  /** The role a connection can play. */
  enum Kind {
    source,
    destination
  }

  /**
   * What a config fits: the kinds it binds for, or the problems of the kind it comes closest to.
   */
  record Fit(List<Kind> kinds, Kind closest, List<ConfigProblem> problems) {
    boolean fits() {
      return !kinds.isEmpty();
    }
  }

  private final Registry registry = Registry.load();
  private final Map<String, SecretFields> secrets = new ConcurrentHashMap<>();

  Registry registry() {
    return registry;
  }

  List<String> ids() {
    var ids = new TreeSet<String>(registry.sourceIds());
    ids.addAll(registry.destinationIds());
    return List.copyOf(ids);
  }

  boolean exists(String id) {
    return registry.source(id).isPresent() || registry.destination(id).isPresent();
  }

  Optional<Source<?>> source(String id) {
    return registry.source(id);
  }

  Optional<Destination<?>> destination(String id) {
    return registry.destination(id);
  }

  Optional<? extends Connector<?>> of(String id, Kind kind) {
    return kind == Kind.source ? registry.source(id) : registry.destination(id);
  }

  /** The secret settings of either kind of {@code id}; none for an unknown id. */
  SecretFields secrets(String id) {
    return secrets.computeIfAbsent(
        id,
        key -> {
          SecretFields fields = SecretFields.NONE;
          for (Kind kind : Kind.values()) {
            var connector = of(key, kind);
            if (connector.isPresent()) {
              fields =
                  fields.and(
                      SecretFields.of(ConfigSchemas.of(connector.get().spec().configType())));
            }
          }
          return fields;
        });
  }

  /**
   * Checks {@code config} against the connector's settings as {@code only} (null: as a source and
   * as a destination). When it fits none, the problems reported are those of the kind with fewer of
   * them (the source on a tie).
   */
  Fit fit(String id, Kind only, Map<String, Object> config) {
    var kinds = new ArrayList<Kind>();
    Kind closest = null;
    List<ConfigProblem> fewest = null;
    for (Kind kind : only == null ? List.of(Kind.values()) : List.of(only)) {
      var connector = of(id, kind);
      if (connector.isEmpty()) {
        continue;
      }
      List<ConfigProblem> problems = problems(config, connector.get().spec().configType());
      if (problems.isEmpty()) {
        kinds.add(kind);
      } else if (fewest == null || problems.size() < fewest.size()) {
        closest = kind;
        fewest = problems;
      }
    }
    return kinds.isEmpty()
        ? new Fit(List.of(), closest, fewest == null ? List.of() : fewest)
        : new Fit(List.copyOf(kinds), kinds.getFirst(), List.of());
  }

  private static List<ConfigProblem> problems(
      Map<String, Object> config, Class<? extends Record> type) {
    List<ConfigProblem> problems = ConfigBinder.problems(config, type);
    if (problems.isEmpty()) {
      try {
        ConfigBinder.bind(config, type, "config"); // binding can still refuse (a value's format)
      } catch (io.dataaggregator.engine.config.InvalidConfigException e) {
        return e.problems();
      }
    }
    return problems;
  }
}
