package io.dataaggregator.connector.file;

import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.type.Batch;
import io.dataaggregator.engine.type.Rejection;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the files of a {@link FileSet} one after the other as batches of up to {@value #BATCH_ROWS}
 * rows (or about 8 MiB of input), with a {@link FilePosition} checkpoint after each. A batch may
 * hold rows of several files. Used by one thread.
 */
public final class FileBatchReader implements BatchReader {
  public static final int BATCH_ROWS = 4096;
  private static final long BATCH_BYTES = 8L << 20;

  private final FileSet files;
  private final Schema schema;
  private final FileRowReader.Opener opener;
  private final long bytesTotal;
  private int index;
  private FilePosition resumeAt;
  private FileRowReader current;
  private Checkpoint checkpoint;
  private long doneBytes;
  private volatile long bytesRead;

  /** Starts at {@code from}: {@link Checkpoint#START} or a checkpoint of an earlier reader. */
  public FileBatchReader(
      FileSet files, Schema schema, FileRowReader.Opener opener, Checkpoint from) {
    this.files = files;
    this.schema = schema;
    this.opener = opener;
    this.bytesTotal = files.totalBytes();
    this.checkpoint = from;
    if (!from.isStart()) {
      seek(FilePosition.of(from));
    }
  }

  /** Files before the checkpoint's file (in name order) are done; a vanished file is skipped. */
  private void seek(FilePosition p) {
    int at = files.indexOf(p.file());
    if (at >= 0) {
      index = at;
      resumeAt = p;
    } else {
      while (index < files.files().size()
          && files.files().get(index).toString().compareTo(p.file()) < 0) {
        index++;
      }
    }
    for (int i = 0; i < index; i++) {
      doneBytes += sizeOf(i);
    }
  }

  @Override
  public Batch next() {
    var rows = new ArrayList<Object[]>();
    var rejections = new ArrayList<Rejection>();
    while (rows.isEmpty() && rejections.isEmpty() && index < files.files().size()) {
      fillBatch(rows, rejections);
    }
    bytesRead = doneBytes + (current == null ? 0 : current.rawBytesRead());
    return rows.isEmpty() && rejections.isEmpty() ? null : new Batch(schema, rows, rejections);
  }

  private void fillBatch(List<Object[]> rows, List<Rejection> rejections) {
    while (rows.size() < BATCH_ROWS && index < files.files().size()) {
      if (current == null) {
        current = opener.open(files.files().get(index), resumeAt);
        resumeAt = null;
      }
      boolean more = current.read(rows, rejections, BATCH_ROWS - rows.size(), BATCH_BYTES);
      checkpoint =
          new FilePosition(
                  files.files().get(index).toString(), index, current.offset(), current.line())
              .toCheckpoint();
      if (more) {
        return;
      }
      current.close();
      current = null;
      doneBytes += sizeOf(index);
      index++;
    }
  }

  @Override
  public Checkpoint checkpoint() {
    return checkpoint;
  }

  @Override
  public long bytesRead() {
    return bytesRead;
  }

  @Override
  public long bytesTotal() {
    return bytesTotal;
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }

  private long sizeOf(int i) {
    try {
      return Files.size(files.files().get(i));
    } catch (IOException e) {
      return 0;
    }
  }
}
