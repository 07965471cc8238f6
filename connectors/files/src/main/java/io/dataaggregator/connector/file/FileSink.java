package io.dataaggregator.connector.file;

import io.dataaggregator.engine.spi.BatchWriter;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.WriteMode;
import io.dataaggregator.engine.spi.WriteTarget;
import io.dataaggregator.engine.type.Batch;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes one stream to {@code <folder>/<table>.<extension>}. APPEND adds to the file (closing
 * without {@link #finish} cuts it back to the last commit); OVERWRITE writes a hidden temporary
 * file in the same folder and atomically moves it over the target in {@link #finish}, so readers
 * never see half a file (closing without finishing deletes it); UPSERT is refused. Rejections go to
 * {@code <table>__rejected.jsonl}. {@link #commit} flushes and fsyncs. Used by one thread.
 */
public final class FileSink implements BatchWriter {
  private final WriteTarget target;
  private final Path file;
  private final Path temp;
  private final FileChannel channel;
  private final OutputStream out;
  private final RowFormat.Encoder encoder;
  private final RejectionLog rejections;
  private long committedSize;
  private boolean finished;

  private FileSink(
      WriteTarget target,
      Path file,
      Path temp,
      FileChannel channel,
      RowFormat format,
      Path rejected)
      throws IOException {
    this.target = target;
    this.file = file;
    this.temp = temp;
    this.channel = channel;
    this.committedSize = channel.size();
    this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    this.encoder = format.open(out);
    this.rejections = new RejectionLog(rejected);
    if (committedSize == 0) {
      encoder.begin(target.schema());
    }
  }

  /**
   * Opens the target's file in {@code folder} (created if missing).
   *
   * @throws ConnectorException for upsert, a table name that is no file name, a folder that cannot
   *     be written, or an existing file whose columns differ (append)
   */
  public static FileSink open(Path folder, WriteTarget target, RowFormat format) {
    if (target.mode() == WriteMode.UPSERT) {
      throw new ConnectorException(
          FileErrorCode.UPSERT_UNSUPPORTED,
          "files do not support upsert (table "
              + target.table()
              + ", key "
              + target.key()
              + "): use mode append or overwrite, or a database destination to merge on a key");
    }
    String name = OutputFiles.checkName(target.table());
    Path file = folder.resolve(name + "." + format.extension());
    Path rejected = folder.resolve(name + "__rejected.jsonl");
    try {
      Files.createDirectories(folder);
      if (target.mode() == WriteMode.APPEND) {
        FileChannel channel = OutputFiles.openForAppend(file, target.schema(), format);
        return new FileSink(target, file, null, channel, format, rejected);
      }
      Path temp = OutputFiles.createTemp(folder, name + "." + format.extension());
      FileChannel channel = FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE);
      return new FileSink(target, file, temp, channel, format, rejected);
    } catch (IOException e) {
      throw new ConnectorException(
          FileErrorCode.NOT_WRITABLE, "cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Files keep no checkpoint; the runner's state serves. */
  @Override
  public Optional<Checkpoint> resumeFrom() {
    return Optional.empty();
  }

  @Override
  public void write(Batch batch) {
    if (!batch.rows().isEmpty() && !batch.schema().names().equals(target.schema().names())) {
      throw new ConnectorException(
          FileErrorCode.SCHEMA_MISMATCH,
          "a batch for "
              + file
              + " has columns "
              + batch.schema().names()
              + ", but the file was"
              + " opened for "
              + target.schema().names());
    }
    try {
      for (Object[] row : batch.rows()) {
        encoder.write(batch.schema(), row);
      }
      rejections.write(batch.rejections());
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void commit(Checkpoint checkpoint) {
    try {
      encoder.flush();
      out.flush();
      channel.force(true);
      committedSize = channel.size();
      rejections.commit();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void finish() {
    commit(Checkpoint.START);
    try {
      channel.close();
      if (temp != null) {
        Files.move(
            temp,
            file,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        OutputFiles.syncFolder(file.getParent());
      }
      finished = true;
    } catch (IOException e) {
      throw failed(e);
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

  /** Undoes what was not committed: the temporary file, or the appended tail. */
  private void abandon() throws IOException {
    if (temp != null) {
      channel.close();
      Files.deleteIfExists(temp);
    } else if (channel.isOpen()) {
      channel.truncate(committedSize);
      channel.close();
    }
  }

  private ConnectorException failed(IOException e) {
    return new ConnectorException(
        FileErrorCode.WRITE_FAILED, "cannot write " + file + ": " + e.getMessage(), e);
  }
}
