package io.dataaggregator.server.connection;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dagg.files.*}: which local folders connections and pipelines may read and write.
 *
 * @param allowedPaths folders (and everything under them) that file paths in configs may name;
 *     empty (the default) means anywhere but the server's data directory. The upload folder is
 *     always allowed. Environment: {@code DAGG_FILES_ALLOWEDPATHS=/srv/data,/mnt/in}.
 */
@ConfigurationProperties("dagg.files")
record FilesProperties(List<String> allowedPaths) {
  FilesProperties {
    allowedPaths = allowedPaths == null ? List.of() : List.copyOf(allowedPaths);
  }
}
