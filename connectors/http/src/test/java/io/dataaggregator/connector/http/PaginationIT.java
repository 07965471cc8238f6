package io.dataaggregator.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.http.TestApi.Reply;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.DataType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every pagination style against a real server serving 150 cars of vega-datasets' cars.json. */
class PaginationIT {
  private static final ArrayNode CARS = Reads.cars();
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpSourceConfig config(String pagination, String records) {
    return Reads.config("""
        base_url: %s/v1
        sample_size: 10
        streams:
          - name: cars
            path: /cars
            records: %s
            pagination: %s
            # The sample of 10 has only whole displacements; car 66 has 97.5.
            schema: {Displacement: double}
        """.formatted(api.base(), records, pagination));
  }

  private void assertAllCars(Reads.Result r) {
    assertThat(r.rows()).hasSize(CARS.size());
    assertThat(r.column("Name")).first().isEqualTo("chevrolet chevelle malibu");
    assertThat(r.column("Name")).last().isEqualTo(CARS.get(CARS.size() - 1).get("Name").asString());
    assertThat(r.rejections()).isEmpty();
  }

  @Test
  void pageNumberReadsUntilAShortPage() {
    api.route("/v1/cars", c -> {
      int page = Integer.parseInt(c.param("page"));
      int size = Integer.parseInt(c.param("per_page"));
      var o = Reads.JSON.createObjectNode();
      o.set("data", Reads.slice(CARS, (page - 1) * size, page * size));
      return Reply.json(Reads.json(o));
    });
    var r = Reads.readAll(config("{type: page_number, size_param: per_page, page_size: 40}", "$.data"),
        "cars", null, Checkpoint.START);
    assertAllCars(r);
    // 150 cars in pages of 40: the 4th page has 30, so no 5th request; discovery read one page.
    assertThat(api.calls("/v1/cars")).extracting(c -> c.param("page")).containsExactly("1", "1", "2", "3", "4");
  }

  @Test
  void pageNumberWithoutPageSizeStopsOnAnEmptyPage() {
    api.route("/v1/cars", c -> {
      int page = Integer.parseInt(c.param("page"));
      return Reply.json(Reads.json(Reads.slice(CARS, page * 50, page * 50 + 50)));
    });
    var r = Reads.readAll(config("{type: page_number, start_page: 0}", "$"), "cars", null, Checkpoint.START);
    assertAllCars(r);
    assertThat(api.calls("/v1/cars")).extracting(c -> c.param("page")).containsExactly("0", "0", "1", "2", "3");
  }

  @Test
  void offsetAndLimitAdvanceByTheRecordsReceived() {
    api.route("/v1/cars", c -> {
      int offset = Integer.parseInt(c.param("offset"));
      int limit = Integer.parseInt(c.param("limit"));
      var o = Reads.JSON.createObjectNode();
      o.put("total", CARS.size());
      o.set("items", Reads.slice(CARS, offset, offset + limit));
      return Reply.json(Reads.json(o));
    });
    var r = Reads.readAll(config("{type: offset, page_size: 60}", "items"), "cars", null, Checkpoint.START);
    assertAllCars(r);
    assertThat(api.calls("/v1/cars").stream().skip(1).toList()).extracting(c -> c.param("offset")).containsExactly("0", "60", "120");
  }

  @Test
  void cursorTokenInTheBodyIsSentBackUntilItDisappears() {
    api.route("/v1/cars", c -> {
      int at = c.param("after") == null ? 0 : Integer.parseInt(c.param("after").substring(4));
      ObjectNode o = Reads.JSON.createObjectNode();
      o.set("results", Reads.slice(CARS, at, at + 35));
      if (at + 35 < CARS.size()) {
        o.putObject("paging").putObject("next").put("after", "tok-" + (at + 35));
      }
      return Reply.json(Reads.json(o));
    });
    var r = Reads.readAll(
        config("{type: cursor, token_path: $.paging.next.after, token_param: after}", "$.results"),
        "cars", null, Checkpoint.START);
    assertAllCars(r);
    assertThat(api.calls("/v1/cars").stream().skip(1).toList()).extracting(c -> c.param("after"))
        .containsExactly(null, "tok-35", "tok-70", "tok-105", "tok-140");
  }

  @Test
  void linkHeaderRelNextIsFollowed() {
    api.route("/v1/cars", c -> {
      int page = c.param("page") == null ? 1 : Integer.parseInt(c.param("page"));
      Reply reply = Reply.json(Reads.json(Reads.slice(CARS, (page - 1) * 70, page * 70)));
      String last = "<" + api.base() + "/v1/cars?page=3>; rel=\"last\"";
      return page < 3 ? reply.with("Link", "<" + api.base() + "/v1/cars?page=" + (page + 1)
          + ">; rel=\"next\", " + last) : reply.with("Link", "<" + api.base() + "/v1/cars?page=1>; rel=\"first\"");
    });
    var r = Reads.readAll(config("{type: link_header}", "$"), "cars", null, Checkpoint.START);
    assertAllCars(r);
    assertThat(api.calls("/v1/cars").stream().skip(1).toList()).extracting(c -> c.param("page")).containsExactly(null, "2", "3");
  }

  @Test
  void nextUrlInTheBodyIsFollowedRelativeToTheRequest() {
    api.route("/v1/cars", c -> {
      int page = c.param("p") == null ? 0 : Integer.parseInt(c.param("p"));
      ObjectNode o = Reads.JSON.createObjectNode();
      o.set("data", Reads.slice(CARS, page * 64, page * 64 + 64));
      o.putObject("links").put("next", page < 2 ? "/v1/cars?p=" + (page + 1) : null);
      return Reply.json(Reads.json(o));
    });
    var r = Reads.readAll(config("{type: next_url, url_path: $.links.next}", "$.data"), "cars", null, Checkpoint.START);
    assertAllCars(r);
    assertThat(r.schema().field(r.schema().require("Year")).type()).isEqualTo(DataType.DATE);
    assertThat(r.column("Year")).first().isEqualTo(LocalDate.of(1970, 1, 1));
  }

  @Test
  void aPageThatPointsToItselfFailsInsteadOfLoopingForever() {
    api.route("/v1/cars", c -> Reply.json("{\"data\": [{\"a\": 1}], \"next\": \"/v1/cars?p=1\"}"));
    var config = config("{type: next_url, url_path: next}", "data");
    assertThatThrownBy(() -> Reads.readAll(config, "cars", null, Checkpoint.START))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("same request again")
        .extracting(e -> ((ConnectorException) e).errorCode())
        .isEqualTo(HttpErrorCode.PAGINATION_LOOP);
  }

  @Test
  void eachPageIsOneBatchAndItsCheckpointResumesAtTheNextPage() {
    api.route("/v1/cars", c -> {
      int page = Integer.parseInt(c.param("page"));
      return Reply.json(Reads.json(Reads.slice(CARS, (page - 1) * 50, page * 50)));
    });
    var config = config("{type: page_number, size_param: size, page_size: 50}", "$");
    var stream = Reads.discover(config, "cars", null);
    List<Object> firstPage;
    Checkpoint afterFirst;
    try (var reader = Reads.SOURCE.read(config, stream, Checkpoint.START)) {
      firstPage = reader.next().rows().stream().map(row -> row[0]).toList();
      afterFirst = reader.checkpoint();
    }
    assertThat(firstPage).hasSize(50);
    assertThat(afterFirst.state()).contains("page=2");
    var rest = Reads.readAll(config, stream, afterFirst);
    assertThat(rest.rows()).hasSize(100);
    assertThat(rest.column("Name").getFirst()).isEqualTo(CARS.get(50).get("Name").asString());
  }
}
