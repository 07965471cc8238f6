package io.dataaggregator.connector.http;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.engine.spi.ConnectorException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renders a manifest with the inputs a config supplies: checks the inputs against the manifest's
 * declarations, then fills {@code {{ inputs.NAME }}} and, in a stream with {@code for_each}, {@code
 * {{ item }}}. {@code {{ cursor }}} is left for request time.
 */
final class ManifestResolver {
  private final ManifestFile file;
  private final String where;
  private final Map<String, Object> values = new LinkedHashMap<>();

  ManifestResolver(ManifestFile file, HttpSourceConfig config) {
    this.file = file;
    this.where = "manifest " + file.id();
    checkGiven(config.inputs().keySet(), "inputs", false);
    checkGiven(config.secrets().keySet(), "secrets", true);
    file.inputs().forEach((name, spec) -> {
      if (spec.defaultValue() != null) {
        values.put(name, spec.defaultValue());
      }
    });
    values.putAll(config.inputs());
    values.putAll(config.secrets());
  }

  String where() {
    return where;
  }

  String baseUrl() {
    return Templates.text(render(file.baseUrl(), null));
  }

  Map<String, String> headers() {
    var out = new LinkedHashMap<String, String>();
    file.headers().forEach((k, v) -> out.put(k, Templates.text(render(v, null))));
    return out;
  }

  Optional<AuthConfig> auth() {
    if (file.auth() == null) {
      return Optional.empty();
    }
    return Optional.of(ConfigBinder.bind(render(file.auth(), null), AuthConfig.class, where + " auth"));
  }

  /** For each auth field, the input it is rendered from, as the user supplies it. */
  Map<String, String> authSettings() {
    var out = new TreeMap<String, String>();
    if (file.auth() == null) {
      return out;
    }
    file.auth().forEach((field, value) -> {
      var names = Templates.variables(value).stream()
          .filter(v -> v.startsWith("inputs."))
          .map(v -> v.substring("inputs.".length()))
          .map(n -> (isSecret(n) ? "secrets." : "inputs.") + n)
          .toList();
      if (!names.isEmpty()) {
        out.put(field, String.join(" and ", names));
      }
    });
    return out;
  }

  List<StreamConfig> streams() {
    var out = new ArrayList<StreamConfig>();
    for (Map<String, Object> raw : file.streams()) {
      Object each = raw.get("for_each");
      if (each == null) {
        out.add(bindStream(raw, null));
        continue;
      }
      Object items = render(each, null);
      if (!(items instanceof List<?> list)) {
        throw invalid("for_each must give a list, but gives " + items);
      }
      var template = new LinkedHashMap<>(raw);
      template.remove("for_each");
      list.forEach(item -> out.add(bindStream(template, item)));
    }
    return out;
  }

  Optional<Double> requestsPerSecond() {
    return Optional.ofNullable(file.requestsPerSecond());
  }

  private StreamConfig bindStream(Map<String, Object> raw, Object item) {
    Object rendered = render(raw, item);
    String name = rendered instanceof Map<?, ?> m ? String.valueOf(m.get("name")) : "?";
    return ConfigBinder.bind(rendered, StreamConfig.class, where + ", stream " + name);
  }

  private Object render(Object value, Object item) {
    return Templates.render(value, name -> lookup(name, item));
  }

  private Optional<Object> lookup(String name, Object item) {
    if (name.equals("cursor")) {
      return Optional.empty();
    }
    if (name.equals("item") && item != null) {
      return Optional.of(item);
    }
    if (!name.startsWith("inputs.")) {
      throw invalid("uses {{ " + name + " }}; placeholders are inputs.NAME, item (in for_each) and cursor");
    }
    String input = name.substring("inputs.".length());
    InputSpec spec = file.inputs().get(input);
    if (spec == null) {
      throw invalid("uses {{ " + name + " }} but declares no input '" + input + "'");
    }
    Object value = values.get(input);
    if (value == null) {
      String section = spec.secret() ? "secrets" : "inputs";
      throw invalid("needs " + section + "." + input
          + (spec.description().isEmpty() ? "" : " (" + spec.description() + ")")
          + ": set it in the source config under " + section + ":");
    }
    return Optional.of(value);
  }

  private void checkGiven(java.util.Set<String> given, String section, boolean secretSection) {
    for (String name : given) {
      InputSpec spec = file.inputs().get(name);
      if (spec == null) {
        throw invalid("has no input '" + name + "' (given under " + section + "); its inputs are "
            + new TreeMap<>(file.inputs()).keySet());
      }
      if (spec.secret() && !secretSection) {
        throw invalid("input '" + name + "' is secret: give it under secrets, not inputs, so that it"
            + " stays masked");
      }
    }
  }

  private boolean isSecret(String input) {
    InputSpec spec = file.inputs().get(input);
    return spec != null && spec.secret();
  }

  private ConnectorException invalid(String message) {
    return new ConnectorException(HttpErrorCode.INVALID_MANIFEST, where + " " + message);
  }
}
