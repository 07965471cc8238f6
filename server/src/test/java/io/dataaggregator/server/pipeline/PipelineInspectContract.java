package io.dataaggregator.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.testing.Api.Reply;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import io.dataaggregator.testkit.ThrowawayPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Preview, profile and templates over HTTP, on real CSV files. */
public abstract class PipelineInspectContract extends ServerIT {
  @TempDir Path folder;

  private String flights() throws Exception {
    Path file = folder.resolve("flights.csv");
    Files.writeString(
        file, "id,origin,delay,fare\n1,LAX,5,120.50\n2,SFO,late,99.99\n3,JFK,-2,80.00\n");
    return """
    name: %s
    source:
      connector: csv
      config:
        path: %s
    transforms:
      - cast:
          delay: int
          fare: decimal(10,2)
      - filter: "delay > 0"
    destination:
      connector: json
      config:
        path: %s
    """
        .formatted(uniqueName("preview"), file, folder.resolve("out"));
  }

  @Test
  void previewShowsTheRowsAfterEachNodeAndTheRowTheCastRejects() throws Exception {
    Session designer = loginAs(Role.DESIGNER);
    String id = PipelinesApiContract.createdId(designer, flights());
    JsonNode steps =
        designer.post("/api/v1/pipelines/" + id + "/preview", null).expect(200).body().get("steps");
    var names = new java.util.ArrayList<String>();
    steps.forEach(node -> names.add(node.get("name").asString()));
    assertThat(names).containsExactly("source", "cast", "filter");
    assertThat(steps.get(0).get("rows").size()).isEqualTo(3);
    JsonNode cast = steps.get(1);
    assertThat(cast.get("rows").size()).isEqualTo(2);
    assertThat(cast.get("rejected").size()).isEqualTo(1);
    JsonNode rejected = cast.get("rejected").get(0);
    assertThat(rejected.get("field").asString()).isEqualTo("delay");
    assertThat(rejected.get("reason").asString()).contains("late");
    assertThat(cast.get("fields").get(2).get("type").asString()).isEqualTo("int");
    assertThat(cast.get("rows").get(0).get(2).asInt()).isEqualTo(5);
    assertThat(cast.get("rows").get(0).get(3).isString())
        .as("decimals stay exact, as text")
        .isTrue();
    assertThat(cast.get("rows").get(0).get(3).asString()).isEqualTo("120.50");
    assertThat(steps.get(2).get("rows").size()).isEqualTo(1);

    JsonNode sourceOnly =
        designer
            .post("/api/v1/pipelines/" + id + "/preview?step=0&rows=2", null)
            .expect(200)
            .body()
            .get("steps");
    assertThat(sourceOnly.size()).isEqualTo(1);
    assertThat(sourceOnly.get(0).get("rows").size()).isEqualTo(2);
    designer.post("/api/v1/pipelines/" + id + "/preview?rows=0", null).expectProblem(400, "rows");
    Reply noStream =
        designer
            .post("/api/v1/pipelines/" + id + "/preview?stream=nope", null)
            .expectProblem(422, null);
    assertThat(noStream.text("detail")).contains("'nope'", "flights");
  }

  @Test
  void previewEnrichesRowsFromTheQueryOfAStoredConnection() throws Exception {
    try (ThrowawayPostgres reference = ThrowawayPostgres.create()) {
      reference.execute(
          "CREATE TABLE airports (iata text PRIMARY KEY, name text, latitude double precision)",
          "INSERT INTO airports VALUES ('LAX', 'Los Angeles International', 33.94253611),"
              + " ('SFO', 'San Francisco International', 37.61900194)");
      Session designer = loginAs(Role.DESIGNER);
      String connection = uniqueName("reference");
      designer
          .post(
              "/api/v1/connections",
              Map.of(
                  "name",
                  connection,
                  "connector",
                  "postgres",
                  "config",
                  Map.of(
                      "host",
                      reference.host(),
                      "database",
                      reference.database(),
                      "user",
                      reference.user())))
          .expect(201);
      String lookup =
          """
            - lookup:
                query: {connection: %s, sql: "%s"}
                key: {origin: iata}
                columns: {name: origin_name, latitude: origin_latitude}
          destination:\
          """
              .formatted(connection, "select iata, name, latitude from airports");
      String yaml = flights().replace("  - filter: \"delay > 0\"\ndestination:", lookup);

      JsonNode steps =
          designer
              .post("/api/v1/pipelines/preview", Map.of("yaml", yaml))
              .expect(200)
              .body()
              .get("steps");
      JsonNode enriched = steps.get(2);
      assertThat(enriched.get("name").asString()).isEqualTo("lookup");
      assertThat(enriched.get("fields").get(5).get("type").asString()).isEqualTo("double");
      assertThat(enriched.get("rows").get(0).get(4).asString())
          .isEqualTo("Los Angeles International");
      assertThat(enriched.get("rows").get(1).get(4).isNull())
          .as("JFK is not in the table")
          .isTrue();

      Reply refused =
          designer
              .post(
                  "/api/v1/pipelines/preview",
                  Map.of("yaml", yaml.replace("latitude from", "lat from")))
              .expectProblem(400, null);
      assertThat(refused.text("detail"))
          .contains("step 2 (lookup): query.sql: column \"lat\" does not exist");
      Reply unknown =
          designer.post(
              "/api/v1/pipelines/validate",
              Map.of("yaml", yaml.replace("connection: " + connection, "connection: nowhere")));
      assertThat(unknown.body().toString())
          .contains("transforms[1].lookup.query.connection")
          .contains("no stored connection named 'nowhere'");
    }
  }

  @Test
  void previewShowsTheRowsAStepSendsIntoAChildStream() throws Exception {
    Path file = folder.resolve("orders.json");
    Files.writeString(
        file, "[{\"id\": 1, \"items\": [\"tea\", \"cake\"]}, {\"id\": 2, \"items\": []}]");
    String yaml =
        """
        name: %s
        source: {connector: json, config: {path: %s}}
        transforms:
          - explode: {field: items, into: order_items, parent_key: [id], index: line}
        destination: {connector: json, config: {path: %s}}
        """
            .formatted(uniqueName("child"), file, folder.resolve("out"));
    JsonNode steps =
        loginAs(Role.DESIGNER)
            .post("/api/v1/pipelines/preview", Map.of("yaml", yaml))
            .expect(200)
            .body()
            .get("steps");
    JsonNode explode = steps.get(1);
    assertThat(explode.get("fields").findValuesAsString("name")).containsExactly("id");
    assertThat(explode.get("rows").size()).isEqualTo(2);
    JsonNode child = explode.get("children").get(0);
    assertThat(child.get("stream").asString()).isEqualTo("order_items");
    assertThat(child.get("fields").findValuesAsString("name")).containsExactly("id", "line", "items");
    assertThat(child.get("rows").toString()).isEqualTo("[[1,0,\"tea\"],[1,1,\"cake\"]]");
    assertThat(steps.get(0).get("children").size()).isZero();
  }

  @Test
  void aDraftIsPreviewedWithoutBeingStored() throws Exception {
    Session designer = loginAs(Role.DESIGNER);
    Reply reply =
        designer.post("/api/v1/pipelines/preview?step=1", Map.of("yaml", flights())).expect(200);
    assertThat(reply.body().get("steps").size()).isEqualTo(2);
    String missingFile = flights().replace("flights.csv", "nothing.csv");
    assertThat(designer.post("/api/v1/pipelines/preview", Map.of("yaml", missingFile)).status())
        .isIn(400, 422);
  }

  @Test
  void profileDescribesTheOutputFields() throws Exception {
    Session designer = loginAs(Role.DESIGNER);
    String id = PipelinesApiContract.createdId(designer, flights());
    JsonNode fields =
        designer
            .post("/api/v1/pipelines/" + id + "/profile", null)
            .expect(200)
            .body()
            .get("fields");
    assertThat(fields.findValuesAsString("field")).containsExactly("id", "origin", "delay", "fare");
    JsonNode delay = fields.get(2);
    assertThat(delay.get("min").asInt()).isEqualTo(5);
    assertThat(delay.get("conformance").asDouble()).isLessThan(1.0);
  }

  @Test
  void everyTemplateMakesAPipelineThatCompiles() throws Exception {
    Session designer = loginAs(Role.DESIGNER);
    JsonNode templates = designer.get("/api/v1/pipeline-templates").expect(200).body();
    assertThat(templates.findValuesAsString("id"))
        .containsExactlyInAnyOrder(
            "csv-cleanup", "csv-to-postgres", "postgres-incremental", "rest-api-to-json");
    assertThat(templates.get(0).get("parameters").findValuesAsString("name")).contains("name");

    String source = uniqueName("src");
    String target = uniqueName("dst");
    for (String name : new String[] {source, target}) {
      designer
          .post(
              "/api/v1/connections",
              Map.of(
                  "name",
                  name,
                  "connector",
                  "postgres",
                  "config",
                  Map.of("database", "shop", "user", "postgres")))
          .expect(201);
    }
    Path csv = folder.resolve("people.csv");
    Files.writeString(csv, "ID,Full Name\n1,  Ann   Lee \n1,Ann Lee\nx,Bob\n");
    fromTemplate(
        designer,
        "csv-to-postgres",
        Map.of("path", csv.toString(), "connection", target, "table", "people"));
    fromTemplate(
        designer,
        "postgres-incremental",
        Map.of("source_connection", source, "table", "orders", "destination_connection", target));
    fromTemplate(designer, "rest-api-to-json", Map.of("output", folder.resolve("api").toString()));
    String cleanup =
        fromTemplate(
            designer,
            "csv-cleanup",
            Map.of("path", csv.toString(), "output", folder.resolve("clean").toString()));

    JsonNode steps =
        designer
            .post("/api/v1/pipelines/" + cleanup + "/preview", null)
            .expect(200)
            .body()
            .get("steps");
    JsonNode last = steps.get(steps.size() - 1);
    assertThat(last.get("fields").findValuesAsString("name")).containsExactly("id", "full_name");
    assertThat(last.get("rows").toString()).isEqualTo("[[1,\"Ann Lee\"]]");
    assertThat(steps.get(3).get("rejected").get(0).get("reason").asString()).contains("x");

    designer
        .post(
            "/api/v1/pipelines/from-template",
            Map.of("template", "csv-cleanup", "parameters", Map.of("name", uniqueName("p"))))
        .expectProblem(400, "parameters.path");
    designer
        .post("/api/v1/pipelines/from-template", Map.of("template", "nope", "parameters", Map.of()))
        .expectProblem(400, "template");
  }

  private String fromTemplate(Session s, String template, Map<String, String> parameters) {
    var values = new java.util.HashMap<>(parameters);
    values.put("name", uniqueName(template));
    Reply reply =
        s.post(
                "/api/v1/pipelines/from-template",
                Map.of("template", template, "parameters", values))
            .expect(201);
    assertThat(reply.text("yaml")).contains("name: \"" + values.get("name") + "\"");
    return reply.text("id");
  }
}
