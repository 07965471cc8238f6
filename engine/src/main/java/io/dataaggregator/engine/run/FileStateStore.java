package io.dataaggregator.engine.run;

import io.dataaggregator.engine.spi.Checkpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** One file per pipeline and stream under a folder ({@code .dagg/state} by default), replaced atomically. */
public final class FileStateStore implements StateStore {
  private final Path dir;

  public FileStateStore(Path dir) {
    this.dir = dir;
  }

  @Override
  public Optional<Checkpoint> load(String pipeline, String stream) {
    try {
      return Optional.of(new Checkpoint(Files.readString(file(pipeline, stream), StandardCharsets.UTF_8)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read state " + file(pipeline, stream), e);
    }
  }

  @Override
  public void save(String pipeline, String stream, Checkpoint checkpoint) {
    Path target = file(pipeline, stream);
    try {
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), ".state", ".tmp");
      Files.writeString(tmp, checkpoint.state(), StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write state " + target, e);
    }
  }

  private Path file(String pipeline, String stream) {
    return dir.resolve(safe(pipeline)).resolve(safe(stream) + ".json");
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
