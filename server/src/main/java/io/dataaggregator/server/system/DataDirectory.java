package io.dataaggregator.server.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server's own directory ({@code dagg.data-dir}, {@code --data-dir}, default {@code ./data}):
 * the embedded database, generated keys and, later, uploaded files live here. Features ask for this
 * bean rather than reading the property, so the path is resolved one way everywhere.
 *
 * @param path absolute, normalized, existing directory
 */
public record DataDirectory(Path path) {
  public static final String PROPERTY = "dagg.data-dir";

  /** Creates the directory when missing. */
  public static DataDirectory open(String configured) {
    Path path = locate(configured);
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the data directory " + path, e);
    }
    return new DataDirectory(path);
  }

  /** A file or directory inside the data directory. */
  public Path resolve(String name) {
    return path.resolve(name);
  }

  static Path locate(String configured) {
    String value = configured == null || configured.isBlank() ? "./data" : configured;
    return Path.of(value).toAbsolutePath().normalize();
  }
}
