package io.dataaggregator.server.connection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * Where the secret settings of a connector's config are, read from its JSON Schema: every property
 * marked {@code writeOnly} or {@code "format": "password"} (what {@code @Secret} produces), also
 * inside nested objects, lists and maps. A secret's value is text, or a map or list of texts (a map
 * of API tokens); each text is handled on its own. Immutable and thread-safe; operations return
 * copies.
 *
 * <p>Places are JSON Pointers into the config ({@code /auth/password}, {@code /secrets/token}).
 */
final class SecretFields {
  static final String MASK = "***";
  private static final String ANY = "*";

  /**
   * Paths of property names from the root; {@code *} stands for every list element or map value.
   */
  private final List<List<String>> patterns;

  private SecretFields(List<List<String>> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  static final SecretFields NONE = new SecretFields(List.of());

  static SecretFields of(JsonNode schema) {
    var out = new ArrayList<List<String>>();
    collect(schema, schema, new ArrayList<>(), out, new HashSet<>());
    return new SecretFields(out);
  }

  SecretFields and(SecretFields other) {
    var all = new ArrayList<>(patterns);
    other.patterns.stream().filter(p -> !all.contains(p)).forEach(all::add);
    return new SecretFields(all);
  }

  boolean isEmpty() {
    return patterns.isEmpty();
  }

  /** The config with every non-empty secret text replaced by {@code change(pointer, text)}. */
  Map<String, Object> mapTexts(
      Map<String, Object> config, BiFunction<String, String, String> change) {
    Map<String, Object> copy = ConfigTree.copy(config);
    for (List<String> pattern : patterns) {
      ConfigTree.visit(copy, pattern, (pointer, value) -> eachText(value, pointer, change));
    }
    return copy;
  }

  /** The config as shown to users: each secret text that is set reads {@value #MASK}. */
  Map<String, Object> mask(Map<String, Object> config) {
    return mapTexts(config, (pointer, text) -> MASK);
  }

  /**
   * An edited config with the secrets the user did not resend taken from {@code stored} (plain
   * text): a secret left out (where its parent object was sent) or sent as {@value #MASK} keeps its
   * stored value. A {@value #MASK} with nothing stored behind it is a problem, reported by pointer.
   */
  Map<String, Object> keepStored(
      Map<String, Object> incoming, Map<String, Object> stored, List<String> problems) {
    Map<String, Object> merged = ConfigTree.copy(incoming);
    for (List<String> pattern : patterns) {
      ConfigTree.visit(
          ConfigTree.copy(stored),
          pattern,
          (pointer, value) -> {
            ConfigTree.putIfParentHasNone(merged, pointer, value);
            return value;
          });
      ConfigTree.visit(
          merged,
          pattern,
          (pointer, value) -> unmask(value, ConfigTree.get(stored, pointer), pointer, problems));
    }
    return merged;
  }

  private static Object unmask(Object value, Object stored, String pointer, List<String> problems) {
    return switch (value) {
      case String s when s.equals(MASK) -> {
        if (stored instanceof String kept && !kept.isEmpty()) {
          yield kept;
        }
        problems.add(pointer);
        yield s;
      }
      case Map<?, ?> map -> {
        var out = new LinkedHashMap<String, Object>();
        map.forEach(
            (k, v) -> {
              Object before = stored instanceof Map<?, ?> m ? m.get(k) : null;
              out.put(
                  String.valueOf(k),
                  unmask(
                      v, before, pointer + "/" + ConfigTree.escape(String.valueOf(k)), problems));
            });
        yield out;
      }
      case List<?> list -> {
        var out = new ArrayList<Object>();
        for (int i = 0; i < list.size(); i++) {
          Object before = stored instanceof List<?> l && i < l.size() ? l.get(i) : null;
          out.add(unmask(list.get(i), before, pointer + "/" + i, problems));
        }
        yield out;
      }
      default -> value;
    };
  }

  private static Object eachText(
      Object value, String pointer, BiFunction<String, String, String> change) {
    return switch (value) {
      case String s -> s.isEmpty() ? s : change.apply(pointer, s);
      case Map<?, ?> map -> {
        var out = new LinkedHashMap<String, Object>();
        map.forEach(
            (k, v) ->
                out.put(
                    String.valueOf(k),
                    eachText(v, pointer + "/" + ConfigTree.escape(String.valueOf(k)), change)));
        yield out;
      }
      case List<?> list -> {
        var out = new ArrayList<Object>();
        for (int i = 0; i < list.size(); i++) {
          out.add(eachText(list.get(i), pointer + "/" + i, change));
        }
        yield out;
      }
      default -> value;
    };
  }

  private static void collect(
      JsonNode node, JsonNode root, List<String> path, List<List<String>> out, Set<String> refs) {
    if (node == null || !node.isObject()) {
      return;
    }
    if (node.path("writeOnly").asBoolean(false)
        || "password".equals(node.path("format").asString(""))) {
      if (!path.isEmpty() && !out.contains(path)) {
        out.add(List.copyOf(path));
      }
      return;
    }
    String ref = node.path("$ref").asString("");
    if (ref.startsWith("#/$defs/") && refs.add(ref)) {
      collect(root.path("$defs").path(ref.substring("#/$defs/".length())), root, path, out, refs);
      refs.remove(ref); // only the current path guards against recursive definitions
    }
    for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
      node.path(combinator).forEach(child -> collect(child, root, path, out, refs));
    }
    for (var property : node.path("properties").properties()) {
      collect(property.getValue(), root, with(path, property.getKey()), out, refs);
    }
    collect(node.get("items"), root, with(path, ANY), out, refs);
    collect(node.get("additionalProperties"), root, with(path, ANY), out, refs);
  }

  private static List<String> with(List<String> path, String segment) {
    var longer = new ArrayList<>(path);
    longer.add(segment);
    return longer;
  }
}
