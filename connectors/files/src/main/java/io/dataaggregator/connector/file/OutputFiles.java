package io.dataaggregator.connector.file;

import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.type.Schema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** File-system steps of {@link FileSink} and the other file destinations. */
public final class OutputFiles {
  private OutputFiles() {}

  /** {@code table} when it can be a file name in the output folder. */
  public static String checkName(String table) {
    if (table.isBlank()
        || table.contains("/")
        || table.contains("\\")
        || table.startsWith(".")
        || table.indexOf('\0') >= 0) {
      throw new ConnectorException(
          FileErrorCode.BAD_NAME,
          "table name '" + table + "' cannot be a file name (no path separators, no leading dot)");
    }
    return table;
  }

  /**
   * A new hidden file next to {@code fileName}, created with the usual permissions (unlike {@link
   * Files#createTempFile}, which makes it private) since it becomes the output file.
   */
  public static Path createTemp(Path folder, String fileName) throws IOException {
    while (true) {
      String suffix = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
      Path temp = folder.resolve("." + fileName + "." + suffix + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // Try another name.
      }
    }
  }

  /**
   * Opens {@code file} for appending, after checking an existing file's columns and ending its last
   * line if a crash left it open.
   */
  static FileChannel openForAppend(Path file, Schema schema, RowFormat format) throws IOException {
    if (Files.exists(file) && Files.size(file) > 0) {
      format.checkAppend(file, schema);
    }
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    long size = channel.size();
    if (size > 0 && lastByte(file, size) != '\n') {
      channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
    }
    return channel;
  }

  private static int lastByte(Path file, long size) throws IOException {
    try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer one = ByteBuffer.allocate(1);
      read.read(one, size - 1);
      return one.get(0);
    }
  }

  /** Makes a rename in {@code folder} durable (where the platform can sync a folder). */
  public static void syncFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // Not every file system lets a folder be opened or synced; the rename itself is atomic.
    }
  }
}
