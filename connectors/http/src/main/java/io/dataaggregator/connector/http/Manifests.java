package io.dataaggregator.connector.http;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.spi.ConnectorException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Finds and parses manifests: the built-in ones shipped in this jar, or a YAML file. */
final class Manifests {
  /** The manifests shipped as resources of this module. */
  static final List<String> BUILTIN = List.of("hubspot", "salesforce");

  private static final String RESOURCES = "/io/dataaggregator/connector/http/manifests/";

  private Manifests() {}

  /**
   * The manifest {@code ref} names: a built-in id, or a file path (relative to the working
   * directory).
   *
   * @throws ConnectorException naming the built-in ids when {@code ref} is neither
   */
  static ManifestFile load(String ref) {
    String text;
    String where;
    if (BUILTIN.contains(ref)) {
      text = resource(ref);
      where = "built-in manifest " + ref;
    } else {
      Path path = Path.of(ref);
      if (!Files.isRegularFile(path)) {
        throw new ConnectorException(
            HttpErrorCode.INVALID_MANIFEST,
            "manifest '" + ref + "' is neither a built-in manifest (" + String.join(", ", BUILTIN)
                + ") nor a file (looked for " + path.toAbsolutePath() + ")");
      }
      text = read(path);
      where = "manifest file " + path;
    }
    return ConfigBinder.bind(parse(text, where), ManifestFile.class, where);
  }

  private static Object parse(String text, String where) {
    try {
      Object tree = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromString(text);
      if (!(tree instanceof Map<?, ?>)) {
        throw new ConnectorException(
            HttpErrorCode.INVALID_MANIFEST, where + " must be a YAML mapping (id, base_url, streams, ...)");
      }
      return tree;
    } catch (YamlEngineException e) {
      throw new ConnectorException(
          HttpErrorCode.INVALID_MANIFEST, where + " is not valid YAML: " + e.getMessage(), e);
    }
  }

  private static String resource(String id) {
    try (InputStream in = Manifests.class.getResourceAsStream(RESOURCES + id + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("built-in manifest " + id + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read built-in manifest " + id, e);
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConnectorException(
          HttpErrorCode.INVALID_MANIFEST, "cannot read manifest file " + path + ": " + e.getMessage(), e);
    }
  }
}
