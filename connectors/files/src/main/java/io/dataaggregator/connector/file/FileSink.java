package io.dataaggregator.connector.file;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.transform.steps.RowJson;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one stream to {@code <folder>/<table>.<ext>}, rolling over to {@code <table>-00001.<ext>},
 * {@code <table>-00002.<ext>}... whenever a file reaches {@code maxFileBytes} (0: one file).
 *
 * <p>APPEND adds to the last part (or, for formats that cannot be appended to, such as Parquet,
 * starts a new one). New parts are written under hidden temporary names and renamed to their
 * final names at {@link #commit}; a Parquet part is completed (footer) at each commit. Closing
 * without {@link #finish} deletes uncommitted parts and cuts the appended part back to its last
 * commit. OVERWRITE writes the new set into a hidden staging folder next to the parts and swaps it
 * in at {@link #finish} (see {@link TableFiles#swapIn}); closing without finishing deletes it, and
 * {@link #resumeFrom} says {@link Checkpoint#START}, because a rerun must write the whole set
 * again. UPSERT is refused. Rejections go to {@code <table>__rejected.jsonl}. Used by one thread.
 */
public final class FileSink implements BatchWriter {
  private final WriteTarget target;
  private final RowFormat format;
  private final TableFiles files;
  private final Path staging;
  private final long maxFileBytes;
  private final RejectionLog rejections;
  private final List<PartFile> pending = new ArrayList<>();
  private PartFile current;
  private int nextPart;
  private boolean finished;

  private FileSink(
      WriteTarget target, RowFormat format, TableFiles files, Path staging, long maxFileBytes) {
    this.target = target;
    this.format = format;
    this.files = files;
    this.staging = staging;
    this.maxFileBytes = maxFileBytes;
    this.rejections =
        new RejectionLog(files.folder().resolve(target.table() + "__rejected.jsonl"));
  }

  /** Opens the target's files in {@code folder} with one file per table (no rolling). */
  public static FileSink open(Path folder, WriteTarget target, RowFormat format) {
    return open(folder, target, format, 0);
  }

  /**
   * Opens the target's files in {@code folder} (created if missing).
   *
   * @param maxFileBytes size at which a file is closed and the next part started; 0 for never
   * @throws ConnectorException for upsert, a table name that is no file name, a folder that cannot
   *     be written, or an existing file whose columns differ (append)
   */
  public static FileSink open(
      Path folder, WriteTarget target, RowFormat format, long maxFileBytes) {
    if (target.mode() == WriteMode.UPSERT) {
      throw new ConnectorException(
          FileErrorCode.UPSERT_UNSUPPORTED,
          "files do not support upsert (table "
              + target.table()
              + ", key "
              + target.key()
              + "): use mode append or overwrite, or a database destination to merge on a key");
    }
    var files = new TableFiles(folder, OutputFiles.checkName(target.table()), format.extension());
    try {
      Files.createDirectories(folder);
      boolean overwrite = target.mode() == WriteMode.OVERWRITE;
      Path staging = overwrite ? files.createStaging() : null;
      var sink = new FileSink(target, format, files, staging, maxFileBytes);
      sink.start();
      return sink;
    } catch (IOException | UncheckedIOException e) {
      throw new ConnectorException(
          FileErrorCode.NOT_WRITABLE,
          "cannot write " + files.folder().resolve(files.name(0)) + ": " + e.getMessage(),
          e);
    }
  }

  /** Opens the first part: the last existing one to append to, or a new one. */
  private void start() throws IOException {
    List<Integer> existing = staging == null ? files.parts(files.folder()) : List.of();
    int last = existing.isEmpty() ? -1 : existing.getLast();
    nextPart = last + 1;
    Path lastFile = last < 0 ? null : files.folder().resolve(files.name(last));
    if (lastFile != null && format.appendable() && !full(Files.size(lastFile))) {
      current = PartFile.appendTo(lastFile, format, target.schema());
    } else if (lastFile != null) {
      format.checkAppend(lastFile, target.schema());
    } else {
      // A new table gets a file even if no row comes: its header or schema says what it is.
      openNextPart();
    }
  }

  private boolean full(long size) {
    return maxFileBytes > 0 && size >= maxFileBytes;
  }

  private void openNextPart() throws IOException {
    int n = nextPart++;
    Path finalPath = (staging != null ? staging : files.folder()).resolve(files.name(n));
    Path writePath =
        staging != null ? finalPath : OutputFiles.createTemp(files.folder(), files.name(n));
    current = PartFile.create(writePath, finalPath, format, target.schema());
  }

  @Override
  public Optional<Checkpoint> resumeFrom() {
    return staging != null ? Optional.of(Checkpoint.START) : Optional.empty();
  }

  @Override
  public void write(Batch batch) {
    if (!batch.rows().isEmpty() && !batch.schema().names().equals(target.schema().names())) {
      throw new ConnectorException(
          FileErrorCode.SCHEMA_MISMATCH,
          "a batch for table "
              + target.table()
              + " has columns "
              + batch.schema().names()
              + ", but its files were opened for "
              + target.schema().names());
    }
    try {
      List<Rejection> misfits = new ArrayList<>(batch.rejections());
      for (Object[] row : batch.rows()) {
        if (current == null) {
          openNextPart();
        }
        try {
          current.write(batch.schema(), row, maxFileBytes > 0);
        } catch (BadValueException e) {
          misfits.add(misfit(batch, row, e));
          continue;
        }
        if (full(current.size())) {
          current.end();
          pending.add(current);
          current = null;
        }
      }
      rejections.write(misfits);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** A row the format cannot store (a Parquet decimal too large), quarantined with its reason. */
  private Rejection misfit(Batch batch, Object[] row, BadValueException e) {
    return new Rejection(
        target.stream(),
        0,
        e.field(),
        "table " + target.table() + ": " + e.getMessage(),
        RowJson.render(batch.schema(), row));
  }

  @Override
  public void commit(Checkpoint checkpoint) {
    try {
      rejections.commit();
      if (staging != null) {
        if (current != null && format.appendable()) {
          current.sync();
        }
        return;
      }
      if (current != null && !format.appendable()) {
        current.end();
        pending.add(current);
        current = null;
      }
      for (PartFile part : pending) {
        part.sync();
        part.close();
        part.publish();
      }
      pending.clear();
      if (current != null) {
        current.sync();
        current.publish();
        current.markCommitted();
      }
      OutputFiles.syncFolder(files.folder());
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void finish() {
    commit(Checkpoint.START);
    try {
      if (current != null) {
        current.end();
        current.close();
        current = null;
      }
      if (staging != null) {
        for (PartFile part : pending) {
          part.close();
        }
        pending.clear();
        files.swapIn(staging);
      }
      finished = true;
    } catch (IOException | UncheckedIOException e) {
      throw new ConnectorException(
          FileErrorCode.WRITE_FAILED,
          "cannot finish table " + target.table() + " in " + files.folder() + ": " + e.getMessage(),
          e);
    }
  }

  @Override
  public void close() {
    try {
      if (!finished) {
        abandon();
      }
    } catch (IOException e) {
      throw failed(e);
    } finally {
      rejections.close();
    }
  }

  private void abandon() throws IOException {
    if (current != null) {
      pending.add(current);
    }
    for (PartFile part : pending) {
      if (staging != null) {
        part.close();
      } else {
        part.abandon();
      }
    }
    if (staging != null) {
      TableFiles.deleteTree(staging);
    }
  }

  private ConnectorException failed(IOException e) {
    Path file = current != null ? current.finalPath() : files.folder().resolve(files.name(0));
    return new ConnectorException(
        FileErrorCode.WRITE_FAILED, "cannot write " + file + ": " + e.getMessage(), e);
  }
}
