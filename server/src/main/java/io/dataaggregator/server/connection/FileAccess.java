package io.dataaggregator.server.connection;

import io.dataaggregator.server.system.DataDirectory;
import io.dataaggregator.server.upload.UploadFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Which local files the configs of connections and pipelines may name. Configs are written by users
 * of the API and read by this server's process, so a path must never reach the server's own data
 * directory (its keys and metadata store) other than the upload folder; and where {@code
 * dagg.files.allowed-paths} is set, it must lie under one of those folders (or the upload folder).
 *
 * <p>Settings checked: keys {@code path}, {@code file}, {@code manifest} and keys ending in {@code
 * _path}, {@code _file}, {@code _dir}, at any depth. Globs are judged by the folders they can
 * reach. Thread-safe.
 */
@Component
public class FileAccess {
  private static final Pattern PATH_KEY = Pattern.compile("path|file|manifest|.*_(path|file|dir)");

  /** A config value that names a file it may not. */
  public record Denied(String pointer, String message) {}

  private final Path dataDir;
  private final Path uploads;
  private final List<Path> allowed;

  FileAccess(DataDirectory dataDirectory, UploadFolder uploads, FilesProperties properties) {
    this.dataDir = real(dataDirectory.path());
    this.uploads = real(uploads.root());
    this.allowed = properties.allowedPaths().stream().map(p -> real(Path.of(p))).toList();
  }

  /** Every path setting in {@code config} this server may not read or write; empty when none. */
  public List<Denied> check(Object config) {
    var denied = new ArrayList<Denied>();
    walk(config, "", null, denied);
    return denied;
  }

  private void walk(Object node, String pointer, String key, List<Denied> denied) {
    switch (node) {
      case Map<?, ?> map ->
          map.forEach(
              (k, v) ->
                  walk(
                      v,
                      pointer + "/" + ConfigTree.escape(String.valueOf(k)),
                      String.valueOf(k),
                      denied));
      case List<?> list -> {
        for (int i = 0; i < list.size(); i++) {
          walk(list.get(i), pointer + "/" + i, key, denied);
        }
      }
      case String text when key != null && PATH_KEY.matcher(key).matches() && !text.isBlank() -> {
        String why = judge(text.trim());
        if (why != null) {
          denied.add(new Denied(pointer, why));
        }
      }
      case null, default -> {}
    }
  }

  /** Why {@code written} may not be used, or null when it may. */
  String judge(String written) {
    if (written.contains("://")) {
      return null; // a URL, not a local file
    }
    Glob glob;
    try {
      glob = Glob.of(written);
    } catch (InvalidPathException e) {
      return null; // not a path at all; the connector reports it
    }
    Path base = real(glob.base());
    if (base.startsWith(uploads)) {
      return null;
    }
    if (base.startsWith(dataDir) || glob.reaches(base, dataDir)) {
      return "may not point into the server's data directory ("
          + dataDir
          + "), where its keys and"
          + " store are; upload the file (POST /api/v1/uploads) and use the path it returns";
    }
    if (!allowed.isEmpty() && allowed.stream().noneMatch(base::startsWith)) {
      return "is outside the folders this server may read and write (dagg.files.allowed-paths: "
          + allowed
          + ", and uploads in "
          + uploads
          + ")";
    }
    return null;
  }

  /** The absolute path with symbolic links of its existing part resolved. */
  static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }

  /** A path split at its first wildcard segment, as the file connectors expand it. */
  record Glob(Path base, int depth) {
    static final int ANY_DEPTH = Integer.MAX_VALUE;

    static Glob of(String written) {
      String normalized = written.replace('\\', '/');
      String[] segments = normalized.split("/", -1);
      int first = 0;
      while (first < segments.length && !wild(segments[first])) {
        first++;
      }
      if (first == segments.length) {
        return new Glob(Path.of(normalized), 0);
      }
      String baseText = String.join("/", List.of(segments).subList(0, first));
      Path base =
          baseText.isEmpty() ? Path.of(normalized.startsWith("/") ? "/" : ".") : Path.of(baseText);
      String rest = String.join("/", List.of(segments).subList(first, segments.length));
      return new Glob(base, rest.contains("**") ? ANY_DEPTH : segments.length - first);
    }

    /**
     * Whether the wildcards, expanded under {@code base}, can reach files inside {@code folder}.
     */
    boolean reaches(Path realBase, Path folder) {
      if (depth == 0 || !folder.startsWith(realBase) || folder.equals(realBase)) {
        return false;
      }
      int folderDepth = realBase.relativize(folder).getNameCount();
      return depth == ANY_DEPTH || depth > folderDepth;
    }

    private static boolean wild(String segment) {
      return segment.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }
  }
}
