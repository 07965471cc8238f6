package io.dataaggregator.connector.file.json;

import io.dataaggregator.connector.file.FileInput;
import io.dataaggregator.connector.file.FilePosition;
import io.dataaggregator.connector.file.FileRowReader;
import io.dataaggregator.connector.file.TextEncoding;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.Rejection;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the objects of one JSON file as rows; see {@link FileRowReader}. In a JSON Lines file a bad
 * line is a rejection; in an array file a syntax error is fatal (the structure is lost), while a
 * valid element that is not an object or misfits a column is a rejection.
 */
final class JsonFileReader implements FileRowReader {
  private final FileInput input;
  private final JsonSplitter splitter;
  private final JsonRowDecoder decoder;
  private final boolean lines;
  private final String stream;
  private final String file;

  private JsonFileReader(
      FileInput input,
      JsonSplitter splitter,
      JsonRowDecoder decoder,
      boolean lines,
      String stream) {
    this.input = input;
    this.splitter = splitter;
    this.decoder = decoder;
    this.lines = lines;
    this.stream = stream;
    this.file = input.file().toString();
  }

  static JsonFileReader open(
      Path file,
      FilePosition resumeAt,
      JsonFormat format,
      TextEncoding encoding,
      String stream,
      JsonRowDecoder decoder) {
    boolean lines = format.of(file, encoding) == JsonFormat.LINES;
    FileInput input = FileInput.open(file, encoding, true);
    try {
      JsonSplitter splitter = splitter(input, lines);
      if (resumeAt != null) {
        splitter.resumeAfterElement(resumeAt.offset(), resumeAt.line());
      }
      return new JsonFileReader(input, splitter, decoder, lines, stream);
    } catch (RuntimeException e) {
      input.close();
      throw e;
    }
  }

  static JsonSplitter splitter(FileInput input, boolean lines) {
    String name = input.file().toString();
    return lines
        ? new JsonLineSplitter(name, input.stream(), input.startOffset())
        : new JsonArraySplitter(name, input.stream(), input.startOffset());
  }

  @Override
  public boolean read(List<Object[]> rows, List<Rejection> rejections, int maxRows, long maxBytes) {
    long start = splitter.offset();
    int added = 0;
    while (added < maxRows && splitter.offset() - start < maxBytes) {
      int r = splitter.next();
      if (r == JsonSplitter.END) {
        return false;
      }
      if (r == JsonSplitter.TOO_LONG) {
        reject(
            rejections,
            "",
            "file " + file + " line " + splitter.elementLine + ": " + splitter.problem(),
            splitter.raw());
        continue;
      }
      Object[] row = decode(rejections);
      if (row != null) {
        rows.add(row);
        added++;
      }
    }
    return true;
  }

  private Object[] decode(List<Rejection> rejections) {
    try {
      return decoder.decode(splitter.bytes(), splitter.start, splitter.end - splitter.start);
    } catch (JsonRowDecoder.Misfit e) {
      String where =
          "file "
              + file
              + " line "
              + splitter.elementLine
              + (e.field.isEmpty() ? "" : ", field '" + e.field + "'");
      reject(rejections, e.field, where + ": " + e.getMessage(), splitter.elementText());
    } catch (JacksonException e) {
      String where = where(e.getLocation());
      if (!lines) {
        throw new ConnectorException(
            JsonErrorCode.SYNTAX, where + ": " + e.getOriginalMessage(), e);
      }
      reject(
          rejections,
          "",
          where + ": not valid JSON: " + e.getOriginalMessage(),
          splitter.elementText());
    }
    return null;
  }

  /** File, line and column of a parse error inside the current element. */
  private String where(TokenStreamLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return "file " + file + " line " + splitter.elementLine;
    }
    long line = splitter.elementLine + at.getLineNr() - 1;
    long column =
        at.getLineNr() == 1 ? splitter.elementColumn + at.getColumnNr() - 1 : at.getColumnNr();
    return "file " + file + " line " + line + " column " + column;
  }

  private void reject(List<Rejection> rejections, String field, String reason, String raw) {
    rejections.add(new Rejection(stream, splitter.elementLine, field, reason, raw));
  }

  @Override
  public long offset() {
    return splitter.offset();
  }

  @Override
  public long line() {
    return splitter.line();
  }

  @Override
  public long rawBytesRead() {
    return input.rawBytesRead();
  }

  @Override
  public void close() {
    input.close();
  }
}
