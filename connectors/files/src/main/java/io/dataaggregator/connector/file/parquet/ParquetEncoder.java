package io.dataaggregator.connector.file.parquet;

import io.dataaggregator.connector.file.RowFormat;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;

/**
 * Writes one Parquet file to a stream with parquet's own file and page writers (what its Hadoop
 * record writer does, minus Hadoop): rows are buffered in column stores and written as a row
 * group once the buffer reaches {@code rowGroupBytes}; {@link #end} writes the last row group and
 * the footer. Every column is optional and flat, so values go straight to the column writers.
 * Used by one thread.
 */
final class ParquetEncoder implements RowFormat.Encoder {
  /** Rows between checks of the buffered size (a check walks every column). */
  private static final int CHECK_EVERY = 128;

  private final OutputStream out;
  private final CompressionCodecName codec;
  private final TimeUnit unit;
  private final long rowGroupBytes;
  private final ParquetProperties properties =
      ParquetProperties.builder()
          .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0)
          .withDictionaryEncoding(true)
          .build();
  private ParquetFileWriter file;
  private MessageType message;
  private ColumnChunkPageWriteStore pages;
  private ColumnWriteStore columns;
  private ColumnWriter[] writers;
  private Object[] prepared;
  private long rowsInGroup;
  private long buffered;

  ParquetEncoder(OutputStream out, CompressionCodecName codec, TimeUnit unit, long rowGroupBytes) {
    this.out = out;
    this.codec = codec;
    this.unit = unit;
    this.rowGroupBytes = rowGroupBytes;
  }

  @Override
  public void begin(Schema schema) throws IOException {
    message = ParquetTypes.toMessage(schema, unit);
    file =
        new ParquetFileWriter(
            new StreamOutputFile(out), message, ParquetFileWriter.Mode.CREATE, rowGroupBytes, 0,
            null, properties);
    file.start();
    prepared = new Object[schema.size()];
    startGroup();
  }

  private void startGroup() {
    pages =
        new ColumnChunkPageWriteStore(
            ParquetCodecs.INSTANCE.getCompressor(codec),
            message,
            properties.getAllocator(),
            properties.getColumnIndexTruncateLength(),
            properties.getPageWriteChecksumEnabled(),
            null,
            0);
    columns = properties.newColumnWriteStore(message, pages, pages);
    List<ColumnDescriptor> descriptors = message.getColumns();
    writers = new ColumnWriter[descriptors.size()];
    for (int i = 0; i < writers.length; i++) {
      writers[i] = columns.getColumnWriter(descriptors.get(i));
    }
    rowsInGroup = 0;
    buffered = 0;
  }

  @Override
  public void write(Schema schema, Object[] row) throws IOException {
    // Convert the whole row first: a value that does not fit rejects the row before any is written.
    for (int i = 0; i < row.length; i++) {
      prepared[i] = ColumnWriters.prepare(schema.field(i), row[i], unit);
    }
    for (int i = 0; i < row.length; i++) {
      ColumnWriters.write(writers[i], prepared[i]);
    }
    columns.endRecord();
    if (++rowsInGroup % CHECK_EVERY == 0) {
      buffered = columns.getBufferedSize();
      if (buffered >= rowGroupBytes) {
        flushGroup();
        startGroup();
      }
    }
  }

  private void flushGroup() throws IOException {
    if (rowsInGroup > 0) {
      file.startBlock(rowsInGroup);
      columns.flush();
      pages.flushToFileWriter(file);
      file.endBlock();
    }
    columns.close();
    pages.close();
  }

  @Override
  public void flush() {
    // A row group is written whole; rows stay buffered until it is full or the file ends.
  }

  @Override
  public long bufferedBytes() {
    return buffered;
  }

  @Override
  public void end() throws IOException {
    flushGroup();
    file.end(Map.of("writer", "dataaggregator"));
    buffered = 0;
  }
}
