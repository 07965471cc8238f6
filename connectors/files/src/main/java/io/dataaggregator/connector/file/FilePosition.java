package io.dataaggregator.connector.file;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import tools.jackson.core.JacksonException;

/**
 * Where a file reader stands, saved as a checkpoint: the file (by path, and its index in the sorted
 * list), the byte offset of the next record in the file's decompressed content, and that record's
 * line number.
 */
public record FilePosition(
    @JsonProperty("file") String file,
    @JsonProperty("index") int index,
    @JsonProperty("offset") long offset,
    @JsonProperty("line") long line) {

  public Checkpoint toCheckpoint() {
    return new Checkpoint(ConfigBinder.MAPPER.writeValueAsString(this));
  }

  /**
   * The position a checkpoint of a file reader holds.
   *
   * @throws ConnectorException ({@link FileErrorCode#BAD_CHECKPOINT}) for anything else
   */
  public static FilePosition of(Checkpoint checkpoint) {
    try {
      FilePosition p = ConfigBinder.MAPPER.readValue(checkpoint.state(), FilePosition.class);
      if (p.file() == null || p.offset() < 0 || p.line() < 1) {
        throw new IllegalArgumentException("incomplete");
      }
      return p;
    } catch (JacksonException | IllegalArgumentException e) {
      throw new ConnectorException(
          FileErrorCode.BAD_CHECKPOINT,
          "checkpoint '"
              + checkpoint.state()
              + "' was not written by a file source"
              + " (expected {\"file\", \"index\", \"offset\", \"line\"})");
    }
  }
}
