package io.dataaggregator.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.testing.Api.Reply;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import io.dataaggregator.server.upload.RawHttp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Pipelines over HTTP: CRUD with versions, import and export, validation. */
public abstract class PipelinesApiContract extends ServerIT {
  @TempDir Path folder;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void flights() throws Exception {
    Files.writeString(
        folder.resolve("flights.csv"), "id,origin,delay\n1,LAX,5\n2,SFO,late\n3,JFK,-2\n");
  }

  /** A CSV to JSON Lines pipeline with a cast that rejects the row whose delay is 'late'. */
  String yaml(String name) {
    return """
    name: %s
    source:
      connector: csv
      config:
        path: %s
    transforms:
      - cast:
          delay: int
    destination:
      connector: json
      config:
        path: %s
    """
        .formatted(name, folder.resolve("flights.csv"), folder.resolve("out"));
  }

  static String createdId(Session s, String yaml) {
    return s.post("/api/v1/pipelines", Map.of("yaml", yaml)).expect(201).text("id");
  }

  @Test
  void storesYamlOrFieldsAndKeepsEveryChangeAsAVersion() {
    Session designer = loginAs(Role.DESIGNER);
    String name = uniqueName("flights");
    Reply created =
        designer
            .post("/api/v1/pipelines", Map.of("yaml", yaml(name), "comment", "first"))
            .expect(201);
    String id = created.text("id");
    assertThat(created.body().get("version").asInt()).isEqualTo(1);
    assertThat(created.text("yaml")).isEqualTo(yaml(name));
    assertThat(created.body().get("spec").get("source").get("connector").asString())
        .isEqualTo("csv");

    String fromFields = uniqueName("fields");
    Reply shaped =
        designer
            .post(
                "/api/v1/pipelines",
                Map.of(
                    "name",
                    fromFields,
                    "description",
                    "made of fields",
                    "source",
                    Map.of(
                        "connector",
                        "csv",
                        "config",
                        Map.of("path", folder.resolve("flights.csv").toString())),
                    "transforms",
                    List.of(Map.of("cast", Map.of("delay", "int"))),
                    "destination",
                    Map.of(
                        "connector",
                        "json",
                        "config",
                        Map.of("path", folder.resolve("out").toString()))))
            .expect(201);
    assertThat(shaped.text("yaml"))
        .startsWith("name: " + fromFields + "\ndescription: made of fields\nsource:");
    assertThat(shaped.text("description")).isEqualTo("made of fields");

    Session admin = admin();
    String changed = yaml(name).replace("delay: int", "delay: bigint");
    Reply updated =
        admin
            .put("/api/v1/pipelines/" + id, Map.of("yaml", changed, "comment", "wider"))
            .expect(200);
    assertThat(updated.body().get("version").asInt()).isEqualTo(2);
    assertThat(updated.text("updatedBy")).isEqualTo("admin");
    assertThat(
            admin
                .put("/api/v1/pipelines/" + id, Map.of("yaml", changed))
                .expect(200)
                .body()
                .get("version")
                .asInt())
        .isEqualTo(2);

    Reply versions = designer.get("/api/v1/pipelines/" + id + "/versions").expect(200);
    assertThat(versions.body().findValuesAsString("comment")).containsExactly("wider", "first");
    assertThat(versions.body().findValuesAsString("createdBy"))
        .containsExactly("admin", designer.username());
    assertThat(versions.body().get(1).get("createdAt").asString()).isNotBlank();
    assertThat(designer.get("/api/v1/pipelines/" + id + "/versions/1").expect(200).text("yaml"))
        .isEqualTo(yaml(name));
    designer.get("/api/v1/pipelines/" + id + "/versions/3").expectProblem(404, null);

    Reply list = loginAs(Role.VIEWER).get("/api/v1/pipelines").expect(200);
    assertThat(list.body().findValuesAsString("name")).contains(name, fromFields);

    designer.delete("/api/v1/pipelines/" + id).expect(204);
    designer.get("/api/v1/pipelines/" + id).expectProblem(404, null);
    designer.get("/api/v1/pipelines/" + id + "/versions").expectProblem(404, null);
    assertThat(designer.get("/api/v1/pipelines").body().findValuesAsString("name"))
        .doesNotContain(name);
    createdId(designer, yaml(name)); // the name is free again
  }

  @Test
  void aNameIsUniqueAndNeverChanges() {
    Session designer = loginAs(Role.DESIGNER);
    String name = uniqueName("once");
    String id = createdId(designer, yaml(name));
    designer.post("/api/v1/pipelines", Map.of("yaml", yaml(name))).expectProblem(409, null);
    designer
        .put("/api/v1/pipelines/" + id, Map.of("yaml", yaml(name + "-renamed")))
        .expectProblem(400, "name");
  }

  @Test
  void anInvalidPipelineIsNotStoredAndEveryProblemIsNamedWithItsLine() {
    Session designer = loginAs(Role.DESIGNER);
    String broken =
        yaml(uniqueName("broken"))
            .replace("connector: json", "connector: jsn")
            .replace("- cast:", "- cst:");
    Reply reply = designer.post("/api/v1/pipelines", Map.of("yaml", broken)).expect(400);
    var errors = reply.body().get("errors");
    assertThat(errors.findValuesAsString("field"))
        .containsExactly("transforms[0].cst", "destination.connector");
    assertThat(errors.get(0).get("message").asString()).startsWith("line 7: unknown step 'cst'");
    assertThat(errors.get(1).get("message").asString())
        .startsWith("line 10: unknown destination 'jsn'");
    designer.post("/api/v1/pipelines", Map.of("yaml", "name: [")).expectProblem(400, null);
    designer
        .post("/api/v1/pipelines", Map.of("yaml", yaml("x"), "name", "x"))
        .expectProblem(400, "yaml");
    designer.post("/api/v1/pipelines", Map.of("comment", "nothing")).expectProblem(400, "yaml");
    designer
        .post("/api/v1/pipelines", Map.of("yaml", yaml("x"), "colour", "red"))
        .expectProblem(400, "colour");
  }

  @Test
  void importThenExportGivesTheSameFile() {
    Session designer = loginAs(Role.DESIGNER);
    String name = uniqueName("round");
    byte[] text = yaml(name).getBytes(StandardCharsets.UTF_8);
    Reply imported =
        RawHttp.send(port, "POST", "/api/v1/pipelines/import", designer.token(), "text/plain", text)
            .expect(201);
    String id = imported.text("id");
    Reply exported =
        RawHttp.send(
                port, "GET", "/api/v1/pipelines/" + id + "/export", designer.token(), null, null)
            .expect(200);
    assertThat(exported.header("Content-Type")).startsWith("application/yaml");
    assertThat(exported.header("Content-Disposition")).contains(name + ".yaml");
    assertThat(exported.raw()).isEqualTo(yaml(name));

    RawHttp.send(
            port, "POST", "/api/v1/pipelines/import", designer.token(), "application/yaml", text)
        .expect(409);
    byte[] changed =
        yaml(name).replace("delay: int", "delay: bigint").getBytes(StandardCharsets.UTF_8);
    Reply replaced =
        RawHttp.send(
                port,
                "POST",
                "/api/v1/pipelines/import?replace=true",
                designer.token(),
                "application/yaml",
                changed)
            .expect(201);
    assertThat(replaced.text("id")).isEqualTo(id);
    assertThat(replaced.body().get("version").asInt()).isEqualTo(2);
    String first =
        RawHttp.send(
                port,
                "GET",
                "/api/v1/pipelines/" + id + "/export?version=1",
                designer.token(),
                null,
                null)
            .expect(200)
            .raw();

    designer.delete("/api/v1/pipelines/" + id).expect(204);
    Reply again =
        RawHttp.send(
                port,
                "POST",
                "/api/v1/pipelines/import",
                designer.token(),
                "text/plain",
                first.getBytes(StandardCharsets.UTF_8))
            .expect(201);
    assertThat(again.text("yaml")).isEqualTo(yaml(name));
    RawHttp.send(
            port,
            "POST",
            "/api/v1/pipelines/import",
            designer.token(),
            "text/plain",
            "name: [".getBytes(StandardCharsets.UTF_8))
        .expect(400);
  }

  @Test
  void validationAnswersWithLinesFieldsAndMessages() {
    Session viewer = loginAs(Role.VIEWER);
    String broken =
        yaml(uniqueName("v"))
            .replace(
                "    path: " + folder.resolve("out"),
                "    path: " + folder.resolve("out") + "\n    pretty: yes");
    Reply reply = viewer.post("/api/v1/pipelines/validate", Map.of("yaml", broken)).expect(200);
    assertThat(reply.body().get("valid").asBoolean()).isFalse();
    var problem = reply.body().get("problems").get(0);
    assertThat(problem.get("line").asInt()).isEqualTo(13);
    assertThat(problem.get("field").asString()).isEqualTo("destination.config.pretty");
    assertThat(problem.get("message").asString()).isNotBlank();
    Reply fine =
        viewer
            .post("/api/v1/pipelines/validate", Map.of("yaml", yaml(uniqueName("ok"))))
            .expect(200);
    assertThat(fine.body().get("valid").asBoolean()).isTrue();
    assertThat(fine.body().get("problems").size()).isZero();
  }

  private String jsonConnection(Session admin, String name) {
    return admin
        .post(
            "/api/v1/connections",
            Map.of(
                "name",
                name,
                "connector",
                "json",
                "config",
                Map.of("path", folder.resolve("out").toString())))
        .expect(201)
        .text("id");
  }

  /** {@link #yaml} writing to the stored connection instead of a json connector of its own. */
  private String yamlWith(String name, String connection) {
    return yaml(name)
        .replace(
            "  connector: json\n  config:\n    path: " + folder.resolve("out") + "\n",
            "  connection: " + connection + "\n");
  }

  @Test
  void aStoredPipelineIsValidatedAsItStandsNow() {
    Session admin = admin();
    String connection = uniqueName("out");
    String connectionId = jsonConnection(admin, connection);
    String id = createdId(admin, yamlWith(uniqueName("named"), connection));
    assertThat(
            admin
                .post("/api/v1/pipelines/" + id + "/validate", null)
                .expect(200)
                .body()
                .get("valid")
                .asBoolean())
        .isTrue();
    // The API refuses to delete a connection in use; a store may still lack one (deleted before
    // that rule, or by hand), and validation says so.
    jdbc.sql("DELETE FROM connections WHERE id = :id")
        .param("id", UUID.fromString(connectionId))
        .update();
    Reply reply = admin.post("/api/v1/pipelines/" + id + "/validate", null).expect(200);
    assertThat(reply.body().get("valid").asBoolean()).isFalse();
    assertThat(reply.body().get("problems").get(0).get("message").asString())
        .contains("no stored connection named '" + connection + "'");
  }

  @Test
  void aConnectionThatPipelinesUseIsNeitherDeletedNorRenamedUntilTheyStop() {
    Session admin = admin();
    String connection = uniqueName("used");
    String connectionId = jsonConnection(admin, connection);
    String first = uniqueName("first");
    String firstId = createdId(admin, yamlWith(first, connection));
    String second = uniqueName("second");
    String secondId = createdId(admin, yamlWith(second, connection));
    // Mentioning the name elsewhere (a description) is not using it.
    createdId(admin, "description: copies like " + connection + "\n" + yaml(uniqueName("other")));

    Reply refused = admin.delete("/api/v1/connections/" + connectionId).expectProblem(409, null);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.text("type")).endsWith(":connection-in-use");
    assertThat(refused.text("detail")).contains(connection, first, second);
    JsonNode usedBy = refused.body().get("usedBy");
    assertThat(usedBy.findValuesAsString("name")).containsExactlyInAnyOrder(first, second);
    assertThat(usedBy.findValuesAsString("id")).containsExactlyInAnyOrder(firstId, secondId);
    assertThat(usedBy.findValuesAsString("kind")).containsOnly("pipeline");
    Map<String, Object> renamed =
        Map.of(
            "name",
            connection + "-renamed",
            "connector",
            "json",
            "config",
            Map.of("path", folder.resolve("out").toString()));
    admin.put("/api/v1/connections/" + connectionId, renamed).expectProblem(409, null);
    admin.get("/api/v1/connections/" + connectionId).expect(200);

    // A new version that stops naming it, and a deleted pipeline, no longer count.
    admin.put("/api/v1/pipelines/" + firstId, Map.of("yaml", yaml(first))).expect(200);
    admin.delete("/api/v1/pipelines/" + secondId).expect(204);
    admin.delete("/api/v1/connections/" + connectionId).expect(204);
  }

  @Test
  void theServersEnvironmentIsNotOpenToPipelines() {
    String leaky =
        yaml(uniqueName("env")).replace("connector: json", "connector: json\n  table: ${HOME}");
    Reply reply = admin().post("/api/v1/pipelines/validate", Map.of("yaml", leaky)).expect(200);
    assertThat(reply.body().get("problems").get(0).get("message").asString())
        .contains("HOME", "DAGG_PIPELINE_");
  }

  @Test
  void anEditBasedOnAnOldVersionIs409() {
    Session designer = loginAs(Role.DESIGNER);
    String name = uniqueName("race");
    String id = createdId(designer, yaml(name));
    designer
        .put(
            "/api/v1/pipelines/" + id,
            Map.of("yaml", yaml(name).replace("delay: int", "delay: bigint"), "baseVersion", 1))
        .expect(200);
    Reply late =
        designer
            .put(
                "/api/v1/pipelines/" + id,
                Map.of("yaml", yaml(name).replace("delay: int", "delay: double"), "baseVersion", 1))
            .expectProblem(409, null);
    assertThat(late.body().get("version").asInt()).isEqualTo(2);
  }

  @Test
  void rolesSeeAndChangeWhatTheTableSays() {
    String id = createdId(admin(), yaml(uniqueName("roles")));
    Session viewer = loginAs(Role.VIEWER);
    viewer.get("/api/v1/pipelines/" + id).expect(200);
    viewer.post("/api/v1/pipelines", Map.of("yaml", yaml(uniqueName("no")))).expect(403);
    viewer.post("/api/v1/pipelines/" + id + "/preview", null).expect(403);
    loginAs(Role.EXECUTIVE).get("/api/v1/pipelines").expect(403);
  }

  @Test
  void mappingSuggestionsPairFieldsByNameAndType() {
    Session designer = loginAs(Role.DESIGNER);
    Reply reply =
        designer
            .post(
                "/api/v1/mapping/suggest",
                Map.of(
                    "source",
                        List.of(
                            Map.of("name", "originAirport", "type", "string"),
                            Map.of("name", "delay", "type", "int")),
                    "target",
                        List.of(
                            Map.of("name", "origin_airport", "type", "string"),
                            Map.of("name", "DELAY", "type", "bigint"),
                            Map.of("name", "unrelated", "type", "date"))))
            .expect(200);
    assertThat(reply.body().findValuesAsString("target"))
        .containsExactlyInAnyOrder("origin_airport", "DELAY");
    assertThat(reply.body().get(0).get("reason").asString()).isNotBlank();
    designer
        .post(
            "/api/v1/mapping/suggest",
            Map.of("source", List.of(Map.of("name", "a", "type", "nmber")), "target", List.of()))
        .expectProblem(400, "source[0].type");
  }
}
