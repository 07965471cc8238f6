package io.dataaggregator.connector.file.csv;

import io.dataaggregator.connector.file.FileInput;
import io.dataaggregator.connector.file.FilePosition;
import io.dataaggregator.connector.file.FileRowReader;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.nio.file.Path;
import java.util.List;

/** Reads the rows of one CSV file; see {@link FileRowReader}. */
final class CsvFileReader implements FileRowReader {
  private final FileInput input;
  private final CsvParser parser;
  private final CsvRowDecoder decoder;
  private final String stream;

  private CsvFileReader(FileInput input, CsvParser parser, CsvRowDecoder decoder, String stream) {
    this.input = input;
    this.parser = parser;
    this.decoder = decoder;
    this.stream = stream;
  }

  /** Opens {@code file}, reads its header, and moves to {@code resumeAt} when given. */
  static CsvFileReader open(
      Path file, FilePosition resumeAt, CsvOptions options, String stream, Schema schema) {
    FileInput input = FileInput.open(file, options.encoding(), false);
    try {
      CsvParser parser = new CsvParser(input, options.dialect());
      CsvLayout layout = CsvLayout.positional(schema);
      if (options.header()) {
        List<String> header = CsvHeader.read(parser, file);
        if (header != null) {
          layout = CsvLayout.byHeader(file, header, options.columns(), schema);
        }
      }
      if (resumeAt != null) {
        parser.skipTo(resumeAt.offset(), resumeAt.line());
      }
      return new CsvFileReader(
          input, parser, new CsvRowDecoder(stream, file, schema, layout), stream);
    } catch (RuntimeException e) {
      input.close();
      throw e;
    }
  }

  @Override
  public boolean read(List<Object[]> rows, List<Rejection> rejections, int maxRows, long maxBytes) {
    long start = parser.offset();
    int added = 0;
    while (added < maxRows && parser.offset() - start < maxBytes) {
      int r = parser.next();
      if (r == CsvParser.END) {
        return false;
      }
      if (r == CsvParser.BROKEN) {
        String reason = decoder.at(parser.brokenLine()) + ": " + parser.brokenReason();
        rejections.add(new Rejection(stream, parser.brokenLine(), "", reason, parser.brokenRaw()));
        continue;
      }
      Object[] row = decoder.decode(parser.fields, rejections);
      if (row != null) {
        rows.add(row);
        added++;
      }
    }
    return true;
  }

  @Override
  public long offset() {
    return parser.offset();
  }

  @Override
  public long line() {
    return parser.line();
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
