package io.dataaggregator.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.http.TestApi.Call;
import io.dataaggregator.connector.http.TestApi.Reply;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.DataType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Incremental reads by a query parameter from the last cursor, and resuming from checkpoints. */
class IncrementalIT {
  private final TestApi api = TestApi.start();
  private final List<ObjectNode> orders = new CopyOnWriteArrayList<>();
  private boolean honourFilter = true;

  @BeforeEach
  void serveOrders() {
    for (int i = 1; i <= 7; i++) {
      put(i, "2024-05-0" + i + "T10:00:00Z");
    }
    api.route("/orders", this::page);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private void put(int id, String updatedAt) {
    orders.removeIf(o -> o.get("id").asInt() == id);
    ObjectNode o = Reads.JSON.createObjectNode();
    o.put("id", id).put("status", id % 2 == 0 ? "shipped" : "open").put("amount", id * 10.5).put("updated_at", updatedAt);
    orders.add(o);
  }

  /** Orders updated at or after {@code updated_since}, oldest first, 3 a page. */
  private Reply page(Call c) {
    String since = c.param("updated_since");
    var matching = new ArrayList<ObjectNode>(orders);
    matching.sort(Comparator.comparing(o -> o.get("updated_at").asString()));
    if (since != null && honourFilter) {
      Instant from = since.matches("\\d+") ? Instant.ofEpochMilli(Long.parseLong(since))
          : Instant.parse(since.length() == 10 ? since + "T00:00:00Z" : since);
      matching.removeIf(o -> Instant.parse(o.get("updated_at").asString()).isBefore(from));
    }
    int page = Integer.parseInt(c.param("page"));
    ArrayNode data = Reads.JSON.createArrayNode();
    matching.stream().skip((page - 1) * 3L).limit(3).forEach(data::add);
    return Reply.json(Reads.json(Reads.JSON.createObjectNode().set("orders", data)));
  }

  private HttpSourceConfig config(String incremental) {
    return Reads.config("""
        base_url: %s
        sample_size: 3
        streams:
          - name: orders
            path: /orders
            params: {updated_since: "{{ cursor }}"}
            records: orders
            primary_key: [id]
            pagination: {type: page_number, page_size: 3}
            incremental: %s
        """.formatted(api.base(), incremental));
  }

  private List<String> sentCursors() {
    return api.calls("/orders").stream().map(c -> c.param("updated_since")).toList();
  }

  @Test
  void firstRunReadsEverythingAndSavesTheGreatestCursor() {
    var config = config("{cursor_field: updated_at}");
    var stream = Reads.discover(config, "orders", "updated_at");
    assertThat(stream.schema().field(stream.schema().require("updated_at")).type()).isEqualTo(DataType.TIMESTAMP_TZ);
    assertThat(stream.cursorCandidates()).containsExactly("updated_at");
    var r = Reads.readAll(config, stream, Checkpoint.START);
    assertThat(r.column("id")).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(r.checkpoint().state()).isEqualTo("{\"cursor\":\"2024-05-07T10:00:00Z\"}");
    assertThat(sentCursors()).containsOnlyNulls();
  }

  @Test
  void nextRunSendsTheSavedCursorAndReadsOnlyWhatChanged() {
    var config = config("{cursor_field: updated_at}");
    var first = Reads.readAll(config, "orders", "updated_at", Checkpoint.START);
    put(2, "2024-05-08T09:00:00Z");
    put(8, "2024-05-09T12:30:00Z");
    var second = Reads.readAll(config, "orders", "updated_at", first.checkpoint());
    // The record at the saved cursor comes again (>=): at least once, deduplicated by its key.
    assertThat(second.column("id")).containsExactly(7L, 2L, 8L);
    assertThat(second.checkpoint().state()).isEqualTo("{\"cursor\":\"2024-05-09T12:30:00Z\"}");
    assertThat(sentCursors()).last().isEqualTo("2024-05-07T10:00:00Z");
  }

  @Test
  void recordsOlderThanTheCursorAreSkippedEvenWhenTheApiIgnoresTheFilter() {
    honourFilter = false;
    var config = config("{cursor_field: updated_at}");
    var r = Reads.readAll(config, "orders", "updated_at", new Checkpoint("{\"cursor\":\"2024-05-05T10:00:00Z\"}"));
    assertThat(r.column("id")).containsExactly(5L, 6L, 7L);
  }

  @Test
  void theStartValueBoundsTheFirstRunAndIsWrittenInTheFormatAsked() {
    var config = Reads.config("""
        base_url: %s
        sample_size: 3
        streams:
          - name: orders
            path: /orders
            records: orders
            pagination: {type: page_number, page_size: 3}
            incremental:
              cursor_field: updated_at
              start: "2024-05-06T00:00:00+02:00"
              format: epoch_millis
              params: {updated_since: "{{ cursor }}"}
        """.formatted(api.base()));
    var r = Reads.readAll(config, "orders", "updated_at", Checkpoint.START);
    assertThat(r.column("id")).containsExactly(6L, 7L);
    assertThat(sentCursors()).last().isEqualTo(Long.toString(Instant.parse("2024-05-05T22:00:00Z").toEpochMilli()));
  }

  @Test
  void aDateAsStartOfATimestampCursorMeansThatDaysStartInUtc() {
    var r = Reads.readAll(config("{cursor_field: updated_at, start: '2024-05-06'}"), "orders", "updated_at", Checkpoint.START);
    assertThat(r.column("id")).containsExactly(6L, 7L);
    assertThat(sentCursors()).last().isEqualTo("2024-05-06");
  }

  @Test
  void aReadStoppedAfterAPageResumesAtTheNextOneWithoutLosingOrRepeating() {
    var config = config("{cursor_field: updated_at}");
    var stream = Reads.discover(config, "orders", "updated_at");
    var before = Reads.readAll(config, stream, Checkpoint.START).checkpoint();
    put(3, "2024-05-10T00:00:00Z");
    put(9, "2024-05-11T00:00:00Z");
    put(10, "2024-05-12T00:00:00Z");
    put(11, "2024-05-12T01:00:00+02:00");
    List<Object> firstPage;
    Checkpoint stoppedAt;
    try (var reader = Reads.SOURCE.read(config, stream, before)) {
      firstPage = reader.next().rows().stream().map(row -> row[0]).toList();
      stoppedAt = reader.checkpoint();
    }
    assertThat(firstPage).containsExactly(7L, 3L, 9L);
    assertThat(stoppedAt.state()).contains("\"cursor\":\"2024-05-07T10:00:00Z\"", "\"max\":\"2024-05-11T00:00:00Z\"", "page=2");
    var rest = Reads.readAll(config, stream, stoppedAt);
    assertThat(rest.column("id")).containsExactly(10L, 11L);
    // Compared as instants, not text: 01:00+02:00 on the 12th is 23:00Z on the 11th, before 10's.
    assertThat(rest.checkpoint().state()).isEqualTo("{\"cursor\":\"2024-05-12T00:00:00Z\"}");
  }

  @Test
  void aSavedPageTheApiNoLongerServesRestartsFromTheCursor() {
    var config = config("{cursor_field: updated_at}");
    var stream = Reads.discover(config, "orders", "updated_at");
    var stale = new Checkpoint("{\"cursor\":\"2024-05-06T10:00:00Z\",\"next\":{\"method\":\"GET\",\"url\":\""
        + api.base() + "/gone?page=9\"}}");
    api.route("/gone", c -> Reply.of(410, "application/json", "{\"error\":\"cursor expired\"}"));
    var r = Reads.readAll(config, stream, stale);
    assertThat(r.column("id")).containsExactly(6L, 7L);
  }

  @Test
  void aCheckpointFromElsewhereIsRefusedWithAClearMessage() {
    var config = config("{cursor_field: updated_at}");
    var stream = Reads.discover(config, "orders", "updated_at");
    assertThatThrownBy(() -> Reads.SOURCE.read(config, stream, new Checkpoint("offset=17")))
        .hasMessageContaining("saved state of stream orders was not written by the http source");
    assertThatThrownBy(() -> Reads.SOURCE.read(config, stream, new Checkpoint("{\"cursor\":\"last tuesday\"}")))
        .hasMessageContaining("the cursor value 'last tuesday' of updated_at (from the saved state or"
            + " incremental.start) does not fit its type");
  }
}
