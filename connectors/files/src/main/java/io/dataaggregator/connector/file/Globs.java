package io.dataaggregator.connector.file;

import io.dataaggregator.engine.spi.ConnectorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Expands glob paths such as {@code data/*.csv} or {@code logs/2024-*}{@code /**.jsonl}. */
final class Globs {
  /** Sorts by path text so that folder and glob listings come out the same on every machine. */
  static final Comparator<Path> BY_NAME = Comparator.comparing(Path::toString);

  private static final String REJECTED = "__rejected";

  /** The folder before the first wildcard and the files under it that match. */
  record Match(Path base, List<Path> files) {}

  private Globs() {}

  static boolean isGlob(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return true;
      }
    }
    return false;
  }

  static boolean isVisibleFile(Path p) {
    return Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".");
  }

  /**
   * Whether a listed file is input: visible, and not a destination's quarantine file ({@code
   * <table>__rejected.jsonl}) unless the glob asks for those by name.
   */
  static boolean isInput(Path p, String pattern) {
    return isVisibleFile(p)
        && (pattern.contains(REJECTED) || !FileSet.baseName(p).endsWith(REJECTED));
  }

  /**
   * The files matching {@code glob}, sorted by name.
   *
   * @throws ConnectorException when the glob's folder does not exist or nothing matches
   */
  static Match expand(String glob) {
    String normalized = glob.replace('\\', '/');
    List<String> segments = List.of(normalized.split("/", -1));
    int first = 0;
    while (first < segments.size() && !isGlob(segments.get(first))) {
      first++;
    }
    String baseText = String.join("/", segments.subList(0, first));
    Path base =
        baseText.isEmpty() ? Path.of(normalized.startsWith("/") ? "/" : ".") : Path.of(baseText);
    String pattern = String.join("/", segments.subList(first, segments.size()));
    if (!Files.isDirectory(base)) {
      throw new ConnectorException(
          FileErrorCode.NOT_FOUND,
          "'" + glob + "' matches no file: folder '" + base + "' does not exist");
    }
    List<Path> files = walk(base, pattern, glob);
    if (files.isEmpty()) {
      throw new ConnectorException(
          FileErrorCode.NOT_FOUND,
          "'" + glob + "' matches no file (looked in " + base.toAbsolutePath().normalize() + ")");
    }
    return new Match(base, files);
  }

  private static List<Path> walk(Path base, String pattern, String glob) {
    PathMatcher matcher = base.getFileSystem().getPathMatcher("glob:" + pattern);
    int depth = pattern.contains("**") ? Integer.MAX_VALUE : pattern.split("/").length;
    try (var paths = Files.walk(base, depth)) {
      var files = new ArrayList<Path>();
      paths
          .filter(p -> isInput(p, pattern))
          .filter(p -> matcher.matches(base.relativize(p)))
          .sorted(BY_NAME)
          .forEach(files::add);
      return files;
    } catch (IOException | UncheckedIOException e) {
      throw new ConnectorException(
          FileErrorCode.NOT_READABLE, "cannot list files for '" + glob + "': " + e.getMessage(), e);
    }
  }
}
