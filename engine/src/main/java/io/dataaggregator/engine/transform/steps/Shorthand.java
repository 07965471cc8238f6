package io.dataaggregator.engine.transform.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Helpers for {@code Transform.expand}: turning what users write ({@code cast: {delay: int}}) into
 * the long form the config records bind from ({@code fields: [{field: delay, type: int}]}).
 */
final class Shorthand {
  private Shorthand() {}

  /**
   * Whether {@code written} is already the long form: a map whose keys are all settings of the
   * record. A shorthand map naming a field called like a setting must use the long form.
   */
  static boolean isLongForm(Object written, Set<String> settings) {
    return written instanceof Map<?, ?> map
        && !map.isEmpty()
        && map.keySet().stream().allMatch(k -> settings.contains(String.valueOf(k)));
  }

  /** {@code {a: x, b: y}} as {@code [{keyName: a, valueName: x}, {keyName: b, valueName: y}]}. */
  static List<Map<String, Object>> pairs(Map<?, ?> map, String keyName, String valueName) {
    var out = new ArrayList<Map<String, Object>>();
    map.forEach(
        (k, v) -> {
          var entry = new LinkedHashMap<String, Object>();
          entry.put(keyName, String.valueOf(k));
          entry.put(valueName, v);
          out.add(entry);
        });
    return out;
  }

  /**
   * {@code {a: x}} as {@code [{keyName: a} + x]} when x is a map of settings, or {@code [{keyName:
   * a, valueName: x}]} when x is a single value.
   */
  static List<Object> entries(Map<?, ?> map, String keyName, String valueName) {
    var out = new ArrayList<Object>();
    map.forEach(
        (k, v) -> {
          var entry = new LinkedHashMap<String, Object>();
          entry.put(keyName, String.valueOf(k));
          if (v instanceof Map<?, ?> settings) {
            settings.forEach((sk, sv) -> entry.put(String.valueOf(sk), sv));
          } else {
            entry.put(valueName, v);
          }
          out.add(entry);
        });
    return out;
  }

  /**
   * {@code {key: value}}; nothing written (a step id with no settings) gives an empty map, so the
   * binder reports the missing setting by name.
   */
  static Map<String, Object> under(String key, Object value) {
    return value == null ? Map.of() : Map.of(key, value);
  }

  /** One name or a list of names, as a list. */
  static Object list(Object written) {
    return written instanceof String s ? List.of(s) : written;
  }

  /** {@code written} under {@code key}, with a copy of the other settings of a long form. */
  static Map<String, Object> with(Object written, String key, Object value) {
    var out = new LinkedHashMap<String, Object>();
    if (written instanceof Map<?, ?> map) {
      map.forEach((k, v) -> out.put(String.valueOf(k), v));
    }
    out.put(key, value);
    return out;
  }
}
