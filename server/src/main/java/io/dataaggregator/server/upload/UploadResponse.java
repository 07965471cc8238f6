package io.dataaggregator.server.upload;

import java.time.Instant;
import java.util.UUID;

/**
 * An upload's state.
 *
 * @param size the size announced when it started, or null
 * @param receivedBytes bytes stored so far: the offset of the next chunk
 * @param path where the file is once complete (use it as a file source's {@code path}); null before
 * @param maxBytes the largest file this server accepts
 */
record UploadResponse(
    UUID id,
    String fileName,
    Long size,
    long receivedBytes,
    boolean complete,
    String path,
    long maxBytes,
    String createdBy,
    Instant createdAt,
    Instant completedAt) {}
