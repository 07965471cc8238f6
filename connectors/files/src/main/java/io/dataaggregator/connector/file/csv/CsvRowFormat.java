package io.dataaggregator.connector.file.csv;

import io.dataaggregator.connector.file.FileErrorCode;
import io.dataaggregator.connector.file.FileInput;
import io.dataaggregator.connector.file.RowFormat;
import io.dataaggregator.connector.file.TextEncoding;
import io.dataaggregator.connector.file.TextValues;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.Schema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * CSV as the destination writes it: UTF-8, a header line, comma-separated, LF line ends, RFC 4180
 * quoting (a field with a comma, quote or line break is quoted, quotes doubled). A null is an empty
 * field and an empty string {@code ""}, so the two read back apart. Values are rendered by {@link
 * TextValues}.
 */
final class CsvRowFormat implements RowFormat {
  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public Encoder open(OutputStream out) {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    return new Encoder() {
      @Override
      public void begin(Schema schema) throws IOException {
        writeLine(w, schema.names().toArray());
      }

      @Override
      public void write(Schema schema, Object[] row) throws IOException {
        writeLine(w, row);
      }

      @Override
      public void flush() throws IOException {
        w.flush();
      }
    };
  }

  @Override
  public void checkAppend(Path file, Schema schema) {
    List<String> header;
    try (FileInput input = FileInput.open(file, TextEncoding.UTF_8, false)) {
      header = CsvHeader.read(new CsvParser(input, CsvDialect.RFC_4180), file);
    }
    if (header != null && !header.equals(schema.names())) {
      throw new ConnectorException(
          FileErrorCode.SCHEMA_MISMATCH,
          "cannot append to "
              + file
              + ": its header has columns "
              + header
              + ", the stream has "
              + schema.names()
              + "; write with mode overwrite, or to another table");
    }
  }

  private static void writeLine(Writer w, Object[] values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        w.write(',');
      }
      String text = TextValues.render(values[i]);
      if (text != null) {
        writeField(w, text);
      }
    }
    w.write('\n');
  }

  private static void writeField(Writer w, String text) throws IOException {
    if (!text.isEmpty() && !needsQuotes(text)) {
      w.write(text);
      return;
    }
    w.write('"');
    w.write(text.replace("\"", "\"\""));
    w.write('"');
  }

  private static boolean needsQuotes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
