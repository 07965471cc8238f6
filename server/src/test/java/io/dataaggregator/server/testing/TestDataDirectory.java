package io.dataaggregator.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points {@code dagg.data-dir} at a temporary directory for the whole test run (a system property,
 * because the store is chosen before any Spring test hook runs) and deletes it when the JVM exits.
 */
public final class TestDataDirectory implements BeforeAllCallback {
  private static Path directory;

  @Override
  public void beforeAll(ExtensionContext context) {
    directory();
  }

  public static synchronized Path directory() {
    if (directory == null) {
      try {
        directory = Files.createTempDirectory("dagg-it-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      System.setProperty("dagg.data-dir", directory.toString());
      Path toDelete = directory;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(toDelete)));
    }
    return directory;
  }

  public static void deleteQuietly(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // best effort: it is a temporary directory
    }
  }
}
