package io.dataaggregator.connector.http;

import com.google.auto.service.AutoService;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Source;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.engine.type.TypeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The {@code http} source: REST APIs described in the config or by a manifest (built-in Salesforce
 * and HubSpot, or a YAML file). Stateless and thread-safe; what streams of one API share (client,
 * rate limit, OAuth2 token) lives in an {@link ApiSession}.
 */
@AutoService(Source.class)
public final class HttpSource implements Source<HttpSourceConfig> {
  private static final ConnectorSpec<HttpSourceConfig> SPEC = new ConnectorSpec<>(
      "http",
      "HTTP / REST API",
      "REST and SaaS APIs returning JSON or XML: pagination, auth (basic, bearer, API key, OAuth2),"
          + " retries, rate limit, incremental reads; manifests for Salesforce, HubSpot or your own API",
      HttpSourceConfig.class);

  @Override
  public ConnectorSpec<HttpSourceConfig> spec() {
    return SPEC;
  }

  @Override
  public CheckResult check(HttpSourceConfig config) {
    try {
      ApiSession session = ApiSession.of(ApiResolver.resolve(config));
      StreamConfig first = session.api().streams().getFirst();
      int records = Sampler.sample(session, first, 1).firstPage();
      return CheckResult.success("reached " + session.api().baseUrl() + ": stream " + first.name()
          + " returned " + records + " record" + (records == 1 ? "" : "s") + " on its first page");
    } catch (ConnectorException e) {
      return CheckResult.failure(e.getMessage());
    }
  }

  /** Reads a sample of each stream to infer its schema; declared {@code schema} types win. */
  @Override
  public Catalog discover(HttpSourceConfig config) {
    ApiSession session = ApiSession.of(ApiResolver.resolve(config));
    var streams = new ArrayList<CatalogStream>();
    for (StreamConfig s : session.api().streams()) {
      streams.add(discover(session, s));
    }
    return new Catalog(streams);
  }

  private static CatalogStream discover(ApiSession session, StreamConfig s) {
    Sampler.Sample sample = Sampler.sample(session, s, session.api().sampleSize());
    var declared = new LinkedHashMap<String, String>(s.schema());
    String cursorField = s.incremental() == null ? null : s.incremental().cursorField();
    for (String key : s.primaryKey()) {
      declared.putIfAbsent(key, null);
    }
    if (cursorField != null) {
      declared.putIfAbsent(cursorField, null);
    }
    Schema schema = SchemaInference.infer(sample.records(), declared, sample.xml());
    var candidates = new LinkedHashSet<String>();
    if (cursorField != null) {
      candidates.add(cursorField);
    }
    for (Field f : schema.fields()) {
      TypeKind k = f.type().kind();
      if (k == TypeKind.TIMESTAMP || k == TypeKind.TIMESTAMP_TZ || k == TypeKind.DATE) {
        candidates.add(f.name());
      }
    }
    return CatalogStream.of(s.name(), schema)
        .withPrimaryKey(s.primaryKey())
        .withCursorCandidates(List.copyOf(candidates));
  }

  @Override
  public BatchReader read(HttpSourceConfig config, CatalogStream stream, Checkpoint from) {
    ApiSession session = ApiSession.of(ApiResolver.resolve(config));
    return new HttpBatchReader(session, session.api().stream(stream.name()), stream, from);
  }
}
