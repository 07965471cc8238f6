package io.dataaggregator.connector.file.parquet;

import io.dataaggregator.connector.file.FilePosition;
import io.dataaggregator.connector.file.FileRowReader;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.ParquetDecodingException;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Reads the rows of one Parquet file, one row group in memory at a time; see {@link
 * FileRowReader}. Only the stream's columns are decoded; a column the file lacks reads as null,
 * and a column whose type differs from the stream's is converted ({@link RowCasts}), a value that
 * does not convert being a rejection. Positions count rows: offset is the number of rows of the
 * file already returned. Used by one thread.
 */
final class ParquetRowReader implements FileRowReader {
  private final Path file;
  private final ParquetFileReader reader;
  private final MessageColumnIO io;
  private final RowMaterializer materializer;
  private final RowCasts casts;
  private final List<BlockMetaData> groups;
  private RecordReader<Object[]> records;
  private long leftInGroup;
  private int nextGroup;
  private long offset;
  private long bytesRead;

  private ParquetRowReader(Path file, ParquetFileReader reader, Schema stream, String name) {
    this.file = file;
    this.reader = reader;
    MessageType fileSchema = reader.getFileMetaData().getSchema();
    var requested = new ArrayList<Type>();
    var target = new ArrayList<Integer>();
    for (int i = 0; i < stream.size(); i++) {
      String column = stream.field(i).name();
      if (fileSchema.containsField(column)) {
        requested.add(fileSchema.getType(column));
        target.add(i);
      }
    }
    MessageType projection = new MessageType(fileSchema.getName(), requested);
    reader.setRequestedSchema(projection);
    this.io = new ColumnIOFactory().getColumnIO(projection, fileSchema);
    int[] slots = target.stream().mapToInt(Integer::intValue).toArray();
    this.materializer = new RowMaterializer(projection, slots, stream.size());
    this.casts = RowCasts.of(projection, slots, stream, name, file);
    this.groups = reader.getRowGroups();
  }

  /** Opens {@code file} at {@code resumeAt} (null: its first row). */
  static ParquetRowReader open(Path file, FilePosition resumeAt, Schema stream, String name) {
    ParquetFileReader reader = ParquetFiles.open(file);
    try {
      var rows = new ParquetRowReader(file, reader, stream, name);
      if (resumeAt != null) {
        rows.skip(resumeAt.offset());
      }
      return rows;
    } catch (RuntimeException e) {
      ParquetFiles.closeQuietly(reader);
      throw e;
    }
  }

  /** Skips whole row groups without reading them, then single rows. */
  private void skip(long rows) {
    while (nextGroup < groups.size() && offset + groups.get(nextGroup).getRowCount() <= rows) {
      offset += groups.get(nextGroup).getRowCount();
      reader.skipNextRowGroup();
      nextGroup++;
    }
    while (offset < rows && (leftInGroup > 0 || loadGroup())) {
      records.read();
      leftInGroup--;
      offset++;
    }
  }

  private boolean loadGroup() {
    try {
      PageReadStore pages = reader.readNextRowGroup();
      if (pages == null) {
        return false;
      }
      bytesRead += groups.get(nextGroup).getCompressedSize();
      nextGroup++;
      records = io.getRecordReader(pages, materializer);
      leftInGroup = pages.getRowCount();
      return true;
    } catch (IOException | RuntimeException e) {
      throw ParquetFiles.corrupt(file, "row group " + (nextGroup + 1), e);
    }
  }

  @Override
  public boolean read(List<Object[]> rows, List<Rejection> rejections, int maxRows, long maxBytes) {
    int added = 0;
    while (added < maxRows) {
      if (leftInGroup == 0 && !loadGroup()) {
        return false;
      }
      Object[] row = readRow();
      leftInGroup--;
      offset++;
      Rejection misfit = casts.apply(row, offset);
      if (misfit == null) {
        rows.add(row);
        added++;
      } else {
        rejections.add(misfit);
      }
    }
    return true;
  }

  private Object[] readRow() {
    try {
      return records.read();
    } catch (ParquetDecodingException | IllegalArgumentException | IllegalStateException e) {
      throw ParquetFiles.corrupt(file, "row " + (offset + 1), e);
    }
  }

  @Override
  public long offset() {
    return offset;
  }

  @Override
  public long line() {
    return offset + 1;
  }

  @Override
  public long rawBytesRead() {
    return bytesRead;
  }

  @Override
  public void close() {
    ParquetFiles.closeQuietly(reader);
  }
}
