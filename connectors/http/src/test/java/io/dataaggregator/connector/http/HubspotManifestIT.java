package io.dataaggregator.connector.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.connector.http.TestApi.Call;
import io.dataaggregator.connector.http.TestApi.Reply;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.JsonText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The built-in HubSpot manifest against a server answering as the CRM v3 objects API does (list
 * with paging.next.after, search by POST with filterGroups, sorts and after in the body).
 */
class HubspotManifestIT {
  private static final String TOKEN = "pat-na1-7b5f3c2e-91d4-4a0b-8f6e-2c3d4e5f6a7b";
  private final TestApi api = TestApi.start();

  @BeforeEach
  void serveCrm() {
    api.route("/crm/v3/objects/", this::crm);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private Reply crm(Call c) throws Exception {
    if (!("Bearer " + TOKEN).equals(c.header("Authorization"))) {
      return Reply.of(401, "application/json", "{\"status\":\"error\",\"message\":\"Authentication credentials not found.\","
          + "\"correlationId\":\"2f1e3c4b-5a69-4788-9a0b-1c2d3e4f5a6b\",\"category\":\"INVALID_AUTHENTICATION\"}");
    }
    return switch (c.method() + " " + c.path()) {
      case "GET /crm/v3/objects/contacts" ->
          Reply.json(Reads.resource(c.param("after") == null ? "/hubspot/contacts-1.json" : "/hubspot/contacts-2.json"));
      case "POST /crm/v3/objects/contacts/search" -> {
        JsonNode after = Reads.JSON.readTree(c.body()).get("after");
        yield Reply.json(Reads.resource(after == null ? "/hubspot/contacts-search-1.json" : "/hubspot/contacts-search-2.json"));
      }
      case "GET /crm/v3/objects/companies", "POST /crm/v3/objects/companies/search" ->
          Reply.json(Reads.resource("/hubspot/companies.json"));
      case "GET /crm/v3/objects/deals", "GET /crm/v3/objects/tickets" -> Reply.json("{\"results\": []}");
      default -> Reply.of(404, "application/json", "{\"status\":\"error\",\"message\":\"no route\"}");
    };
  }

  private HttpSourceConfig config(String inputs) {
    return Reads.config("""
        manifest: hubspot
        inputs: {base_url: "%s"%s}
        secrets: {access_token: %s}
        requests_per_second: 0
        """.formatted(api.base(), inputs, TOKEN));
  }

  @Test
  void listsContactsPageByPageWithAfterAndLiftsPropertiesIntoColumns() {
    var r = Reads.readAll(config(""), "contacts", null, Checkpoint.START);
    assertThat(r.column("id")).containsExactly("512", "551", "601");
    assertThat(r.schema().names()).contains("properties_email", "properties_lastmodifieddate", "createdAt", "archived")
        .doesNotContain("properties");
    assertThat(r.schema().byName().get("properties_createdate").type()).isEqualTo(DataType.TIMESTAMP_TZ);
    assertThat(r.schema().byName().get("archived").type()).isEqualTo(DataType.BOOLEAN);
    assertThat(r.row(1)).containsEntry("properties_email", "alex@example.com")
        .containsEntry("properties_phone", "+1 617 555 0199")
        .containsEntry("updatedAt", OffsetDateTime.parse("2024-04-01T07:45:00.120Z"));
    List<Call> calls = api.calls("/crm/v3/objects/contacts");
    assertThat(calls.getLast().param("after")).isEqualTo("552");
    assertThat(calls.getFirst().query()).containsEntry("limit", "100").containsEntry("archived", "false")
        .containsEntry("properties", "email,firstname,lastname,phone,company,lifecyclestage,createdate,lastmodifieddate");
  }

  @Test
  void anEmptyFlattenKeepsPropertiesAsOneJsonColumn() {
    var r = Reads.readAll(config(", flatten: []"), "contacts", null, Checkpoint.START);
    assertThat(r.schema().byName().get("properties").type()).isEqualTo(DataType.JSON);
    assertThat(((JsonText) r.row(0).get("properties")).json()).contains("\"email\":\"bh@hubspot.com\"");
  }

  @Test
  void aFirstIncrementalRunListsEverythingAndKeepsTheLatestUpdatedAt() {
    var r = Reads.readAll(config(""), "contacts", "updatedAt", Checkpoint.START);
    assertThat(r.rows()).hasSize(3);
    assertThat(r.checkpoint().state()).isEqualTo("{\"cursor\":\"2024-04-02T08:00:00.000Z\"}");
    assertThat(api.calls()).allSatisfy(c -> assertThat(c.method()).isEqualTo("GET"));
  }

  @Test
  void laterRunsSearchOnLastModifiedDateFromTheCursorInEpochMillis() throws Exception {
    var from = new Checkpoint("{\"cursor\":\"2024-04-02T08:00:00.000Z\"}");
    var r = Reads.readAll(config(""), "contacts", "updatedAt", from);
    assertThat(r.column("id")).containsExactly("601", "512");
    assertThat(r.row(1)).containsEntry("properties_email", "brian@hubspot.com");
    assertThat(r.checkpoint().state()).isEqualTo("{\"cursor\":\"2024-04-05T09:30:00.000Z\"}");
    List<Call> searches = api.calls("/crm/v3/objects/contacts/search");
    assertThat(searches).hasSize(2).allSatisfy(c -> assertThat(c.method()).isEqualTo("POST"));
    JsonNode body = Reads.JSON.readTree(searches.getFirst().body());
    long millis = Instant.parse("2024-04-02T08:00:00Z").toEpochMilli();
    assertThat(body).isEqualTo(Reads.JSON.readTree("""
        {"filterGroups": [{"filters": [{"propertyName": "lastmodifieddate", "operator": "GTE", "value": "%d"}]}],
         "sorts": [{"propertyName": "lastmodifieddate", "direction": "ASCENDING"}],
         "properties": ["email", "firstname", "lastname", "phone", "company", "lifecyclestage", "createdate", "lastmodifieddate"],
         "limit": 100}""".formatted(millis)));
    assertThat(Reads.JSON.readTree(searches.getLast().body()).get("after").asString()).isEqualTo("1");
    assertThat(searches.getFirst().header("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void companiesSearchOnTheirOwnLastModifiedProperty() throws Exception {
    var from = new Checkpoint("{\"cursor\":\"2024-03-01T00:00:00.000Z\"}");
    var r = Reads.readAll(config(""), "companies", "updatedAt", from);
    assertThat(r.column("properties_domain")).containsExactly("hubspot.com");
    JsonNode filter = Reads.JSON.readTree(api.calls("/crm/v3/objects/companies/search").getFirst().body())
        .at("/filterGroups/0/filters/0");
    assertThat(filter.get("propertyName").asString()).isEqualTo("hs_lastmodifieddate");
  }
}
