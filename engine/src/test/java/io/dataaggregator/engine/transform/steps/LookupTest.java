package io.dataaggregator.engine.transform.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataaggregator.engine.config.ConfigSchemas;
import io.dataaggregator.engine.transform.StepChain;
import io.dataaggregator.engine.transform.StepConfigException;
import io.dataaggregator.engine.transform.StepContext;
import io.dataaggregator.engine.transform.Steps;
import io.dataaggregator.engine.transform.TestData;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LookupTest {
  @TempDir Path dir;
  private final Batch flights = TestData.json("flights-500.json");
  private List<String> airportLines;

  @BeforeEach
  void copyTheReferenceFile() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/data/airports-slice.csv")) {
      Files.copy(in, dir.resolve("airports.csv"));
    }
    airportLines = Files.readAllLines(dir.resolve("airports.csv"));
    // Only the Californian airports, for rows that find no match.
    Files.write(
        dir.resolve("california.csv"),
        airportLines.stream()
            .filter(l -> l.startsWith("iata,") || l.contains(",CA,USA,"))
            .toList());
  }

  private StepChain chain(String yaml) {
    return StepChain.build(
        Steps.links(yaml), flights.schema(), StepContext.of("flights").withBaseDirectory(dir));
  }

  @Test
  void enrichesEveryFlightWithItsOriginAirport() {
    Batch out =
        chain(
                """
                - lookup:
                    file: airports.csv
                    key: {origin: iata}
                    columns: {name: origin_name, city: origin_city}
                """)
            .apply(flights);
    assertThat(out.schema().names()).endsWith("origin_name", "origin_city");
    assertThat(out.rows().getFirst()).endsWith("Los Angeles International", "Los Angeles");
    assertThat(TestData.column(out, "origin_name")).doesNotContainNull();
  }

  @Test
  void rowsWithoutAMatchAreKeptRejectedOrDropped() {
    String lookup =
        "- lookup: {file: california.csv, key: {origin: iata}, columns: [state], on_missing: %s}";
    Batch kept = chain(lookup.formatted("keep")).apply(flights);
    assertThat(kept.size()).isEqualTo(500);
    long californian = TestData.column(kept, "state").stream().filter("CA"::equals).count();
    assertThat(californian).isPositive().isLessThan(500);
    assertThat(TestData.column(kept, "state")).containsOnly("CA", null);

    StepChain dropping = chain(lookup.formatted("drop"));
    assertThat(dropping.apply(flights).size()).isEqualTo((int) californian);
    assertThat(dropping.counts().getFirst().filtered()).isEqualTo(500 - californian);

    Batch rejected = chain(lookup.formatted("reject")).apply(flights);
    assertThat(rejected.rejections()).hasSize(500 - (int) californian);
    assertThat(rejected.rejections().getFirst().reason())
        .matches("no row of california.csv matches origin='[A-Z]{3}'");
  }

  @Test
  void refusesMissingFilesColumnsAndAmbiguousKeys() throws IOException {
    assertThatThrownBy(
            () -> chain("- lookup: {file: nowhere.csv, key: {origin: iata}, columns: [name]}"))
        .isInstanceOf(StepConfigException.class)
        .hasMessageContaining("nowhere.csv does not exist");
    assertThatThrownBy(
            () -> chain("- lookup: {file: airports.csv, key: {origin: code}, columns: [name]}"))
        .hasMessageContaining(
            "has no column 'code'; its columns are [iata, name, city, state, country, latitude,"
                + " longitude]");
    assertThatThrownBy(
            () -> chain("- lookup: {file: airports.csv, key: {origin: state}, columns: [name]}"))
        .hasMessageContaining("has the key [MS] twice (lines 2 and 7)");
    assertThatThrownBy(
            () ->
                chain("- lookup: {file: airports.csv, key: {origin_code: iata}, columns: [name]}"))
        .hasMessageContaining("key[0].field: unknown field 'origin_code'");
    assertThatThrownBy(
            () ->
                chain(
                    "- lookup: {file: airports.csv, key: {origin: iata}, columns: {name: origin}}"))
        .hasMessageContaining("add it under another name with as");
  }

  @Test
  void readsAChangedFileAgainButNotAnUnchangedOne() throws IOException {
    String yaml = "- lookup: {file: california.csv, key: {origin: iata}, columns: [name]}";
    Batch before = chain(yaml).apply(flights);
    Files.write(dir.resolve("california.csv"), airportLines);
    Files.setLastModifiedTime(
        dir.resolve("california.csv"),
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Batch after = chain(yaml).apply(flights);
    assertThat(TestData.column(before, "name")).contains((Object) null);
    assertThat(TestData.column(after, "name")).doesNotContainNull();
  }

  @Test
  void keyTextsAreEqualForEqualNumbersWhateverTheirType() {
    assertThat(
            List.of(5, 5L, new BigDecimal("5.0"), new BigDecimal("5.00"), 5.0d, 5.0f, "5.0", "05"))
        .extracting(v -> LookupKeys.text(v, true))
        .containsOnly("5");
    assertThat(LookupKeys.text("05", false)).as("text against text stays text").isEqualTo("05");
    assertThat(LookupKeys.text(new BigDecimal("0.000"), true)).isEqualTo("0");
    assertThat(LookupKeys.text(new BigDecimal("1E+2000"), true)).isEqualTo("1E+2000");
    assertThat(LookupKeys.text("LAX", true)).as("not written as a number").isEqualTo("LAX");
    assertThat(LookupKeys.text(null, true)).isNull();
    assertThat(LookupKeys.text(LocalDate.of(2024, 2, 29), false)).isEqualTo("2024-02-29");
    assertThat(LookupKeys.text(OffsetDateTime.parse("2024-01-01T10:00:00+02:00"), false))
        .isEqualTo(LookupKeys.text(OffsetDateTime.parse("2024-01-01T08:00:00Z"), false));
  }

  @Test
  void numberKeysMatchTheFilesTextByValue() throws IOException {
    Files.writeString(dir.resolve("codes.csv"), "code,name\n5.0,five\n007,seven\n8,eight\n");
    Schema input = Schema.of(Field.of("id", DataType.BIGINT));
    Batch rows = new Batch(input, List.of(new Object[] {5L}, new Object[] {7L}, new Object[] {9L}));
    Batch out =
        StepChain.build(
                Steps.links("- lookup: {file: codes.csv, key: {id: code}, columns: [name]}"),
                input,
                StepContext.of("codes").withBaseDirectory(dir))
            .apply(rows);
    assertThat(out.rows()).extracting(r -> r[1]).containsExactly("five", "seven", null);
  }

  @Test
  void theSchemaDescribesTheQuerySettingsForForms() {
    var query = ConfigSchemas.of(LookupConfig.class).get("properties").get("query");
    assertThat(query.get("description").asString()).contains("Set file or query, not both");
    var settings = query.get("properties");
    assertThat(settings.propertyNames())
        .containsExactlyInAnyOrder("connection", "connector", "config", "sql", "cache_seconds");
    for (String name : settings.propertyNames()) {
      assertThat(settings.get(name).get("description")).as(name).isNotNull();
    }
    assertThat(settings.get("cache_seconds").get("minimum").asInt()).isZero();
    assertThat(query.get("required").toString()).isEqualTo("[\"sql\"]");
  }
}
