package io.dataaggregator.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.http.TestApi.Reply;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Rejection;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** XML bodies, bodies that are not what they should be, and values that do not fit. */
class BodiesIT {
  private static final ArrayNode CARS = Reads.cars();
  private final TestApi api = TestApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpSourceConfig config(String stream) {
    return Reads.config("""
        base_url: %s
        max_attempts: 1
        streams:
          - %s
        """.formatted(api.base(), stream));
  }

  private static ConnectorException failure(Runnable r) {
    try {
      r.run();
    } catch (ConnectorException e) {
      return e;
    }
    throw new AssertionError("expected a ConnectorException");
  }

  /** Cars {@code from} to {@code to} as an XML catalog page, with attributes and a next link. */
  private static String carsXml(int from, int to, String next) {
    var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n  <cars>\n");
    for (int i = from; i < to; i++) {
      JsonNode c = CARS.get(i);
      xml.append("    <car id=\"").append(i + 1).append("\" origin=\"").append(c.get("Origin").asString()).append("\">")
          .append("<name>").append(c.get("Name").asString().replace("&", "&amp;")).append("</name>")
          .append("<cylinders>").append(c.get("Cylinders").asInt()).append("</cylinders>")
          .append("<acceleration>").append(c.get("Acceleration").asString()).append("</acceleration>")
          .append("<year>").append(c.get("Year").asString()).append("</year></car>\n");
    }
    return xml.append("  </cars>\n  <next>").append(next).append("</next>\n</response>\n").toString();
  }

  @Test
  void xmlPagesAreReadWithAttributesAndTypedText() {
    api.route("/cars.xml", c -> {
      int page = c.param("page") == null ? 1 : Integer.parseInt(c.param("page"));
      // The last page holds one car: a lone element, not a list, in XML.
      String body = page == 1 ? carsXml(0, 20, "/cars.xml?page=2") : carsXml(20, 21, "");
      return Reply.of(200, "application/xml; charset=utf-8", body);
    });
    var config = config("{name: cars, path: /cars.xml, records: $.cars.car, pagination: {type: next_url, url_path: $.next}}");
    var r = Reads.readAll(config, "cars", null, Checkpoint.START);
    assertThat(r.rows()).hasSize(21);
    var types = r.schema().byName();
    assertThat(types.get("id").type()).isEqualTo(DataType.BIGINT);
    assertThat(types.get("cylinders").type()).isEqualTo(DataType.BIGINT);
    assertThat(types.get("acceleration").type()).isEqualTo(DataType.DOUBLE);
    assertThat(types.get("year").type()).isEqualTo(DataType.DATE);
    assertThat(r.row(0)).containsEntry("id", 1L).containsEntry("origin", "USA")
        .containsEntry("name", "chevrolet chevelle malibu").containsEntry("cylinders", 8L)
        .containsEntry("acceleration", 12.0).containsEntry("year", LocalDate.of(1970, 1, 1));
    assertThat(r.row(20)).containsEntry("id", 21L).containsEntry("name", CARS.get(20).get("Name").asString());
  }

  @Test
  void invalidJsonNamesTheUrlAndThePosition() {
    api.route("/cars", c -> Reply.json("{\"data\": [\n  {\"a\": 1},\n  {\"a\": 2,]\n}"));
    var e = failure(() -> Reads.SOURCE.discover(config("{name: cars, path: /cars, records: data}")));
    assertThat(e.errorCode()).isEqualTo(HttpErrorCode.BAD_BODY);
    assertThat(e.getMessage()).startsWith("invalid JSON in the response from GET " + api.base() + "/cars at line 3, column 11");
  }

  @Test
  void anHtmlPageIsRefusedNamingItsContentType() {
    api.route("/cars", c -> Reply.of(200, "text/html; charset=utf-8",
        "<!DOCTYPE html><html><head><title>Sign in</title></head><body>Please sign in</body></html>"));
    var e = failure(() -> Reads.SOURCE.discover(config("{name: cars, path: /cars}")));
    assertThat(e.errorCode()).isEqualTo(HttpErrorCode.UNEXPECTED_CONTENT_TYPE);
    assertThat(e.getMessage()).contains("expected JSON or XML from GET " + api.base() + "/cars",
        "Content-Type text/html; charset=utf-8", "it begins: <!DOCTYPE html><html><head><title>Sign in", "set the stream's format");
  }

  @Test
  void aMislabelledBodyIsReadWhenTheFormatIsGiven() {
    api.route("/cars", c -> Reply.of(200, "text/plain", Reads.json(Reads.slice(CARS, 0, 5))));
    var r = Reads.readAll(config("{name: cars, path: /cars, format: json}"), "cars", null, Checkpoint.START);
    assertThat(r.rows()).hasSize(5);
  }

  @Test
  void aSelectorMatchingNothingNamesTheFieldsThatAreThere() {
    api.route("/cars", c -> Reply.json("{\"results\": [{\"a\": 1}], \"paging\": {}}"));
    var e = failure(() -> Reads.SOURCE.discover(config("{name: cars, path: /cars, records: $.data}")));
    assertThat(e.errorCode()).isEqualTo(HttpErrorCode.SELECTOR_NO_MATCH);
    assertThat(e.getMessage()).isEqualTo("the records path '$.data' of stream cars matched nothing in the response"
        + " from GET " + api.base() + "/cars; the body's top-level fields are [results, paging]; set the stream's"
        + " records to the path of the array of records");
  }

  @Test
  void aJsonPathFilterSelectsSomeRecords() {
    api.route("/cars", c -> Reply.json("{\"data\": " + Reads.json(Reads.slice(CARS, 0, 40)) + "}"));
    var r = Reads.readAll(config("{name: cars, path: /cars, records: \"$.data[?(@.Origin == 'Japan')]\"}"),
        "cars", null, Checkpoint.START);
    assertThat(r.column("Origin")).isNotEmpty().containsOnly("Japan");
  }

  @Test
  void aValueThatDoesNotFitTheSampledTypeIsRejectedWithItsReasonAndReadingGoesOn() {
    api.route("/cars", c -> Reply.json(Reads.json(CARS)));
    var config = Reads.config("""
        base_url: %s
        sample_size: 10
        streams: [{name: cars, path: /cars}]
        """.formatted(api.base()));
    var r = Reads.readAll(config, "cars", null, Checkpoint.START);
    assertThat(r.rows()).hasSize(149);
    assertThat(r.rejections()).singleElement().satisfies((Rejection bad) -> {
      assertThat(bad.position()).isEqualTo(66);
      assertThat(bad.field()).isEqualTo("Displacement");
      assertThat(bad.reason()).isEqualTo("Displacement: 97.5 is not a whole number, so it does not fit bigint");
      assertThat(bad.raw()).contains("\"Displacement\":97.5");
    });
  }

  @Test
  void anEmptyBodyIsAPageWithoutRecords() {
    api.route("/cars", c -> new Reply(204, java.util.Map.of(), new byte[0]));
    var r = Reads.readAll(config("{name: cars, path: /cars, schema: {Name: string}}"), "cars", null, Checkpoint.START);
    assertThat(r.rows()).isEmpty();
    assertThat(r.schema().names()).containsExactly("Name");
  }
}
