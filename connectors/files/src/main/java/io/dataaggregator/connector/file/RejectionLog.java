package io.dataaggregator.connector.file;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.Rejection;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * The quarantine of a file destination: {@code <table>__rejected.jsonl}, one JSON object per
 * rejection ({@code stream, position, field, reason, raw}), always appended to, created on the
 * first rejection. Used by one thread.
 */
public final class RejectionLog implements AutoCloseable {
  private final Path file;
  private FileChannel channel;
  private JsonGenerator json;

  public RejectionLog(Path file) {
    this.file = file;
  }

  public void write(List<Rejection> rejections) throws IOException {
    if (rejections.isEmpty()) {
      return;
    }
    if (json == null) {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 14);
      json = JsonTexts.FACTORY.createGenerator(ObjectWriteContext.empty(), out);
    }
    for (Rejection r : rejections) {
      json.writeStartObject();
      json.writeStringProperty("stream", r.stream());
      json.writeNumberProperty("position", r.position());
      json.writeStringProperty("field", r.field());
      json.writeStringProperty("reason", r.reason());
      json.writeStringProperty("raw", r.raw());
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  /** Flushes and syncs what was written. */
  public void commit() throws IOException {
    if (json != null) {
      json.flush();
      channel.force(true);
    }
  }

  @Override
  public void close() {
    if (json == null) {
      return;
    }
    try {
      json.close();
    } catch (RuntimeException e) {
      throw new ConnectorException(
          FileErrorCode.WRITE_FAILED, "cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
