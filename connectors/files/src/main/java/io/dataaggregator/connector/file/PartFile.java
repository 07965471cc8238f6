package io.dataaggregator.connector.file;

import io.dataaggregator.engine.type.Schema;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * One file of a {@link FileSink}'s output being written: either a new file under a hidden
 * temporary name (published under its final name by {@link #publish}) or written in place, or an
 * existing file being appended to. Knows its size as rows go in, for rolling. Used by one thread.
 */
final class PartFile {
  private final Path finalPath;
  private Path tempPath;
  private final FileChannel channel;
  private final Counting counting;
  private final OutputStream out;
  private final RowFormat.Encoder encoder;
  private final long startSize;
  private long committedSize;
  private long rows;
  private boolean ended;

  private PartFile(Path finalPath, Path tempPath, FileChannel channel, RowFormat format)
      throws IOException {
    this.finalPath = finalPath;
    this.tempPath = tempPath;
    this.channel = channel;
    this.startSize = channel.size();
    this.committedSize = startSize;
    this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    this.counting = new Counting(out);
    this.encoder = format.open(counting);
  }

  /**
   * A new, empty file at {@code writePath} that becomes {@code finalPath}: the same path when
   * written in place, a temporary name when published later.
   */
  static PartFile create(Path writePath, Path finalPath, RowFormat format, Schema schema)
      throws IOException {
    FileChannel channel =
        FileChannel.open(
            writePath,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
    Path temp = writePath.equals(finalPath) ? null : writePath;
    PartFile part = new PartFile(finalPath, temp, channel, format);
    part.encoder.begin(schema);
    return part;
  }

  /** The existing file {@code file}, appended to after checking its columns fit {@code schema}. */
  static PartFile appendTo(Path file, RowFormat format, Schema schema) throws IOException {
    FileChannel channel = OutputFiles.openForAppend(file, schema, format);
    PartFile part = new PartFile(file, null, channel, format);
    if (part.startSize == 0) {
      part.encoder.begin(schema);
    }
    return part;
  }

  /**
   * Writes a row; with {@code exactSize} the encoder is flushed (into this part's buffer, no
   * system call) so that {@link #size} counts the row.
   */
  void write(Schema schema, Object[] row, boolean exactSize) throws IOException {
    encoder.write(schema, row);
    rows++;
    if (exactSize) {
      encoder.flush();
    }
  }

  /** The file's size once everything written so far reaches it (an estimate for Parquet). */
  long size() {
    return startSize + counting.count + encoder.bufferedBytes();
  }

  long rows() {
    return rows;
  }

  Path finalPath() {
    return finalPath;
  }

  /** Flushes to the file and syncs it to disk. */
  void sync() throws IOException {
    if (!ended) {
      encoder.flush();
    }
    out.flush();
    channel.force(true);
  }

  /** Completes the file (footer) and syncs it; no row may follow. */
  void end() throws IOException {
    if (!ended) {
      encoder.end();
      ended = true;
    }
    sync();
  }

  /** Moves a temporary file to its final name (atomically); the channel stays usable. */
  void publish() throws IOException {
    if (tempPath != null) {
      Files.move(
          tempPath, finalPath, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      tempPath = null;
    }
  }

  /** Records that everything written is durable: {@link #abandon} keeps it from now on. */
  void markCommitted() throws IOException {
    committedSize = channel.size();
  }

  void close() throws IOException {
    channel.close();
  }

  /** Undoes what was not committed: deletes a temporary file, or cuts a file back. */
  void abandon() throws IOException {
    if (tempPath != null) {
      channel.close();
      Files.deleteIfExists(tempPath);
    } else if (channel.isOpen()) {
      channel.truncate(committedSize);
      channel.close();
    } else if (Files.size(finalPath) > committedSize) {
      try (FileChannel c = FileChannel.open(finalPath, StandardOpenOption.WRITE)) {
        c.truncate(committedSize);
      }
    }
  }

  /** Counts bytes; its flush stops here, so encoders can flush per row without a system call. */
  private static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void flush() {
      // The part flushes the buffer below explicitly when it syncs.
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
