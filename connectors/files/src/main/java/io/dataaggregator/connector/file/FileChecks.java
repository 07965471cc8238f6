package io.dataaggregator.connector.file;

import io.dataaggregator.engine.spi.CheckResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checks file connectors run for {@code check()}. */
public final class FileChecks {
  private FileChecks() {}

  /** Success naming the file count and size when every file can be read, else what cannot. */
  public static CheckResult readable(FileSet files) {
    for (Path file : files.files()) {
      if (!Files.isReadable(file)) {
        return CheckResult.failure(
            "file " + file + " exists but cannot be read (check its permissions)");
      }
    }
    long bytes = files.totalBytes();
    int n = files.files().size();
    return CheckResult.success(
        n
            + (n == 1 ? " file" : " files")
            + ", "
            + bytes
            + " bytes, stream '"
            + files.stream()
            + "'");
  }

  /** Success when {@code folder} exists and is writable, or can be created; else why not. */
  public static CheckResult writableFolder(Path folder) {
    if (Files.isDirectory(folder)) {
      return probe(folder);
    }
    if (Files.exists(folder)) {
      return CheckResult.failure("'" + folder + "' exists but is not a folder");
    }
    Path parent = folder.toAbsolutePath().getParent();
    while (parent != null && !Files.exists(parent)) {
      parent = parent.getParent();
    }
    if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
      return CheckResult.failure(
          "folder '" + folder + "' does not exist and cannot be created under " + parent);
    }
    return CheckResult.success("folder '" + folder + "' will be created");
  }

  private static CheckResult probe(Path folder) {
    try {
      Path probe = Files.createTempFile(folder, ".check-", ".tmp");
      Files.delete(probe);
      return CheckResult.success("folder '" + folder + "' is writable");
    } catch (IOException e) {
      return CheckResult.failure("folder '" + folder + "' is not writable: " + e.getMessage());
    }
  }
}
