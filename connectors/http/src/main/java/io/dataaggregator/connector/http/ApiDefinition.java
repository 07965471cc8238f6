package io.dataaggregator.connector.http;

import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An API ready to read: a config with its manifest (if any) rendered and merged, every setting
 * checked. Immutable and compared by value, so equal configs share one {@link ApiSession}.
 *
 * @param origin how messages name where the settings came from ({@code "manifest salesforce"})
 * @param authSettings for each auth field, the setting a user should check when the API refuses
 *     the credentials ({@code token -> secrets.access_token}); fields not listed are {@code auth.*}
 */
record ApiDefinition(
    String origin,
    URI baseUrl,
    AuthConfig auth,
    Map<String, String> authSettings,
    Map<String, String> headers,
    List<StreamConfig> streams,
    double requestsPerSecond,
    RetryPolicy retry,
    Duration timeout,
    int sampleSize) {
  ApiDefinition {
    authSettings = Map.copyOf(authSettings);
    headers = Map.copyOf(headers);
    streams = List.copyOf(streams);
  }

  /** The setting that holds auth field {@code field}, as the user wrote it. */
  String setting(String field) {
    return authSettings.getOrDefault(field, "auth." + field);
  }

  StreamConfig stream(String name) {
    return streams.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new ConnectorException(
                    CommonErrorCode.NOT_FOUND,
                    "stream '" + name + "' is not defined by " + origin + "; its streams are "
                        + streams.stream().map(StreamConfig::name).toList()));
  }

  @Override
  public String toString() {
    return "ApiDefinition[" + origin + ", " + baseUrl + "]";
  }
}
