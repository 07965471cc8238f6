package io.dataaggregator.connector.jdbc;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real data of the lookup tests: the US airports and 2,000 flights of the npm package {@code
 * vega-datasets} that examples/ ships, loaded into a throwaway database as {@code airports(iata,
 * name, city, state, country, latitude, longitude)} and {@code flights(id, date, delay, distance,
 * origin, destination)}.
 */
final class LookupData {
  static final Path EXAMPLES = Path.of("../../examples/data");
  static final int AIRPORTS = 3376;
  static final int FLIGHTS = 2000;

  private LookupData() {}

  /** Creates and fills both tables; {@code text} and {@code real} are the dialect's type names. */
  static void load(Connection c, String text, String real, String serialKey) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute(
          "CREATE TABLE airports (iata "
              + text
              + " PRIMARY KEY, name "
              + text
              + ", city "
              + text
              + ", state "
              + text
              + ", country "
              + text
              + ", latitude "
              + real
              + ", longitude "
              + real
              + ")");
      s.execute(
          "CREATE TABLE flights (id "
              + serialKey
              + ", date "
              + text
              + ", delay integer, distance integer, origin "
              + text
              + ", destination "
              + text
              + ")");
    }
    loadAirports(c);
    loadFlights(c);
  }

  private static void loadAirports(Connection c) throws SQLException {
    try (PreparedStatement insert =
            c.prepareStatement("INSERT INTO airports VALUES (?,?,?,?,?,?,?)");
        var csv = CsvReader.builder().ofCsvRecord(EXAMPLES.resolve("airports.csv"))) {
      boolean header = true;
      for (CsvRecord r : csv) {
        if (header) {
          header = false;
          continue;
        }
        for (int i = 0; i < 5; i++) {
          insert.setString(i + 1, r.getField(i).isEmpty() ? null : r.getField(i));
        }
        insert.setDouble(6, Double.parseDouble(r.getField(5)));
        insert.setDouble(7, Double.parseDouble(r.getField(6)));
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void loadFlights(Connection c) throws SQLException {
    JsonNode flights;
    try {
      flights =
          JsonMapper.builder()
              .build()
              .readTree(Files.readString(EXAMPLES.resolve("flights-2k.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO flights (id, date, delay, distance, origin, destination)"
                + " VALUES (?,?,?,?,?,?)")) {
      int id = 0;
      for (JsonNode f : flights) {
        insert.setInt(1, ++id);
        insert.setString(2, f.get("date").asString());
        if (f.get("delay").isNull()) {
          insert.setNull(3, Types.INTEGER);
        } else {
          insert.setInt(3, f.get("delay").asInt());
        }
        insert.setInt(4, f.get("distance").asInt());
        insert.setString(5, f.get("origin").asString());
        insert.setString(6, f.get("destination").asString());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
