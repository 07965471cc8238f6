package io.dataaggregator.connector.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files one table is written to in a destination folder: part 0 is {@code <table>.<ext>},
 * part n is {@code <table>-0000n.<ext>} (five digits or more). Knows which parts exist and swaps a
 * staged set in for the current one.
 */
final class TableFiles {
  private final Path folder;
  private final String table;
  private final String extension;
  private final Pattern partName;

  TableFiles(Path folder, String table, String extension) {
    this.folder = folder;
    this.table = table;
    this.extension = extension;
    this.partName =
        Pattern.compile(Pattern.quote(table) + "(?:-(\\d{5,}))?" + Pattern.quote("." + extension));
  }

  Path folder() {
    return folder;
  }

  /** The file name of part {@code n}. */
  String name(int n) {
    return n == 0 ? table + "." + extension : String.format("%s-%05d.%s", table, n, extension);
  }

  /** The part numbers present in {@code in}, ascending. */
  List<Integer> parts(Path in) {
    if (!Files.isDirectory(in)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(in)) {
      return files
          .map(p -> partName.matcher(p.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> m.group(1) == null ? 0 : Integer.parseInt(m.group(1)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new hidden folder next to the parts, where an overwrite writes the new set. */
  Path createStaging() throws IOException {
    while (true) {
      String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
      Path staging = folder.resolve("." + name(0) + "." + suffix + ".staging");
      try {
        return Files.createDirectory(staging);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // Try another name.
      }
    }
  }

  /**
   * Replaces the table's parts with those in {@code staging}: each staged part is renamed over its
   * final name (atomically), then the old parts the new set does not have are deleted, highest
   * first, then the staging folder.
   */
  void swapIn(Path staging) throws IOException {
    List<Integer> fresh = parts(staging);
    for (int n : fresh) {
      Files.move(
          staging.resolve(name(n)),
          folder.resolve(name(n)),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }
    List<Integer> old = new ArrayList<>(parts(folder));
    old.removeAll(fresh);
    old.sort(Comparator.reverseOrder());
    for (int n : old) {
      Files.deleteIfExists(folder.resolve(name(n)));
    }
    deleteTree(staging);
    OutputFiles.syncFolder(folder);
  }

  /** Deletes a folder and what it holds (a staging folder: files only). */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir);
  }
}
