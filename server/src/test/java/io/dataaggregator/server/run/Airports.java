package io.dataaggregator.server.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The real data set of the tests: {@code examples/data/airports.csv} of the repository (3,376 US
 * airports from vega-datasets; 4 of them lie east of the date line, longitude above 0).
 */
public final class Airports {
  public static final int ROWS = 3376;
  public static final int EAST_OF_DATE_LINE = 4;
  public static final Path SOURCE = Path.of("..", "examples", "data", "airports.csv");

  private Airports() {}

  /** A copy in {@code dir}; returns its absolute path. */
  public static Path copyTo(Path dir) {
    try {
      Path target = dir.resolve("airports.csv");
      Files.copy(SOURCE, target, StandardCopyOption.REPLACE_EXISTING);
      return target.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
