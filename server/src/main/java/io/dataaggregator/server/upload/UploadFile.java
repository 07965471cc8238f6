package io.dataaggregator.server.upload;

import io.dataaggregator.server.system.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;

/**
 * The bytes of one upload on disk: {@code <file>.part} while they arrive, {@code <file>} once
 * complete. Chunks are streamed through a small buffer, never held whole. A file lock keeps two
 * chunks from being written at once, across server instances on one data directory too.
 */
record UploadFile(Path file) {
  private static final int BUFFER = 64 * 1024;

  static UploadFile create(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.createFile(new UploadFile(file).part());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the upload file " + file, e);
    }
    return new UploadFile(file);
  }

  Path part() {
    return file.resolveSibling(file.getFileName() + ".part");
  }

  long received(boolean complete) {
    Path path = complete ? file : part();
    try {
      return Files.exists(path) ? Files.size(path) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Appends {@code body} at {@code offset}, which must be the bytes received so far. A chunk that
   * would pass {@code limit} is refused whole; a body cut off by the client keeps what arrived. The
   * first chunk's bytes must look like {@code fileName}'s type.
   */
  void append(
      long offset, InputStream body, long limit, Supplier<ApiException> tooLarge, String fileName) {
    try (FileChannel channel =
            FileChannel.open(part(), StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = lock(channel)) {
      long received = channel.size();
      if (offset != received) {
        throw ApiException.conflict(
                "wrong-offset",
                "This upload has "
                    + received
                    + " bytes; send the chunk that starts at offset "
                    + received
                    + ".")
            .with("receivedBytes", received);
      }
      if (!copy(body, channel, offset, limit)) {
        channel.truncate(offset);
        throw tooLarge.get();
      }
      if (offset == 0) {
        checkContent(channel, fileName);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + part(), e);
    }
  }

  /** Checks the type once more and gives the file its name. */
  void finish(String fileName) {
    try (FileChannel channel =
        FileChannel.open(part(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      checkContent(channel, fileName);
      Files.move(part(), file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot complete " + file, e);
    }
  }

  void delete() {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(part());
      Files.deleteIfExists(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file.getParent(), e);
    }
  }

  /** Copies until the body ends (true) or the next bytes would pass {@code limit} (false). */
  private static boolean copy(InputStream body, FileChannel channel, long offset, long limit)
      throws IOException {
    byte[] buffer = new byte[BUFFER];
    long end = offset;
    channel.position(offset);
    while (true) {
      int n;
      try {
        n = body.read(buffer);
      } catch (IOException clientGone) {
        return true; // what arrived is kept: the client asks how much and resumes from there
      }
      if (n < 0) {
        return true;
      }
      if (end + n > limit) {
        return false;
      }
      ByteBuffer out = ByteBuffer.wrap(buffer, 0, n);
      while (out.hasRemaining()) {
        channel.write(out);
      }
      end += n;
    }
  }

  private static void checkContent(FileChannel channel, String fileName) throws IOException {
    byte[] head = new byte[FileTypes.SNIFF_BYTES];
    int length = Math.max(0, channel.read(ByteBuffer.wrap(head), 0));
    var problem = FileTypes.problemWithContent(fileName, head, length);
    if (problem.isPresent()) {
      channel.truncate(0);
      throw new ApiException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type", problem.get() + ".");
    }
  }

  private static FileLock lock(FileChannel channel) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw ApiException.conflict(
          "chunk-in-progress", "Another chunk of this upload is being written; wait for it.");
    }
    return lock;
  }
}
