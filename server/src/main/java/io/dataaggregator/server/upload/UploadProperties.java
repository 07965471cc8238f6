package io.dataaggregator.server.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code dagg.uploads.*}.
 *
 * @param maxBytes the largest file one upload may hold (default 1GB; e.g. 5GB, 500MB); past it a
 *     413. Environment: {@code DAGG_UPLOADS_MAXBYTES}
 */
@ConfigurationProperties("dagg.uploads")
record UploadProperties(DataSize maxBytes) {
  UploadProperties {
    maxBytes = maxBytes == null ? DataSize.ofGigabytes(1) : maxBytes;
  }
}
