package io.dataaggregator.connector.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.connector.http.TestApi.Call;
import io.dataaggregator.connector.http.TestApi.Reply;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The built-in Salesforce manifest against a server answering as the REST API's query resource
 * does (records, nextRecordsUrl, done, attributes; errors as [{message, errorCode}]).
 */
class SalesforceManifestIT {
  private static final String TOKEN =
      "00DRO000001A2bC!AQ4AQFw7nK0YqB2zQmW8x3d9Jp5r_t.GhIvUa1sLcE6yN8oPk2Xf7Zm3Rj0Dq4Wb9Ts5Vn1Hg6Ly";
  private static final String QUERY = "/services/data/v62.0/query";
  private final TestApi api = TestApi.start();
  private final AtomicReference<String> validToken = new AtomicReference<>(TOKEN);

  @BeforeEach
  void serveQueries() {
    api.route(QUERY, this::query);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private Reply query(Call c) {
    if (!("Bearer " + validToken.get()).equals(c.header("Authorization"))) {
      return Reply.of(401, "application/json",
          "[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");
    }
    if (c.path().equals(QUERY + "/01gRO0000016PIAYA2-2000")) {
      return Reply.json(Reads.resource("/salesforce/accounts-2.json"));
    }
    String q = c.param("q");
    return switch (q) {
      case "SELECT FIELDS(STANDARD) FROM Account ORDER BY SystemModstamp ASC" ->
          Reply.json(Reads.resource("/salesforce/accounts-1.json"));
      case "SELECT FIELDS(STANDARD) FROM Account WHERE SystemModstamp >= 2024-03-04T11:30:00.000Z ORDER BY SystemModstamp ASC" ->
          Reply.json(Reads.resource("/salesforce/accounts-since.json"));
      case "SELECT FIELDS(STANDARD) FROM Contact ORDER BY SystemModstamp ASC" ->
          Reply.json(Reads.resource("/salesforce/contacts.json"));
      default -> Reply.of(400, "application/json",
          "[{\"message\":\"unexpected query: " + q.replace("\"", "'") + "\",\"errorCode\":\"MALFORMED_QUERY\"}]");
    };
  }

  private HttpSourceConfig config(String extra) {
    return Reads.config("""
        manifest: salesforce
        inputs:
          instance_url: %s
          objects: [Account, Contact]
        secrets:
          access_token: "%s"
        %s
        """.formatted(api.base(), TOKEN, extra));
  }

  @Test
  void discoversOneStreamPerObjectWithTypesFromTheRecords() {
    var catalog = Reads.SOURCE.discover(config(""));
    assertThat(catalog.names()).containsExactly("Account", "Contact");
    var account = catalog.stream("Account").orElseThrow();
    assertThat(account.primaryKey()).containsExactly("Id");
    assertThat(account.cursorCandidates()).startsWith("SystemModstamp").contains("CreatedDate");
    var types = account.schema().byName();
    assertThat(types).doesNotContainKey("attributes");
    assertThat(types.get("Id").type()).isEqualTo(DataType.STRING);
    assertThat(types.get("IsDeleted").type()).isEqualTo(DataType.BOOLEAN);
    assertThat(types.get("NumberOfEmployees").type()).isEqualTo(DataType.BIGINT);
    assertThat(types.get("BillingAddress").type()).isEqualTo(DataType.JSON);
    assertThat(types.get("SystemModstamp").type()).isEqualTo(DataType.TIMESTAMP_TZ);
    assertThat(catalog.stream("Contact").orElseThrow().schema().byName().get("Birthdate").type()).isEqualTo(DataType.DATE);
  }

  @Test
  void readsAllPagesFollowingNextRecordsUrl() {
    var r = Reads.readAll(config(""), "Account", null, Checkpoint.START);
    assertThat(r.column("Name")).containsExactly(
        "Edge Communications", "Burlington Textiles Corp of America", "Pyramid Construction Inc.");
    assertThat(r.row(0).get("SystemModstamp")).isEqualTo(OffsetDateTime.parse("2024-02-01T09:12:01Z"));
    assertThat(((JsonText) r.row(0).get("BillingAddress")).json()).contains("\"city\":\"Austin\"");
    assertThat(api.calls(QUERY)).extracting(Call::path).endsWith(QUERY, QUERY + "/01gRO0000016PIAYA2-2000");
  }

  @Test
  void incrementalRunsFilterOnSystemModstampFromTheLastValue() {
    var first = Reads.readAll(config(""), "Account", "SystemModstamp", Checkpoint.START);
    assertThat(first.checkpoint().state()).isEqualTo("{\"cursor\":\"2024-03-04T11:30:00.000+0000\"}");
    var second = Reads.readAll(config(""), "Account", "SystemModstamp", first.checkpoint());
    assertThat(second.column("Name")).containsExactly("Pyramid Construction Inc.", "Edge Communications");
    assertThat(second.row(1).get("NumberOfEmployees")).isEqualTo(1050L);
    assertThat(second.checkpoint().state()).isEqualTo("{\"cursor\":\"2024-03-06T16:45:12.000+0000\"}");
    assertThat(api.calls(QUERY).getLast().param("q")).isEqualTo("SELECT FIELDS(STANDARD) FROM Account WHERE"
        + " SystemModstamp >= 2024-03-04T11:30:00.000Z ORDER BY SystemModstamp ASC");
  }

  @Test
  void anExpiredSessionNamesTheSecretToCheck() {
    validToken.set("a-newer-session");
    var e = (ConnectorException) org.assertj.core.api.Assertions.catchThrowable(
        () -> Reads.SOURCE.discover(config("")));
    assertThat(e.errorCode()).isEqualTo(HttpErrorCode.UNAUTHORIZED);
    assertThat(e.getMessage()).contains("HTTP 401 from GET " + api.base() + QUERY + "?q=SELECT%20FIELDS",
        "check secrets.access_token", "INVALID_SESSION_ID");
  }

  @Test
  void aRefreshTokenAuthReplacesTheManifestsBearerToken() {
    validToken.set("00DRO000001A2bC!fresh");
    api.route("/services/oauth2/token", c -> Reply.json("""
        {"access_token": "00DRO000001A2bC!fresh", "signature": "uXnBBsXhN9Ix3OLdpWQ0L0RzH5bAt4zr0QhXW6qUvHY=",
         "scope": "refresh_token api", "instance_url": "%s", "id": "https://login.salesforce.com/id/00DRO000001A2bC/005RO000000bI4D",
         "token_type": "Bearer", "issued_at": "1712345678901"}""".formatted(api.base())));
    var config = Reads.config("""
        manifest: salesforce
        inputs: {instance_url: %s, objects: [Contact]}
        auth:
          type: oauth2_refresh_token
          token_url: %s/services/oauth2/token
          client_id: 3MVG9rZjd7MXFdLhY
          client_secret: E2D3F4A5B6C7
          refresh_token: 5Aep861KIwKdekr90KlxVVUI47zdR6dX
        """.formatted(api.base(), api.base()));
    var r = Reads.readAll(config, "Contact", null, Checkpoint.START);
    assertThat(r.column("Email")).containsExactly("rose@edge.com", "jrogers@burlington.com");
    assertThat(api.calls("/services/oauth2/token")).hasSize(1);
  }

  @Test
  void checkReportsTheFirstObjectsFirstPage() {
    var check = Reads.SOURCE.check(config(""));
    assertThat(check.ok()).isTrue();
    assertThat(check.message()).isEqualTo("reached " + api.base() + ": stream Account returned 2 records on its first page");
  }

  @Test
  void aMissingInstanceUrlSaysWhichInputToSet() {
    var config = Reads.config("manifest: salesforce\nsecrets: {access_token: x}\n");
    assertThatThrownBy(() -> Reads.SOURCE.discover(config))
        .hasMessage("manifest salesforce needs inputs.instance_url (your org's URL, e.g."
            + " https://acme.my.salesforce.com): set it in the source config under inputs:");
  }
}
