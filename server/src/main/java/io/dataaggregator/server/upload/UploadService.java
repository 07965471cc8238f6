package io.dataaggregator.server.upload;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.system.ApiException;
import io.dataaggregator.server.upload.UploadStore.Row;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Uploads in chunks, streamed to disk: start, append chunks at the offset the server has, ask how
 * much arrived after a broken connection and go on from there, complete. The size limit is enforced
 * while bytes arrive; the type is checked by name at the start and by the first bytes after the
 * first chunk and at completion.
 */
@Service
class UploadService {
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
    FileTypes.problemWithName(name)
        .ifPresent(
            problem -> {
              throw new ApiException(
                  HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type", problem + ".");
            });
    if (size != null && size > maxBytes) {
      throw tooLarge(size + " bytes announced");
    }
    UUID id = UUID.randomUUID();
    UploadFile file = UploadFile.create(folder.root().resolve(id.toString()).resolve(name));
    Row row =
        new Row(
            id,
            name,
            size,
            UploadStore.RECEIVING,
            file.file().toString(),
            me.username(),
            clock.instant(),
            null);
    store.insert(row);
    return response(row);
  }

  /** Appends {@code body} at {@code offset}, which must be the bytes received so far. */
  UploadResponse append(UUID id, long offset, InputStream body) {
    Row row = row(id);
    if (row.complete()) {
      throw ApiException.conflict(
          "upload-complete", "Upload " + id + " is complete; start a new one.");
    }
    Long declared = row.declaredSize();
    long limit = declared == null ? maxBytes : Math.min(maxBytes, declared);
    String over =
        declared != null && limit == declared
            ? "more than the " + limit + " bytes announced"
            : "more than " + limit + " bytes";
    file(row).append(offset, body, limit, () -> tooLarge(over), row.fileName());
    return response(row);
  }

  UploadResponse complete(UUID id) {
    Row row = row(id);
    if (row.complete()) {
      return response(row); // completing twice is harmless
    }
    long received = file(row).received(false);
    if (row.declaredSize() != null && received != row.declaredSize()) {
      throw ApiException.conflict(
              "upload-incomplete",
              "Received "
                  + received
                  + " of "
                  + row.declaredSize()
                  + " bytes; send the rest from offset "
                  + received
                  + ".")
          .with("receivedBytes", received);
    }
    file(row).finish(row.fileName());
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
    file(row).delete();
    store.delete(id);
  }

  private Row row(UUID id) {
    return store.find(id).orElseThrow(() -> ApiException.notFound("Upload", id));
  }

  private static UploadFile file(Row row) {
    return new UploadFile(Path.of(row.path()));
  }

  private UploadResponse response(Row row) {
    return new UploadResponse(
        row.id(),
        row.fileName(),
        row.declaredSize(),
        file(row).received(row.complete()),
        row.complete(),
        row.complete() ? row.path() : null,
        maxBytes,
        row.createdBy(),
        row.createdAt(),
        row.completedAt());
  }

  private ApiException tooLarge(String what) {
    return new ApiException(
            HttpStatus.valueOf(413),
            "upload-too-large",
            "The upload is too large: "
                + what
                + "; this server accepts up to "
                + maxBytes
                + " bytes per file (dagg.uploads.max-bytes).")
        .with("maxBytes", maxBytes);
  }
}
