package io.dataaggregator.connector.file.parquet;

import io.dataaggregator.connector.file.FileErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;

/** Opening Parquet files without Hadoop, and the errors that name what is wrong with one. */
final class ParquetFiles {
  private ParquetFiles() {}

  /**
   * Opens {@code file} and reads its footer.
   *
   * @throws ConnectorException ({@link ParquetErrorCode#CORRUPT}) when it is not a Parquet file
   */
  static ParquetFileReader open(Path file) {
    try {
      return ParquetFileReader.open(new LocalInputFile(file), PlainReadOptions.create());
    } catch (NoSuchFileException e) {
      throw new ConnectorException(
          FileErrorCode.NOT_FOUND, "file '" + file + "' does not exist", e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ConnectorException c) {
        throw c;
      }
      if (!Files.isReadable(file)) {
        throw new ConnectorException(
            FileErrorCode.NOT_READABLE, "cannot read file '" + file + "': " + e.getMessage(), e);
      }
      throw new ConnectorException(
          ParquetErrorCode.CORRUPT,
          "file '" + file + "' is not a valid Parquet file: " + describe(e),
          e);
    }
  }

  /** The schema in {@code file}'s footer. */
  static MessageType schemaOf(Path file) {
    ParquetFileReader reader = open(file);
    try {
      return reader.getFileMetaData().getSchema();
    } finally {
      closeQuietly(reader);
    }
  }

  static ConnectorException corrupt(Path file, String where, Exception e) {
    if (e instanceof ConnectorException c) {
      return c;
    }
    return new ConnectorException(
        ParquetErrorCode.CORRUPT,
        "file '" + file + "' is damaged at " + where + ": " + describe(e),
        e);
  }

  private static String describe(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t && t.getMessage() == null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  static void closeQuietly(ParquetFileReader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      // Only read from; nothing to lose.
    }
  }
}
