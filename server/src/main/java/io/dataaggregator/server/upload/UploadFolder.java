package io.dataaggregator.server.upload;

import io.dataaggregator.server.system.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Where uploaded files live: {@code <data-dir>/uploads/<upload id>/<file name>}. The uploads
 * feature's public API: connections and pipelines may read files here (and nowhere else in the data
 * directory).
 */
@Component
public class UploadFolder {
  public static final String NAME = "uploads";

  private final Path root;

  UploadFolder(DataDirectory dataDirectory) {
    this.root = dataDirectory.resolve(NAME);
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the upload folder " + root, e);
    }
  }

  /** Absolute, normalized, existing. */
  public Path root() {
    return root;
  }
}
