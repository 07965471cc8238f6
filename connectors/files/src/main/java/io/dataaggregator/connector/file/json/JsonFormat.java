package io.dataaggregator.connector.file.json;

import io.dataaggregator.connector.file.FileInput;
import io.dataaggregator.connector.file.TextEncoding;
import io.dataaggregator.engine.spi.ConnectorException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

/** How a JSON file holds its objects. */
enum JsonFormat {
  AUTO,
  LINES,
  ARRAY;

  static JsonFormat of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** This format, or for AUTO the one {@code file} starts with ('[' array, else lines). */
  JsonFormat of(Path file, TextEncoding encoding) {
    if (this != AUTO) {
      return this;
    }
    try (FileInput input = FileInput.open(file, encoding, true)) {
      int c = firstNonSpace(input.stream());
      if (c == '[') {
        return ARRAY;
      }
      if (c == '{' || c < 0) {
        return LINES;
      }
      throw new ConnectorException(
          JsonErrorCode.NOT_JSON,
          "file "
              + file
              + " starts with '"
              + (char) c
              + "', neither '[' (a JSON array) nor '{'"
              + " (JSON Lines); is it JSON? Set 'format' to say which it is.");
    } catch (IOException e) {
      throw new ConnectorException(
          io.dataaggregator.connector.file.FileErrorCode.READ_FAILED,
          "cannot read file " + file + ": " + e.getMessage(),
          e);
    }
  }

  private static int firstNonSpace(InputStream in) throws IOException {
    int c = in.read();
    while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      c = in.read();
    }
    return c;
  }
}
