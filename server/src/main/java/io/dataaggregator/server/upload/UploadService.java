package io.dataaggregator.server.upload;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.system.ApiException;
import io.dataaggregator.server.upload.UploadStore.Row;
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
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Uploads in chunks, streamed to disk (never held in memory): start, append chunks at the offset
 * the server has, ask how much arrived after a broken connection and go on from there, complete.
 * The size limit is enforced while bytes arrive; the type is checked by name at the start and by
 * the first bytes after the first chunk and at completion. A file lock keeps two chunks of one
 * upload from being written at once, across server instances too.
 */
@Service
class UploadService {
  private static final int BUFFER = 64 * 1024;

  private final UploadStore store;
  private final UploadFolder folder;
  private final long maxBytes;
  private final Clock clock;

  UploadService(UploadStore store, UploadFolder folder, UploadProperties properties, Clock clock) {
    this.store = store;
    this.folder = folder;
    this.maxBytes = properties.maxBytes().toBytes();
    this.clock = clock;
  }

  UploadResponse start(CurrentUser me, String fileName, Long size) {
    String name = UploadNames.safe(fileName);
    FileTypes.problemWithName(name).ifPresent(problem -> {
      throw unsupported(problem);
    });
    if (size != null && size > maxBytes) {
      throw tooLarge(size + " bytes announced");
    }
    UUID id = UUID.randomUUID();
    Path file = folder.root().resolve(id.toString()).resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.createFile(part(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + part(file), e);
    }
    Row row = new Row(id, name, size, UploadStore.RECEIVING, file.toString(), me.username(), clock.instant(), null);
    store.insert(row);
    return response(row);
  }

  /** Appends {@code body} at {@code offset}, which must be the bytes received so far. */
  UploadResponse append(UUID id, long offset, InputStream body) {
    Row row = receiving(id);
    Path part = part(Path.of(row.path()));
    long limit = row.declaredSize() == null ? maxBytes : Math.min(maxBytes, row.declaredSize());
    try (FileChannel channel = FileChannel.open(part, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = lock(channel)) {
      long received = channel.size();
      if (offset != received) {
        throw ApiException.conflict("wrong-offset", "This upload has " + received + " bytes; send the"
            + " chunk that starts at offset " + received + ".").with("receivedBytes", received);
      }
      copy(body, channel, offset, limit, row);
      if (offset == 0) {
        checkContent(row, part, channel);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + part, e);
    }
    return response(row);
  }

  UploadResponse complete(UUID id) {
    Row row = row(id);
    if (row.complete()) {
      return response(row); // completing twice is harmless
    }
    Path file = Path.of(row.path());
    long received = size(part(file));
    if (row.declaredSize() != null && received != row.declaredSize()) {
      throw ApiException.conflict("upload-incomplete", "Received " + received + " of " + row.declaredSize()
          + " bytes; send the rest from offset " + received + ".").with("receivedBytes", received);
    }
    try (FileChannel channel = FileChannel.open(part(file), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      checkContent(row, part(file), channel);
      Files.move(part(file), file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot complete " + file, e);
    }
    store.complete(id, clock.instant());
    return response(row(id));
  }

  UploadResponse get(UUID id) {
    return response(row(id));
  }

  List<UploadResponse> list() {
    return store.list().stream().map(this::response).toList();
  }

  void delete(UUID id) {
    Row row = row(id);
    Path dir = Path.of(row.path()).getParent();
    try {
      Files.deleteIfExists(Path.of(row.path()));
      Files.deleteIfExists(part(Path.of(row.path())));
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
    store.delete(id);
  }

  private void copy(InputStream body, FileChannel channel, long offset, long limit, Row row) throws IOException {
    byte[] buffer = new byte[BUFFER];
    long written = 0;
    channel.position(offset);
    while (true) {
      int n;
      try {
        n = body.read(buffer);
      } catch (IOException clientGone) {
        return; // what arrived is kept: the client asks how much and resumes from there
      }
      if (n < 0) {
        return;
      }
      if (offset + written + n > limit) {
        channel.truncate(offset); // this chunk is refused whole
        throw tooLarge(row.declaredSize() != null && limit == row.declaredSize()
            ? "more than the " + limit + " bytes announced" : "more than " + limit + " bytes");
      }
      ByteBuffer out = ByteBuffer.wrap(buffer, 0, n);
      while (out.hasRemaining()) {
        channel.write(out);
      }
      written += n;
    }
  }

  private void checkContent(Row row, Path part, FileChannel channel) throws IOException {
    byte[] head = new byte[FileTypes.SNIFF_BYTES];
    int length = Math.max(0, channel.read(ByteBuffer.wrap(head), 0));
    var problem = FileTypes.problemWithContent(row.fileName(), head, length);
    if (problem.isPresent()) {
      channel.truncate(0);
      throw unsupported(problem.get());
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
      throw ApiException.conflict("chunk-in-progress", "Another chunk of this upload is being written; wait for it.");
    }
    return lock;
  }

  private Row receiving(UUID id) {
    Row row = row(id);
    if (row.complete()) {
      throw ApiException.conflict("upload-complete", "Upload " + id + " is complete; start a new one.");
    }
    return row;
  }

  private Row row(UUID id) {
    return store.find(id).orElseThrow(() -> ApiException.notFound("Upload", id));
  }

  private UploadResponse response(Row row) {
    Path file = Path.of(row.path());
    long received = size(row.complete() ? file : part(file));
    return new UploadResponse(row.id(), row.fileName(), row.declaredSize(), received, row.complete(),
        row.complete() ? row.path() : null, maxBytes, row.createdBy(), row.createdAt(), row.completedAt());
  }

  private static long size(Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path part(Path file) {
    return file.resolveSibling(file.getFileName() + ".part");
  }

  private ApiException tooLarge(String what) {
    return new ApiException(HttpStatus.valueOf(413), "upload-too-large",
        "The upload is too large: " + what + "; this server accepts up to " + maxBytes
            + " bytes per file (dagg.uploads.max-bytes).").with("maxBytes", maxBytes);
  }

  private static ApiException unsupported(String problem) {
    return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type", problem + ".");
  }
}
