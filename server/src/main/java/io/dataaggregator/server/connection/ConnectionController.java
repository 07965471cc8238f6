package io.dataaggregator.server.connection;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.connection.ConnectionResponse.Discovered;
import io.dataaggregator.server.connection.ConnectionResponse.TestResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stored connections: a connector and its settings, secrets encrypted at rest and shown only as
 * {@code ***}. Pipelines use them with {@code connection: <name>}.
 */
@Tag(name = "connections")
@RestController
@RequestMapping("/api/v1/connections")
class ConnectionController {
  private final ConnectionService connections;
  private final ConnectionProbe probe;

  ConnectionController(ConnectionService connections, ConnectionProbe probe) {
    this.connections = connections;
    this.probe = probe;
  }

  @Operation(
      summary = "Create a connection",
      description =
          "The config must fit the connector's config JSON Schema (GET /api/v1/connectors); a 400"
              + " names every setting that does not.")
  @Requires(Permission.CONNECTIONS_WRITE)
  @PostMapping
  ResponseEntity<ConnectionResponse> create(
      CurrentUser me, @Valid @RequestBody ConnectionRequest request) {
    ConnectionResponse created = connections.create(me, request);
    return ResponseEntity.created(URI.create("/api/v1/connections/" + created.id())).body(created);
  }

  @Operation(summary = "List connections, ordered by name; secrets masked")
  @Requires(Permission.CONNECTIONS_READ)
  @GetMapping
  List<ConnectionResponse> list() {
    return connections.list();
  }

  @Operation(summary = "Get a connection; secrets masked")
  @Requires(Permission.CONNECTIONS_READ)
  @GetMapping("/{id}")
  ConnectionResponse get(@PathVariable UUID id) {
    return connections.get(id);
  }

  @Operation(
      summary = "Change a connection",
      description =
          "A secret left out, or sent as ***, keeps its stored value; an empty text clears it. A"
              + " new name is refused with 409 (connection-in-use) while pipelines name the old"
              + " one.")
  @Requires(Permission.CONNECTIONS_WRITE)
  @PutMapping("/{id}")
  ConnectionResponse update(
      CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ConnectionRequest request) {
    return connections.update(me, id, request);
  }

  @Operation(
      summary = "Delete a connection",
      description =
          "409 (connection-in-use) when pipelines name it; usedBy lists them with kind, id and"
              + " name.")
  @Requires(Permission.CONNECTIONS_WRITE)
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    connections.delete(id);
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Test a connection: the connector's check (reachable, credentials, rights)",
      description =
          "Always 200 for a connection that exists; ok tells the outcome and message says what is"
              + " wrong.")
  @Requires(Permission.CONNECTIONS_WRITE)
  @PostMapping("/{id}/test")
  TestResult test(@PathVariable UUID id) {
    return probe.test(id);
  }

  @Operation(
      summary =
          "Discover a source connection's streams: fields with types, keys, cursor candidates")
  @Requires(Permission.CONNECTIONS_WRITE)
  @PostMapping("/{id}/discover")
  Discovered discover(@PathVariable UUID id) {
    return probe.discover(id);
  }
}
