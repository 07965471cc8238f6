package io.dataaggregator.connector.file;

import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** A file format a {@link FileSink} writes: its extension and how rows become bytes. */
public interface RowFormat {
  /** The file extension without the dot, e.g. {@code csv}. */
  String extension();

  /**
   * An encoder writing to {@code out}; it buffers, and {@link Encoder#flush} pushes to {@code out}.
   */
  Encoder open(OutputStream out);

  /**
   * Checks that rows of {@code schema} can be appended to the existing, non-empty {@code file}.
   *
   * @throws io.dataaggregator.engine.spi.ConnectorException ({@link FileErrorCode#SCHEMA_MISMATCH})
   *     naming what differs
   */
  void checkAppend(Path file, Schema schema);

  /**
   * Whether rows can be added to a finished file of this format. Formats with a footer (Parquet)
   * cannot: appending starts a new file, and a commit finishes the file it wrote.
   */
  default boolean appendable() {
    return true;
  }

  /** Writes rows of one file. Used by one thread. */
  interface Encoder {
    /** Starts a new (empty) file: writes the header, if the format has one. */
    void begin(Schema schema) throws IOException;

    void write(Schema schema, Object[] row) throws IOException;

    /**
     * Pushes buffered rows to the stream where the format can; a format that only writes whole
     * blocks (Parquet row groups) may keep them until {@link #end}.
     */
    void flush() throws IOException;

    /** Completes the file (a footer, if the format has one) and flushes; no row follows. */
    default void end() throws IOException {
      flush();
    }

    /** Bytes of rows accepted but not yet pushed to the stream (an estimate), for rolling. */
    default long bufferedBytes() {
      return 0;
    }
  }
}
