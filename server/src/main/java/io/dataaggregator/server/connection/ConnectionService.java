package io.dataaggregator.server.connection;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.connection.ConnectionStore.Row;
import io.dataaggregator.server.connection.ConnectorCatalog.Fit;
import io.dataaggregator.server.secret.SecretCipher;
import io.dataaggregator.server.system.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Connection rules: the connector must exist and the config fit its settings (every problem named),
 * file paths stay out of the server's data directory, names are unique, secrets are sealed before
 * they are stored and kept on edit when not resent, and responses only ever show them masked.
 */
@Service
class ConnectionService {
  private final ConnectionStore store;
  private final ConnectorCatalog catalog;
  private final ConnectionSecrets secrets;
  private final ConnectionConfigs configs;
  private final ObjectProvider<ConnectionUsers> users;
  private final Clock clock;

  ConnectionService(
      ConnectionStore store,
      ConnectorCatalog catalog,
      ConnectionSecrets secrets,
      ConnectionConfigs configs,
      ObjectProvider<ConnectionUsers> users,
      Clock clock) {
    this.store = store;
    this.catalog = catalog;
    this.secrets = secrets;
    this.configs = configs;
    this.users = users;
    this.clock = clock;
  }

  ConnectionResponse create(CurrentUser me, ConnectionRequest request) {
    Map<String, Object> plain = configs.prepare(request, Map.of());
    requireFreeName(request.name(), null);
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    Map<String, Object> sealed = secrets.seal(id, request.connector(), plain);
    Row row =
        new Row(
            id,
            request.name(),
            request.connector(),
            request.kind(),
            sealed,
            request.description(),
            me.username(),
            now,
            me.username(),
            now);
    try {
      store.insert(row);
    } catch (DuplicateKeyException raced) {
      throw nameTaken(request.name());
    }
    return response(row);
  }

  ConnectionResponse update(CurrentUser me, UUID id, ConnectionRequest request) {
    Row before = row(id);
    // Secrets of another connector mean nothing to this one: switching connector resends them.
    Map<String, Object> kept =
        before.connector().equals(request.connector()) ? opened(before) : Map.of();
    Map<String, Object> plain = configs.prepare(request, kept);
    requireFreeName(request.name(), id);
    if (!before.name().equals(request.name())) {
      requireUnused(before, "renamed");
    }
    Map<String, Object> sealed = secrets.seal(id, request.connector(), plain);
    Row after =
        new Row(
            id,
            request.name(),
            request.connector(),
            request.kind(),
            sealed,
            request.description(),
            before.createdBy(),
            before.createdAt(),
            me.username(),
            clock.instant());
    try {
      store.update(after);
    } catch (DuplicateKeyException raced) {
      throw nameTaken(request.name());
    }
    return response(after);
  }

  /** Deletes the connection; 409 naming them when pipelines use it. */
  void delete(UUID id) {
    requireUnused(row(id), "deleted");
    if (!store.delete(id)) {
      throw ApiException.notFound("Connection", id);
    }
  }

  /** 409 listing what names the connection, since it would break when the name disappears. */
  private void requireUnused(Row row, String change) {
    List<ConnectionUser> using =
        users.orderedStream().flatMap(u -> u.using(row.name()).stream()).toList();
    if (using.isEmpty()) {
      return;
    }
    String names =
        using.stream().map(u -> u.kind() + " " + u.name()).collect(Collectors.joining(", "));
    throw ApiException.conflict(
            "connection-in-use",
            "The connection "
                + row.name()
                + " cannot be "
                + change
                + ": "
                + names
                + (using.size() == 1 ? " uses" : " use")
                + " it. Point them at another connection or delete them first.")
        .with("usedBy", using);
  }

  ConnectionResponse get(UUID id) {
    return response(row(id));
  }

  List<ConnectionResponse> list() {
    return store.list().stream().map(this::response).toList();
  }

  Row row(UUID id) {
    return store.find(id).orElseThrow(() -> ApiException.notFound("Connection", id));
  }

  /** The stored config with its secrets opened, for connectors. */
  Map<String, Object> opened(Row row) {
    try {
      return secrets.open(row.id(), row.connector(), row.config());
    } catch (SecretCipher.SecretUnreadableException e) {
      throw new ApiException(
          HttpStatus.INTERNAL_SERVER_ERROR,
          "secret-unreadable",
          "Connection " + row.name() + ": " + e.getMessage() + ".");
    }
  }

  /** The kinds the stored config fits; stored configs were checked when saved. */
  Fit fit(Row row) {
    return catalog.fit(row.connector(), ConnectionConfigs.kind(row.kind()), row.config());
  }

  private void requireFreeName(String name, UUID self) {
    store
        .findByName(name)
        .filter(other -> !other.id().equals(self))
        .ifPresent(
            other -> {
              throw nameTaken(name);
            });
  }

  private static ApiException nameTaken(String name) {
    return ApiException.conflict(
        "connection-name-taken", "A connection named " + name + " exists already.");
  }

  private ConnectionResponse response(Row row) {
    List<String> kinds = fit(row).kinds().stream().map(Enum::name).toList();
    return new ConnectionResponse(
        row.id(),
        row.name(),
        row.connector(),
        row.kind(),
        kinds,
        row.description(),
        secrets.mask(row.connector(), row.config()),
        row.createdBy(),
        row.createdAt(),
        row.updatedBy(),
        row.updatedAt());
  }
}
