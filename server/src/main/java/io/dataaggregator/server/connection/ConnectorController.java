package io.dataaggregator.server.connection;

import io.dataaggregator.engine.config.ConfigSchemas;
import io.dataaggregator.engine.spi.Connector;
import io.dataaggregator.engine.transform.TransformSpec;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.connection.ConnectorCatalog.Kind;
import io.dataaggregator.engine.spi.QuerySource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The building blocks the console draws its forms from: connectors and transform steps. */
@Tag(name = "connectors")
@RestController
class ConnectorController {
  private final ConnectorCatalog catalog;

  ConnectorController(ConnectorCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * One kind of a connector. An id that is both a source and a destination is listed twice, each
   * with its own settings.
   *
   * @param configSchema the settings as JSON Schema; secrets say {@code "writeOnly": true}
   * @param answersQueries whether a {@code lookup} step can read a reference table from a
   *     connection of this source by SQL ({@code lookup: {query: ...}})
   */
  record ConnectorInfo(
      String id,
      String kind,
      String title,
      String description,
      JsonNode configSchema,
      boolean answersQueries) {}

  /** A transform step with the schema of its long form. */
  record TransformInfo(String id, String title, String description, JsonNode configSchema) {}

  @Operation(summary = "List connectors (sources and destinations) with their config JSON Schemas")
  @Requires(Permission.CONNECTIONS_READ)
  @GetMapping("/api/v1/connectors")
  List<ConnectorInfo> connectors() {
    var out = new ArrayList<ConnectorInfo>();
    for (String id : catalog.ids()) {
      for (Kind kind : Kind.values()) {
        catalog.of(id, kind).ifPresent(c -> out.add(info(kind, c)));
      }
    }
    return out;
  }

  @Operation(summary = "List transform steps with their config JSON Schemas")
  @Requires(Permission.PIPELINES_READ)
  @GetMapping("/api/v1/transforms")
  List<TransformInfo> transforms() {
    var registry = catalog.registry();
    return registry.transformIds().stream()
        .map(id -> registry.transform(id).orElseThrow().spec())
        .map(ConnectorController::info)
        .toList();
  }

  private static ConnectorInfo info(Kind kind, Connector<?> c) {
    var spec = c.spec();
    return new ConnectorInfo(
        spec.id(),
        kind.name(),
        spec.title(),
        spec.description(),
        ConfigSchemas.of(spec.configType()),
        c instanceof QuerySource<?>);
  }

  private static TransformInfo info(TransformSpec<?> spec) {
    return new TransformInfo(
        spec.id(), spec.title(), spec.description(), ConfigSchemas.of(spec.configType()));
  }
}
