package io.dataaggregator.connector.file;

import io.dataaggregator.engine.type.Rejection;
import java.util.List;

/**
 * Reads the rows of one file for a {@link FileBatchReader}. Used by one thread; closed by the batch
 * reader.
 */
public interface FileRowReader extends AutoCloseable {
  /**
   * Appends rows to {@code rows} and bad input to {@code rejections} until {@code maxRows} rows
   * were added, about {@code maxBytes} bytes were consumed, or the file ended.
   *
   * @return false once the file is exhausted
   */
  boolean read(List<Object[]> rows, List<Rejection> rejections, int maxRows, long maxBytes);

  /** Byte offset of the next record in the file's (decompressed) content. */
  long offset();

  /** Line number of the next record. */
  long line();

  /** Bytes consumed from the file on disk, for progress. */
  long rawBytesRead();

  @Override
  void close();

  /** Opens a reader on one file of a {@link FileSet}. */
  @FunctionalInterface
  interface Opener {
    /**
     * @param resumeAt where to start (a checkpoint of this file), or null for its beginning
     */
    FileRowReader open(java.nio.file.Path file, FilePosition resumeAt);
  }
}
