package io.dataaggregator.connector.http;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.SyncMode;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one stream page by page; each page is one batch, and the checkpoint after it holds the
 * request for the next page, so a run resumes at the first page not yet delivered. Used by one
 * thread (the runner's reader thread).
 */
final class HttpBatchReader implements BatchReader {
  private static final Logger LOG = LoggerFactory.getLogger(HttpBatchReader.class);

  private final ApiSession session;
  private final StreamConfig config;
  private final String name;
  private final Schema schema;
  private final RecordShaper shaper;
  private final RecordSelector selector;
  private final CursorTracker cursor;
  private final StreamRequests requests;
  private PageRequest nextRequest;
  private Page ahead;
  private boolean resumed;
  private long position;
  private long bytes;

  HttpBatchReader(ApiSession session, StreamConfig config, CatalogStream stream, Checkpoint from) {
    this.session = session;
    this.config = config;
    this.name = stream.name();
    this.schema = stream.schema();
    this.shaper = new RecordShaper(config);
    this.selector = new RecordSelector(config.records(), name);
    StreamState state = StreamState.of(from, name);
    boolean incremental = stream.sync() == SyncMode.INCREMENTAL;
    String start = config.incremental() == null ? null : config.incremental().start();
    String lower = incremental ? (state.cursor() != null ? state.cursor() : start) : null;
    int index = incremental ? schema.require(stream.cursorField()) : -1;
    this.cursor = new CursorTracker(stream.cursorField(), index,
        index < 0 ? null : schema.field(index).type(), lower, incremental ? state.max() : null);
    this.requests = StreamRequests.of(session.api(), config, lower);
    this.resumed = state.next() != null;
    this.nextRequest = resumed ? state.next() : requests.first();
  }

  /**
   * The next page's batch. One page is read ahead, so that the checkpoint of the last batch is
   * already the end of the read (with the final cursor): the runner commits the checkpoint of the
   * last batch it got, and a page found empty only afterwards would leave a stale position.
   */
  @Override
  public Batch next() {
    Page current = ahead != null ? ahead : fetchNonEmpty();
    if (current == null) {
      return null;
    }
    ahead = fetchNonEmpty();
    current.cursorValues().forEach(cursor::observe);
    return current.batch();
  }

  /** A fetched page with rows or rejections; the raw cursor values of its rows, in order. */
  private record Page(PageRequest request, Batch batch, List<CursorTracker.Seen> cursorValues) {}

  private Page fetchNonEmpty() {
    while (nextRequest != null) {
      Response r = fetch(nextRequest);
      PageRequest current = r.request();
      bytes += r.body().length;
      JsonNode body = BodyParser.parse(r, config.format());
      List<JsonNode> records = selector.select(body, r);
      Optional<PageRequest> following = requests.paginator().next(current, r, body, records.size());
      if (following.isPresent() && following.get().equals(current)) {
        throw new ConnectorException(HttpErrorCode.PAGINATION_LOOP, "stream " + name + ": the page after "
            + current.describe() + " is the same request again; check the stream's pagination settings");
      }
      nextRequest = following.orElse(null);
      Page page = toPage(current, records);
      if (!page.batch().isEmpty()) {
        return page;
      }
    }
    return null;
  }

  /** The request; a resumed page the API no longer serves (an expired token) restarts the read. */
  private Response fetch(PageRequest request) {
    if (!resumed) {
      return session.fetch(request, config.headers());
    }
    resumed = false;
    try {
      return session.fetch(request, config.headers());
    } catch (ConnectorException e) {
      if (e.errorCode() != HttpErrorCode.CLIENT_ERROR && e.errorCode() != HttpErrorCode.NOT_FOUND) {
        throw e;
      }
      LOG.warn("stream {}: the saved page {} is no longer served ({}); reading again from the cursor",
          name, request.describe(), e.getMessage());
      return session.fetch(requests.first(), config.headers());
    }
  }

  private Page toPage(PageRequest request, List<JsonNode> records) {
    var rows = new ArrayList<Object[]>(records.size());
    var rejections = new ArrayList<Rejection>();
    var seen = new ArrayList<CursorTracker.Seen>();
    for (JsonNode record : records) {
      position++;
      ObjectNode shaped = shaper.shape(record);
      Object[] row = new Object[schema.size()];
      Rejection bad = fill(shaped, row, record);
      if (bad != null) {
        rejections.add(bad);
      } else if (cursor.keep(row)) {
        cursor.seen(row, shaped).ifPresent(seen::add);
        rows.add(row);
      }
    }
    return new Page(request, new Batch(schema, rows, rejections), seen);
  }

  /** Fills {@code row}; returns null, or the rejection of the record for its first bad value. */
  private Rejection fill(ObjectNode shaped, Object[] row, JsonNode record) {
    for (int i = 0; i < row.length; i++) {
      var field = schema.field(i);
      try {
        row[i] = ValueConverter.convert(shaped.get(field.name()), field.type());
      } catch (ValueConverter.BadValue e) {
        return new Rejection(name, position, field.name(), field.name() + ": " + e.getMessage(), record.toString());
      }
    }
    return null;
  }

  /** After the last batch returned: the read-ahead page's request, or the end with the final cursor. */
  @Override
  public Checkpoint checkpoint() {
    if (ahead == null && nextRequest == null) {
      return new StreamState(cursor.max(), null, null).toCheckpoint();
    }
    PageRequest resumeAt = ahead != null ? ahead.request() : nextRequest;
    return new StreamState(cursor.lower(), cursor.max(), resumeAt).toCheckpoint();
  }

  @Override
  public long bytesRead() {
    return bytes;
  }

  @Override
  public void close() {
    // Nothing to release: the session's client is shared and each page's body is already read.
  }
}
