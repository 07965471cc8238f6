package io.dataaggregator.server.connection;

import io.dataaggregator.engine.config.ConfigProblem;
import io.dataaggregator.server.connection.ConnectorCatalog.Fit;
import io.dataaggregator.server.connection.ConnectorCatalog.Kind;
import io.dataaggregator.server.system.ApiException;
import io.dataaggregator.server.system.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Checks the config a client sends for a connection: the connector (and kind) exist, secrets not
 * resent are taken from the stored ones, the settings fit the connector's schema, and file paths
 * stay out of the server's data directory. One 400 names every problem, as {@code config.<path>}.
 */
@Component
class ConnectionConfigs {
  private final ConnectorCatalog catalog;
  private final ConnectionSecrets secrets;
  private final FileAccess files;

  ConnectionConfigs(ConnectorCatalog catalog, ConnectionSecrets secrets, FileAccess files) {
    this.catalog = catalog;
    this.secrets = secrets;
    this.files = files;
  }

  /**
   * The config to store, in plain text.
   *
   * @param kept the stored config, opened, whose secrets stand in for those not resent; empty for a
   *     new connection
   * @throws ApiException 400 naming every problem
   */
  Map<String, Object> prepare(ConnectionRequest request, Map<String, Object> kept) {
    String connector = request.connector();
    if (!catalog.exists(connector)) {
      throw ApiException.invalid(
          "connector",
          "unknown connector '" + connector + "'; available: " + String.join(", ", catalog.ids()));
    }
    Kind kind = kind(request.kind());
    if (kind != null && catalog.of(connector, kind).isEmpty()) {
      throw ApiException.invalid("kind", "connector " + connector + " is no " + kind);
    }
    var written = new LinkedHashMap<String, Object>(request.config());
    written.values().removeIf(Objects::isNull); // null means the default, as left out
    var masked = new ArrayList<String>();
    Map<String, Object> config = secrets.keepStored(connector, written, kept, masked);
    var problems = new ArrayList<FieldProblem>();
    masked.forEach(
        pointer ->
            problems.add(
                new FieldProblem(
                    field(pointer),
                    "is '***', the mask of a stored secret, but none is stored here; send the"
                        + " secret itself")));
    problems.addAll(schemaProblems(catalog.fit(connector, kind, config)));
    files
        .check(config)
        .forEach(d -> problems.add(new FieldProblem(field(d.pointer()), d.message())));
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    return config;
  }

  static Kind kind(String name) {
    return name == null ? null : Kind.valueOf(name);
  }

  private static List<FieldProblem> schemaProblems(Fit fit) {
    var problems = new ArrayList<FieldProblem>();
    for (ConfigProblem p : fit.problems()) {
      problems.add(
          new FieldProblem(p.path().isEmpty() ? "config" : "config." + p.path(), p.message()));
    }
    return problems;
  }

  /** {@code /auth/password} as {@code config.auth.password}. */
  static String field(String pointer) {
    String path = new ConfigProblem(pointer, "").path();
    return path.isEmpty() ? "config" : "config." + path;
  }
}
