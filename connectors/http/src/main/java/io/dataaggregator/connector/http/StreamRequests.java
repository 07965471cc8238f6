package io.dataaggregator.connector.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stream's first request and its pagination: the stream's own settings for a full read, its
 * {@code incremental} ones once a cursor value is known, with {@code {{ cursor }}} filled in. A
 * query parameter that needs the cursor is left out while none is known.
 */
record StreamRequests(PageRequest first, Paginator paginator) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static StreamRequests of(ApiDefinition api, StreamConfig s, String cursor) {
    IncrementalConfig inc = cursor == null ? null : s.incremental();
    String path = inc != null && inc.path() != null ? inc.path() : s.path();
    HttpMethod method = inc != null && inc.method() != null ? inc.method() : s.method();
    Map<String, Object> params = inc != null && inc.params() != null ? inc.params() : s.params();
    Map<String, Object> body = inc != null && inc.body() != null ? inc.body() : s.body();
    PaginationConfig pagination = inc != null && inc.pagination() != null ? inc.pagination() : s.pagination();
    Optional<Object> value = cursor == null ? Optional.empty()
        : Optional.of(CursorFormat.render(s.incremental() == null ? "raw" : s.incremental().format(), cursor, s.name()));
    Templates.Lookup lookup = name -> value;

    URI uri = Urls.join(api.baseUrl(), Templates.text(Templates.render(path, lookup)));
    var query = new LinkedHashMap<String, String>();
    params.forEach((k, v) -> {
      if (value.isPresent() || !Templates.variables(v).contains("cursor")) {
        query.put(k, Templates.text(Templates.render(v, lookup)));
      }
    });
    JsonNode json = body == null ? null : JSON.valueToTree(Templates.render(body, lookup));
    Paginator paginator = Paginator.of(pagination, s.name());
    return new StreamRequests(paginator.first(new PageRequest(method, Urls.withParams(uri, query), json)), paginator);
  }
}
