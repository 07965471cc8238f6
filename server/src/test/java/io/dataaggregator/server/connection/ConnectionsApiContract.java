package io.dataaggregator.server.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.secret.SecretCipher;
import io.dataaggregator.server.testing.Api.Reply;
import io.dataaggregator.server.testing.Api.Session;
import io.dataaggregator.server.testing.ServerIT;
import io.dataaggregator.server.testing.TestDataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Connections over HTTP: CRUD, validation, secrets at rest and in answers, test and discover. */
public abstract class ConnectionsApiContract extends ServerIT {
  private static final String SECRET = "Sup3r-Secret-Passw0rd";

  @Autowired JdbcClient jdbc;
  @Autowired StoredConnections stored;

  @TempDir Path folder;

  private static Map<String, Object> connection(
      String name, String connector, Map<String, Object> config) {
    var body = new LinkedHashMap<String, Object>();
    body.put("name", name);
    body.put("connector", connector);
    body.put("config", config);
    body.put("description", "made by a test");
    return body;
  }

  private static Map<String, Object> postgres(String database, String password) {
    var config = new LinkedHashMap<String, Object>();
    config.put("host", "127.0.0.1");
    config.put("database", database);
    config.put("user", "postgres");
    if (password != null) {
      config.put("password", password);
    }
    return config;
  }

  @Test
  void createsListsReadsChangesAndDeletesAConnection() throws Exception {
    Session admin = admin();
    Files.writeString(folder.resolve("a.csv"), "id,name\n1,Ann\n");
    String name = uniqueName("files");
    Reply created =
        admin
            .post("/api/v1/connections", connection(name, "csv", Map.of("path", folder.toString())))
            .expect(201);
    String id = created.text("id");
    assertThat(created.header("Location")).endsWith("/api/v1/connections/" + id);
    assertThat(created.body().get("usableAs").toString()).isEqualTo("[\"source\",\"destination\"]");
    assertThat(created.text("createdBy")).isEqualTo("admin");

    assertThat(admin.get("/api/v1/connections").expect(200).body().findValuesAsString("name"))
        .contains(name);
    assertThat(
            admin
                .get("/api/v1/connections/" + id)
                .expect(200)
                .body()
                .get("config")
                .get("path")
                .asString())
        .isEqualTo(folder.toString());

    var changed =
        connection(name + "-x", "csv", Map.of("path", folder.toString(), "delimiter", ";"));
    Reply updated = admin.put("/api/v1/connections/" + id, changed).expect(200);
    assertThat(updated.text("name")).isEqualTo(name + "-x");
    assertThat(updated.body().get("config").get("delimiter").asString()).isEqualTo(";");

    admin.delete("/api/v1/connections/" + id).expect(204);
    admin.get("/api/v1/connections/" + id).expectProblem(404, null);
    admin.delete("/api/v1/connections/" + id).expectProblem(404, null);
  }

  @Test
  void unknownConnectorsAndBadConfigsAre400sNamingEachField() {
    Session admin = admin();
    admin
        .post("/api/v1/connections", connection(uniqueName("x"), "oracle", Map.of()))
        .expectProblem(400, "connector");
    var wrongKind = connection(uniqueName("h"), "http", Map.of("base_url", "https://example.com"));
    wrongKind.put("kind", "destination");
    admin.post("/api/v1/connections", wrongKind).expectProblem(400, "kind");
    var bad = new LinkedHashMap<String, Object>(postgres("db", null));
    bad.remove("database");
    bad.put("port", 70000);
    bad.put("colour", "blue");
    Reply reply =
        admin
            .post("/api/v1/connections", connection(uniqueName("pg"), "postgres", bad))
            .expect(400);
    assertThat(reply.body().get("errors").findValuesAsString("field"))
        .contains("config.database", "config.port", "config.colour");
    admin
        .post("/api/v1/connections", connection("bad name!", "csv", Map.of("path", "x.csv")))
        .expectProblem(400, "name");
    admin
        .post(
            "/api/v1/connections", Map.of("name", uniqueName("n"), "connector", "csv", "config", 5))
        .expectProblem(400, "config");
  }

  @Test
  void aNameIsUnique() {
    Session admin = admin();
    String name = uniqueName("twice");
    admin
        .post("/api/v1/connections", connection(name, "csv", Map.of("path", folder.toString())))
        .expect(201);
    admin
        .post("/api/v1/connections", connection(name, "csv", Map.of("path", folder.toString())))
        .expectProblem(409, null);
  }

  @Test
  void secretsAreEncryptedAtRestMaskedInEveryAnswerAndKeptOnEdit() {
    Session designer = loginAs(Role.DESIGNER);
    String name = uniqueName("pg-secret");
    Reply created =
        designer
            .post("/api/v1/connections", connection(name, "postgres", postgres("shop", SECRET)))
            .expect(201);
    String id = created.text("id");
    assertThat(created.body().get("config").get("password").asString()).isEqualTo("***");
    assertThat(created.raw()).doesNotContain(SECRET).doesNotContain(SecretCipher.PREFIX);
    assertThat(designer.get("/api/v1/connections/" + id).expect(200).raw())
        .doesNotContain(SECRET)
        .doesNotContain(SecretCipher.PREFIX)
        .contains("\"***\"");
    assertThat(designer.get("/api/v1/connections").expect(200).raw())
        .doesNotContain(SECRET)
        .doesNotContain(SecretCipher.PREFIX);
    assertThat(loginAs(Role.VIEWER).get("/api/v1/connections/" + id).expect(200).raw())
        .doesNotContain(SECRET)
        .doesNotContain(SecretCipher.PREFIX);

    String row =
        jdbc.sql("SELECT config_json FROM connections WHERE name = :n")
            .param("n", name)
            .query(String.class)
            .single();
    assertThat(row).doesNotContain(SECRET).contains("dagg:enc:v1:");
    assertThat(stored.resolve(name).orElseThrow().config().get("password")).isEqualTo(SECRET);

    designer
        .put("/api/v1/connections/" + id, connection(name, "postgres", postgres("shop2", null)))
        .expect(200);
    assertThat(stored.resolve(name).orElseThrow().config())
        .containsEntry("password", SECRET)
        .containsEntry("database", "shop2");
    designer
        .put("/api/v1/connections/" + id, connection(name, "postgres", postgres("shop2", "***")))
        .expect(200);
    assertThat(stored.resolve(name).orElseThrow().config().get("password")).isEqualTo(SECRET);
    designer
        .put(
            "/api/v1/connections/" + id,
            connection(name, "postgres", postgres("shop2", "n3w-" + SECRET)))
        .expect(200);
    assertThat(stored.resolve(name).orElseThrow().config().get("password"))
        .isEqualTo("n3w-" + SECRET);
    Reply cleared =
        designer
            .put("/api/v1/connections/" + id, connection(name, "postgres", postgres("shop2", "")))
            .expect(200);
    assertThat(cleared.body().get("config").get("password").asString()).isEmpty();
    assertThat(stored.resolve(name).orElseThrow().config().get("password")).isEqualTo("");
  }

  @Test
  void aMaskWithNoStoredSecretBehindItIsRefused() {
    admin()
        .post(
            "/api/v1/connections",
            connection(uniqueName("pg"), "postgres", postgres("shop", "***")))
        .expectProblem(400, "config.password");
  }

  @Test
  void pathsIntoTheServersDataDirectoryAreRefused() {
    String key = TestDataDirectory.directory().resolve("secret-aes256.key").toString();
    admin()
        .post("/api/v1/connections", connection(uniqueName("steal"), "csv", Map.of("path", key)))
        .expectProblem(400, "config.path");
  }

  @Test
  void testAndDiscoverReadARealCsvFolder() throws Exception {
    Files.writeString(folder.resolve("flights.csv"), "id,origin,delay\n1,LAX,5\n2,SFO,-3\n");
    Session designer = loginAs(Role.DESIGNER);
    var body =
        connection(
            uniqueName("csv"), "csv", Map.of("path", folder.resolve("flights.csv").toString()));
    body.put("kind", "source"); // as a destination the path would name an output folder
    Reply created = designer.post("/api/v1/connections", body).expect(201);
    assertThat(created.body().get("usableAs").toString()).isEqualTo("[\"source\"]");
    String id = created.text("id");
    Reply test = designer.post("/api/v1/connections/" + id + "/test", null).expect(200);
    assertThat(test.body().get("ok").asBoolean()).as(test.raw()).isTrue();
    Reply found = designer.post("/api/v1/connections/" + id + "/discover", null).expect(200);
    var stream = found.body().get("streams").get(0);
    assertThat(stream.get("name").asString()).isEqualTo("flights");
    assertThat(stream.get("fields").findValuesAsString("name"))
        .containsExactly("id", "origin", "delay");
    assertThat(stream.get("fields").get(0).get("type").asString()).isIn("int", "bigint");

    Files.delete(folder.resolve("flights.csv"));
    Reply failing = designer.post("/api/v1/connections/" + id + "/test", null).expect(200);
    assertThat(failing.body().get("ok").asBoolean()).isFalse();
    assertThat(failing.text("message")).contains("flights.csv");
  }

  @Test
  void testAndDiscoverReachTheLocalPostgres() throws Exception {
    try (var db = ScratchDatabase.create()) {
      db.execute(
          "CREATE TABLE orders (id BIGINT PRIMARY KEY, item TEXT NOT NULL, updated_at TIMESTAMP)");
      Session designer = loginAs(Role.DESIGNER);
      String id =
          designer
              .post(
                  "/api/v1/connections",
                  connection(uniqueName("pg"), "postgres", postgres(db.name(), "trust-ignores-it")))
              .expect(201)
              .text("id");
      Reply test = designer.post("/api/v1/connections/" + id + "/test", null).expect(200);
      assertThat(test.body().get("ok").asBoolean()).as(test.raw()).isTrue();
      assertThat(test.body().get("checks").findValuesAsString("kind"))
          .containsExactly("source", "destination");
      var orders =
          designer
              .post("/api/v1/connections/" + id + "/discover", null)
              .expect(200)
              .body()
              .get("streams")
              .get(0);
      assertThat(orders.get("name").asString()).isEqualTo("orders");
      assertThat(orders.get("primaryKey").toString()).isEqualTo("[\"id\"]");
      assertThat(orders.get("cursorCandidates").toString()).contains("updated_at");
      assertThat(orders.get("fields").findValuesAsString("type"))
          .containsExactly("bigint", "string", "timestamp");

      String missing =
          designer
              .post(
                  "/api/v1/connections",
                  connection(uniqueName("pg"), "postgres", postgres(db.name() + "_gone", null)))
              .expect(201)
              .text("id");
      Reply failed = designer.post("/api/v1/connections/" + missing + "/test", null).expect(200);
      assertThat(failed.body().get("ok").asBoolean()).isFalse();
      assertThat(failed.text("message")).contains(db.name() + "_gone");
    }
  }

  @Test
  void connectorsAndTransformsComeWithTheirSchemas() {
    Session viewer = loginAs(Role.VIEWER);
    Reply connectors = viewer.get("/api/v1/connectors").expect(200);
    var postgresSource = findEntry(connectors, "postgres", "source");
    assertThat(
            postgresSource
                .get("configSchema")
                .get("properties")
                .get("password")
                .get("writeOnly")
                .asBoolean())
        .isTrue();
    assertThat(findEntry(connectors, "csv", "destination").get("title").asString()).isNotBlank();
    // Which sources a lookup step may query by SQL: the console offers only their connections.
    assertThat(postgresSource.get("answersQueries").asBoolean()).isTrue();
    assertThat(findEntry(connectors, "mysql", "source").get("answersQueries").asBoolean()).isTrue();
    assertThat(findEntry(connectors, "csv", "source").get("answersQueries").asBoolean()).isFalse();
    assertThat(findEntry(connectors, "postgres", "destination").get("answersQueries").asBoolean())
        .isFalse();
    Reply transforms = viewer.get("/api/v1/transforms").expect(200);
    assertThat(transforms.body().findValuesAsString("id"))
        .contains("cast", "rename", "normalize", "deduplicate");
    loginAs(Role.EXECUTIVE).get("/api/v1/connectors").expectProblem(403, null);
  }

  @Test
  void onlyRolesThatEditConnectionsMayCreateTestOrDiscover() {
    Session viewer = loginAs(Role.VIEWER);
    viewer
        .post("/api/v1/connections", connection(uniqueName("v"), "csv", Map.of("path", "x.csv")))
        .expect(403);
    String id =
        admin()
            .post(
                "/api/v1/connections",
                connection(uniqueName("c"), "csv", Map.of("path", folder.toString())))
            .expect(201)
            .text("id");
    viewer.post("/api/v1/connections/" + id + "/test", null).expect(403);
    viewer.get("/api/v1/connections/" + id).expect(200);
  }

  private static tools.jackson.databind.JsonNode findEntry(Reply reply, String id, String kind) {
    for (var entry : reply.body()) {
      if (entry.get("id").asString().equals(id) && entry.get("kind").asString().equals(kind)) {
        return entry;
      }
    }
    throw new AssertionError("no " + kind + " " + id + " in " + reply.raw());
  }
}
