package io.dataaggregator.connector.file.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/**
 * Writes Parquet files of any schema (nested, legacy types) record by record through Parquet's
 * own record consumer, so tests can read files the destination never writes.
 */
final class RawParquet {
  private RawParquet() {}

  /** Writes one row group of {@code records} records; {@code writer} emits each one. */
  static void write(
      Path file,
      MessageType schema,
      CompressionCodecName codec,
      int records,
      java.util.function.ObjIntConsumer<RecordConsumer> writer)
      throws IOException {
    ParquetProperties props = ParquetProperties.builder().build();
    var out =
        new ParquetFileWriter(
            new LocalOutputFile(file), schema, ParquetFileWriter.Mode.CREATE, 1 << 20, 0, null,
            props);
    out.start();
    var pages =
        new ColumnChunkPageWriteStore(
            ParquetCodecs.INSTANCE.getCompressor(codec),
            schema,
            props.getAllocator(),
            props.getColumnIndexTruncateLength(),
            false,
            null,
            0);
    ColumnWriteStore columns = props.newColumnWriteStore(schema, pages, pages);
    RecordConsumer rc = new ColumnIOFactory(false).getColumnIO(schema).getRecordWriter(columns);
    for (int i = 0; i < records; i++) {
      rc.startMessage();
      writer.accept(rc, i);
      rc.endMessage();
    }
    rc.flush();
    out.startBlock(records);
    columns.flush();
    pages.flushToFileWriter(out);
    out.endBlock();
    columns.close();
    pages.close();
    out.end(Map.of());
  }

  /** Emits field {@code index} named {@code name} with {@code body} writing its value(s). */
  static void field(RecordConsumer rc, String name, int index, Consumer<RecordConsumer> body) {
    rc.startField(name, index);
    body.accept(rc);
    rc.endField(name, index);
  }
}
