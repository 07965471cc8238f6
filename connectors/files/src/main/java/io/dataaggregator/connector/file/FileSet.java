package io.dataaggregator.connector.file;

import io.dataaggregator.engine.spi.ConnectorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files one stream reads, in the order they are read, and the stream's name.
 *
 * <p>A {@code path} is a single file, a folder (every regular file directly inside it, except
 * hidden ones and destinations' {@code <table>__rejected.jsonl} quarantine files) or a glob ({@code
 * data/*.csv}, {@code logs/**.jsonl}); files are sorted by name. A single file's stream is named
 * after the file without its extensions ({@code flights.csv.gz} gives {@code flights}); a folder's
 * or glob's stream after the folder. A configured stream name wins over both.
 *
 * @param stream the stream's name
 * @param files the files, never empty
 * @param path the path as configured, for messages
 */
public record FileSet(String stream, List<Path> files, String path) {
  public FileSet {
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("a file set needs at least one file");
    }
  }

  /**
   * Finds the files {@code path} names.
   *
   * @param streamName the configured stream name, or null/blank for the default
   * @throws ConnectorException ({@link FileErrorCode#NOT_FOUND}) naming the path when nothing
   *     matches
   */
  public static FileSet resolve(String path, String streamName) {
    boolean named = streamName != null && !streamName.isBlank();
    if (Globs.isGlob(path)) {
      Globs.Match match = Globs.expand(path);
      String name = named ? streamName : folderName(match.base());
      return new FileSet(name, match.files(), path);
    }
    Path p = Path.of(path);
    if (Files.isDirectory(p)) {
      String name = named ? streamName : folderName(p);
      return new FileSet(name, listFolder(p, path), path);
    }
    if (!Files.exists(p)) {
      throw new ConnectorException(
          FileErrorCode.NOT_FOUND,
          "file or folder '" + path + "' does not exist (looked at " + p.toAbsolutePath() + ")");
    }
    return new FileSet(named ? streamName : baseName(p), List.of(p), path);
  }

  /** The file's name without {@code .gz} and without its last extension. */
  public static String baseName(Path file) {
    String name = file.getFileName().toString();
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Sum of the files' sizes on disk (compressed where they are). */
  public long totalBytes() {
    long total = 0;
    for (Path f : files) {
      try {
        total += Files.size(f);
      } catch (IOException e) {
        // A file that vanished shows up when it is opened; progress just counts it as empty.
      }
    }
    return total;
  }

  /** Index of {@code fileName} among the files, or -1. */
  public int indexOf(String fileName) {
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i).toString().equals(fileName)) {
        return i;
      }
    }
    return -1;
  }

  static String folderName(Path folder) {
    Path abs = folder.toAbsolutePath().normalize();
    return abs.getFileName() == null ? "root" : abs.getFileName().toString();
  }

  private static List<Path> listFolder(Path folder, String path) {
    try (var entries = Files.list(folder)) {
      List<Path> files = entries.filter(p -> Globs.isInput(p, "")).sorted(Globs.BY_NAME).toList();
      if (files.isEmpty()) {
        throw new ConnectorException(
            FileErrorCode.NOT_FOUND, "folder '" + path + "' holds no files");
      }
      return files;
    } catch (IOException | UncheckedIOException e) {
      throw new ConnectorException(
          FileErrorCode.NOT_READABLE, "cannot list folder '" + path + "': " + e.getMessage(), e);
    }
  }
}
