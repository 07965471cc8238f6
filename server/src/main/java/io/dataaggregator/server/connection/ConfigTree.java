package io.dataaggregator.server.connection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Walks and edits configs held as plain maps and lists (parsed JSON or YAML). */
final class ConfigTree {
  private ConfigTree() {}

  /** A deep copy whose maps and lists may be changed. */
  @SuppressWarnings("unchecked")
  static <T> T copy(T value) {
    return (T)
        switch (value) {
          case Map<?, ?> map -> {
            var out = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
            yield out;
          }
          case List<?> list -> {
            var out = new ArrayList<Object>(list.size());
            list.forEach(v -> out.add(copy(v)));
            yield out;
          }
          case null -> null;
          default -> value;
        };
  }

  /**
   * Calls {@code visitor(pointer, value)} for each value at {@code pattern} (property names, {@code
   * *} for every list element or map value) and stores what it returns in place. {@code root} must
   * be made of changeable maps and lists ({@link #copy}).
   */
  static void visit(Object root, List<String> pattern, BiFunction<String, Object, Object> visitor) {
    visit(root, pattern, 0, "", visitor);
  }

  @SuppressWarnings("unchecked")
  private static void visit(
      Object node,
      List<String> pattern,
      int at,
      String pointer,
      BiFunction<String, Object, Object> visitor) {
    String segment = pattern.get(at);
    boolean last = at == pattern.size() - 1;
    if (node instanceof Map<?, ?> m) {
      var map = (Map<String, Object>) m;
      List<String> keys =
          segment.equals("*")
              ? List.copyOf(map.keySet())
              : map.containsKey(segment) ? List.of(segment) : List.of();
      for (String key : keys) {
        String here = pointer + "/" + escape(key);
        if (last) {
          map.put(key, visitor.apply(here, map.get(key)));
        } else {
          visit(map.get(key), pattern, at + 1, here, visitor);
        }
      }
    } else if (node instanceof List<?> l && segment.equals("*")) {
      var list = (List<Object>) l;
      for (int i = 0; i < list.size(); i++) {
        if (last) {
          list.set(i, visitor.apply(pointer + "/" + i, list.get(i)));
        } else {
          visit(list.get(i), pattern, at + 1, pointer + "/" + i, visitor);
        }
      }
    }
  }

  /** The value at a JSON Pointer, or null. */
  static Object get(Object root, String pointer) {
    Object node = root;
    for (String segment : segments(pointer)) {
      node = child(node, segment);
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  /** Sets the value at {@code pointer} when its parent is a map that lacks the key. */
  @SuppressWarnings("unchecked")
  static void putIfParentHasNone(Object root, String pointer, Object value) {
    List<String> segments = segments(pointer);
    Object parent = root;
    for (String segment : segments.subList(0, segments.size() - 1)) {
      parent = child(parent, segment);
    }
    if (parent instanceof Map<?, ?> map && !map.containsKey(segments.getLast())) {
      ((Map<String, Object>) map).put(segments.getLast(), copy(value));
    }
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static Object child(Object node, String segment) {
    if (node instanceof Map<?, ?> map) {
      return map.get(segment);
    }
    if (node instanceof List<?> list && segment.chars().allMatch(Character::isDigit)) {
      int i = Integer.parseInt(segment);
      return i < list.size() ? list.get(i) : null;
    }
    return null;
  }

  private static List<String> segments(String pointer) {
    var out = new ArrayList<String>();
    for (String raw : pointer.substring(1).split("/", -1)) {
      out.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }
}
