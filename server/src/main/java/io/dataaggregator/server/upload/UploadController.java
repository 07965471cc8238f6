package io.dataaggregator.server.upload;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Files for file sources, uploaded in resumable chunks: {@code POST} starts one, {@code PUT
 * ?offset=N} appends a chunk (raw bytes, {@code application/octet-stream}), {@code GET} tells how
 * many bytes arrived (the next offset), {@code POST .../complete} checks and finishes it and
 * returns the path a pipeline's source can read. Writing needs CONNECTIONS_WRITE, looking
 * CONNECTIONS_READ.
 */
@Tag(name = "uploads")
@RestController
@RequestMapping("/api/v1/uploads")
class UploadController {
  private final UploadService uploads;

  UploadController(UploadService uploads) {
    this.uploads = uploads;
  }

  /**
   * @param size the file's size in bytes when known: refused at once when over the limit, and the
   *     upload completes only once exactly this many bytes arrived
   */
  record StartRequest(@NotBlank String fileName, @Min(0) Long size) {}

  @Operation(
      summary = "Start an upload",
      description =
          "415 for a file type sources do not read (allowed: csv, tsv, json, jsonl, ndjson, xml,"
              + " xlsx, parquet, and .gz of the text types); 413 for a size over"
              + " dagg.uploads.max-bytes.")
  @Requires(Permission.CONNECTIONS_WRITE)
  @PostMapping
  ResponseEntity<UploadResponse> start(CurrentUser me, @Valid @RequestBody StartRequest request) {
    UploadResponse started = uploads.start(me, request.fileName(), request.size());
    return ResponseEntity.created(URI.create("/api/v1/uploads/" + started.id())).body(started);
  }

  @Operation(
      summary = "Append a chunk at offset (the bytes received so far), streamed to disk",
      description =
          "409 with receivedBytes when offset is not where the upload stands; 413 past the size"
              + " limit; 415 when the first bytes are not of the file's type.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(mediaType = "application/octet-stream")))
  @Requires(Permission.CONNECTIONS_WRITE)
  @PutMapping("/{id}")
  UploadResponse append(
      @PathVariable UUID id, @RequestParam @Min(0) long offset, HttpServletRequest request)
      throws IOException {
    String type = request.getContentType();
    if (type != null
        && (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
            || type.startsWith("multipart/"))) {
      throw new ApiException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "chunk-encoding",
          "Send a chunk as the raw bytes of the file (Content-Type: application/octet-stream), not"
              + " as a form.");
    }
    return uploads.append(id, offset, request.getInputStream());
  }

  @Operation(summary = "An upload's state: bytes received (the next offset), complete, path")
  @Requires(Permission.CONNECTIONS_READ)
  @GetMapping("/{id}")
  UploadResponse get(@PathVariable UUID id) {
    return uploads.get(id);
  }

  @Operation(summary = "List uploads, newest first")
  @Requires(Permission.CONNECTIONS_READ)
  @GetMapping
  List<UploadResponse> list() {
    return uploads.list();
  }

  @Operation(
      summary = "Complete an upload: checks size and type, then returns the file's path",
      description =
          "409 when fewer bytes arrived than announced; 415 when the content is not of the file's"
              + " type.")
  @Requires(Permission.CONNECTIONS_WRITE)
  @PostMapping("/{id}/complete")
  UploadResponse complete(@PathVariable UUID id) {
    return uploads.complete(id);
  }

  @Operation(summary = "Delete an upload and its file")
  @Requires(Permission.CONNECTIONS_WRITE)
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    uploads.delete(id);
    return ResponseEntity.noContent().build();
  }
}
