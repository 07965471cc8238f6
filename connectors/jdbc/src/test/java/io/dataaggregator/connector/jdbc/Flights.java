package io.dataaggregator.connector.jdbc;

import io.dataaggregator.engine.config.ConfigBinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The 2,000 real flights of {@code examples/data/flights-2k.json} (npm {@code vega-datasets}) as
 * rows of a table {@code flights (id, departed, departed_tz, day, delay, distance, origin,
 * destination)}: id numbers the flights in file order, {@code departed} is the file's local time,
 * {@code departed_tz} that time at UTC-05:00, {@code day} its date. One more row, {@link #NO_TIME},
 * has no time at all.
 */
final class Flights {
  static final int NO_TIME = 2001;

  private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
  static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final ZoneOffset EAST_COAST_WINTER = ZoneOffset.ofHours(-5);
  static final List<Flight> ALL = load();

  private Flights() {}

  record Flight(
      int id, LocalDateTime departed, int delay, int distance, String origin, String destination) {
    OffsetDateTime departedTz() {
      return departed.atOffset(EAST_COAST_WINTER);
    }
  }

  /** Ids of the flights that {@code keep} keeps, in file order. */
  static List<Integer> ids(Predicate<Flight> keep) {
    return ALL.stream().filter(keep).map(Flight::id).toList();
  }

  /**
   * {@code INSERT} statements for every flight and the flight without time, 500 rows each; {@code
   * tz} writes a {@code departed_tz} literal.
   */
  static List<String> inserts(Function<OffsetDateTime, String> tz) {
    var statements = new ArrayList<String>();
    var values = new ArrayList<String>();
    for (Flight f : ALL) {
      values.add(
          "(%d, '%s', %s, '%s', %d, %d, '%s', '%s')"
              .formatted(
                  f.id(),
                  f.departed().format(SQL_TIME),
                  tz.apply(f.departedTz()),
                  f.departed().toLocalDate(),
                  f.delay(),
                  f.distance(),
                  f.origin(),
                  f.destination()));
      if (values.size() == 500) {
        statements.add(insert(values));
        values.clear();
      }
    }
    values.add("(" + NO_TIME + ", NULL, NULL, NULL, 0, 0, 'XXX', 'YYY')");
    statements.add(insert(values));
    return statements;
  }

  private static String insert(List<String> values) {
    return "INSERT INTO flights (id, departed, departed_tz, day, delay, distance, origin,"
        + " destination) VALUES "
        + String.join(", ", values);
  }

  private static List<Flight> load() {
    Path file = Path.of("..", "..", "examples", "data", "flights-2k.json");
    List<?> records;
    try {
      records = ConfigBinder.MAPPER.readValue(Files.readString(file), List.class);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file.toAbsolutePath(), e);
    }
    var flights = new ArrayList<Flight>();
    for (Object o : records) {
      Map<?, ?> r = (Map<?, ?>) o;
      flights.add(
          new Flight(
              flights.size() + 1,
              LocalDateTime.parse((String) r.get("date"), FILE_TIME),
              ((Number) r.get("delay")).intValue(),
              ((Number) r.get("distance")).intValue(),
              (String) r.get("origin"),
              (String) r.get("destination")));
    }
    return List.copyOf(flights);
  }

  static boolean between(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
