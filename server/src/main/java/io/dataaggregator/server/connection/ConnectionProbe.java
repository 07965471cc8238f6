package io.dataaggregator.server.connection;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Connector;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.Source;
import io.dataaggregator.server.connection.ConnectionResponse.Discovered;
import io.dataaggregator.server.connection.ConnectionResponse.KindCheck;
import io.dataaggregator.server.connection.ConnectionResponse.TestResult;
import io.dataaggregator.server.connection.ConnectionStore.Row;
import io.dataaggregator.server.connection.ConnectorCatalog.Fit;
import io.dataaggregator.server.connection.ConnectorCatalog.Kind;
import io.dataaggregator.server.system.ApiException;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Talks to the system behind a stored connection: the connector's check (for each kind the config
 * serves) and its discovery, each within {@code dagg.connections.timeout}.
 */
@Component
class ConnectionProbe {
  private static final Logger log = LoggerFactory.getLogger(ConnectionProbe.class);

  private final ConnectionService connections;
  private final ConnectorCatalog catalog;
  private final ConnectionProperties properties;

  ConnectionProbe(
      ConnectionService connections, ConnectorCatalog catalog, ConnectionProperties properties) {
    this.connections = connections;
    this.catalog = catalog;
    this.properties = properties;
  }

  TestResult test(UUID id) {
    Row row = connections.row(id);
    Map<String, Object> config = connections.opened(row);
    Fit fit = connections.fit(row);
    if (!fit.fits()) {
      return new TestResult(
          false,
          "the stored settings no longer fit connector " + row.connector(),
          java.util.List.of());
    }
    var checks = new ArrayList<KindCheck>();
    for (Kind kind : fit.kinds()) {
      Connector<?> connector = catalog.of(row.connector(), kind).orElseThrow();
      checks.add(check(row, kind, connector, config));
    }
    boolean ok = checks.stream().allMatch(KindCheck::ok);
    String message =
        checks.size() == 1
            ? checks.getFirst().message()
            : checks.stream()
                .map(c -> "as a " + c.kind() + ": " + c.message())
                .collect(Collectors.joining("; "));
    return new TestResult(ok, message, checks);
  }

  Discovered discover(UUID id) {
    Row row = connections.row(id);
    Map<String, Object> config = connections.opened(row);
    if (!connections.fit(row).kinds().contains(Kind.source)) {
      throw new ApiException(
          HttpStatus.BAD_REQUEST,
          "not-a-source",
          "Connection "
              + row.name()
              + " ("
              + row.connector()
              + ") is not set up as a source; only a"
              + " source's streams can be discovered.");
    }
    Source<?> source = catalog.source(row.connector()).orElseThrow();
    Catalog found =
        BoundedCall.call(
            () -> discover(source, config),
            properties.timeout(),
            "Discovering connection " + row.name());
    return Discovered.of(found);
  }

  private KindCheck check(Row row, Kind kind, Connector<?> connector, Map<String, Object> config) {
    try {
      CheckResult result =
          BoundedCall.call(
              () -> check(connector, config),
              properties.timeout(),
              "The check of connection " + row.name());
      return new KindCheck(kind.name(), result.ok(), result.message());
    } catch (ApiException timeout) {
      return new KindCheck(kind.name(), false, timeout.getMessage());
    } catch (ConnectorException e) {
      return new KindCheck(kind.name(), false, e.toString());
    } catch (RuntimeException e) {
      log.warn("Check of connection {} failed unexpectedly", row.name(), e);
      return new KindCheck(kind.name(), false, "the check failed: " + e.getMessage());
    }
  }

  private static <C extends Record> CheckResult check(
      Connector<C> connector, Map<String, Object> config) {
    return connector.check(
        ConfigBinder.bind(
            config, connector.spec().configType(), connector.spec().id() + " config"));
  }

  private static <C extends Record> Catalog discover(Source<C> source, Map<String, Object> config) {
    return source.discover(
        ConfigBinder.bind(config, source.spec().configType(), source.spec().id() + " config"));
  }
}
