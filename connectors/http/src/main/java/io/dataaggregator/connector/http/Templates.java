package io.dataaggregator.connector.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code {{ name }}} placeholders in manifests and stream settings. A string that is exactly one
 * placeholder takes the variable's value with its type (a list stays a list); inside longer text a
 * list is written comma separated. There is nothing else: no expressions, no code.
 */
final class Templates {
  private static final Pattern VAR = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*}}");

  /**
   * The value of a variable: present to substitute it, empty to leave the placeholder as it is (for
   * a later pass, such as {@code cursor} at request time). Throws to reject an unknown name.
   */
  interface Lookup extends Function<String, Optional<Object>> {}

  private Templates() {}

  /** {@code value} (a string, or maps and lists of them) with every placeholder rendered. */
  static Object render(Object value, Lookup lookup) {
    if (value instanceof String s) {
      return renderString(s, lookup);
    }
    if (value instanceof Map<?, ?> map) {
      var out = new LinkedHashMap<String, Object>();
      map.forEach((k, v) -> out.put(String.valueOf(k), render(v, lookup)));
      return out;
    }
    if (value instanceof Collection<?> list) {
      var out = new ArrayList<Object>();
      list.forEach(v -> out.add(render(v, lookup)));
      return out;
    }
    return value;
  }

  /** The variable names {@code value} refers to, in order of appearance. */
  static List<String> variables(Object value) {
    var names = new ArrayList<String>();
    collect(value, names);
    return names;
  }

  /** A value as text inside a longer string or a query parameter. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(Templates::text).collect(Collectors.joining(","));
    }
    return String.valueOf(value);
  }

  private static Object renderString(String s, Lookup lookup) {
    Matcher whole = VAR.matcher(s.strip());
    if (whole.matches()) {
      Optional<Object> v = lookup.apply(whole.group(1));
      return v.isPresent() ? v.get() : s;
    }
    Matcher m = VAR.matcher(s);
    var out = new StringBuilder();
    while (m.find()) {
      Optional<Object> v = lookup.apply(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(v.isPresent() ? text(v.get()) : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static void collect(Object value, List<String> names) {
    if (value instanceof String s) {
      Matcher m = VAR.matcher(s);
      while (m.find()) {
        names.add(m.group(1));
      }
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collect(v, names));
    } else if (value instanceof Collection<?> list) {
      list.forEach(v -> collect(v, names));
    }
  }
}
