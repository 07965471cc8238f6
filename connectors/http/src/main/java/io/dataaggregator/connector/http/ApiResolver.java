package io.dataaggregator.connector.http;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.DataType;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an {@link HttpSourceConfig} into an {@link ApiDefinition}: loads and renders its manifest
 * (if any), lets the config's own settings win, and checks what the JSON Schema cannot (URLs,
 * pagination fields, types, placeholders), with messages naming the stream and the setting.
 */
final class ApiResolver {
  private ApiResolver() {}

  static ApiDefinition resolve(HttpSourceConfig config) {
    ApiDefinition api =
        config.manifest() == null ? fromConfig(config) : fromManifest(config, Manifests.load(config.manifest()));
    check(api);
    return api;
  }

  private static ApiDefinition fromConfig(HttpSourceConfig c) {
    if (!c.inputs().isEmpty() || !c.secrets().isEmpty()) {
      throw invalid("inputs and secrets fill a manifest's placeholders: set manifest, or remove them");
    }
    if (c.baseUrl() == null) {
      throw invalid("base_url is required (or a manifest that sets it)");
    }
    if (c.streams().isEmpty()) {
      throw invalid("streams is required: at least one endpoint to read (or a manifest that has them)");
    }
    AuthConfig auth = c.auth() == null ? AuthConfig.none() : c.auth();
    return build(c, "the http source config", c.baseUrl(), auth, Map.of(), c.headers(), c.streams(), 0);
  }

  private static ApiDefinition fromManifest(HttpSourceConfig c, ManifestFile file) {
    var m = new ManifestResolver(file, c);
    String baseUrl = c.baseUrl() != null ? c.baseUrl() : m.baseUrl();
    AuthConfig auth = c.auth() != null ? c.auth() : m.auth().orElse(AuthConfig.none());
    Map<String, String> authSettings = c.auth() != null ? Map.of() : m.authSettings();
    var headers = new LinkedHashMap<>(m.headers());
    headers.putAll(c.headers());
    List<StreamConfig> streams = c.streams().isEmpty() ? m.streams() : c.streams();
    double rps = m.requestsPerSecond().orElse(0.0);
    return build(c, m.where(), baseUrl, auth, authSettings, headers, streams, rps);
  }

  private static ApiDefinition build(
      HttpSourceConfig c,
      String origin,
      String baseUrl,
      AuthConfig auth,
      Map<String, String> authSettings,
      Map<String, String> headers,
      List<StreamConfig> streams,
      double defaultRps) {
    var retry = new RetryPolicy(
        c.maxAttempts(), Duration.ofMillis(c.initialBackoffMs()), Duration.ofMillis(c.maxBackoffMs()));
    double rps = c.requestsPerSecond() != null ? c.requestsPerSecond() : defaultRps;
    return new ApiDefinition(origin, baseUri(baseUrl), auth, authSettings, headers, streams, rps, retry,
        Duration.ofSeconds(c.timeoutSeconds()), c.sampleSize());
  }

  private static URI baseUri(String text) {
    try {
      URI uri = new URI(text);
      if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        throw invalid("base_url '" + text + "' is not an absolute http(s) URL such as https://api.example.com/v1");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw invalid("base_url '" + text + "' is not a URL: " + e.getReason());
    }
  }

  private static void check(ApiDefinition api) {
    var names = new HashSet<String>();
    for (StreamConfig s : api.streams()) {
      if (!names.add(s.name())) {
        throw invalid(api.origin() + " has two streams named '" + s.name() + "'");
      }
      String where = api.origin() + ", stream " + s.name();
      checkPagination(where + ", pagination", s.pagination());
      // Compiles the JSONPaths now, so a typo fails before the first request.
      new RecordSelector(s.records(), s.name());
      Paginator.of(s.pagination(), s.name());
      if (s.incremental() != null && s.incremental().pagination() != null) {
        checkPagination(where + ", incremental.pagination", s.incremental().pagination());
      }
      s.schema().forEach((field, type) -> {
        try {
          DataType.parse(type);
        } catch (IllegalArgumentException e) {
          throw invalid(where + ", schema." + field + ": " + e.getMessage());
        }
      });
      for (String v : Templates.variables(List.of(s.path(), s.params(), s.body() == null ? Map.of() : s.body()))) {
        if (!v.equals("cursor")) {
          throw invalid(where + " uses {{ " + v + " }}; in stream settings only {{ cursor }} is known");
        }
      }
      CursorFormat.check(where, s.incremental());
    }
  }

  private static void checkPagination(String where, PaginationConfig p) {
    switch (p.type()) {
      case cursor -> {
        if (p.tokenPath().isEmpty() || p.tokenParam().isEmpty()) {
          throw invalid(where + ": type cursor needs token_path (where the next token is in the body)"
              + " and token_param (the parameter it is sent back in)");
        }
      }
      case next_url -> {
        if (p.urlPath().isEmpty()) {
          throw invalid(where + ": type next_url needs url_path (where the next URL is in the body)");
        }
      }
      default -> {}
    }
  }

  static ConnectorException invalid(String message) {
    return new ConnectorException(HttpErrorCode.INVALID_SETTING, message);
  }
}
