package io.dataaggregator.engine.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Typed reads of parsed YAML values that record a problem, not an exception, when a value is off. */
final class Fields {
  private final SourceMap sourceMap;
  private final List<PipelineProblem> problems;

  Fields(SourceMap sourceMap, List<PipelineProblem> problems) {
    this.sourceMap = sourceMap;
    this.problems = problems;
  }

  SourceMap sourceMap() {
    return sourceMap;
  }

  void problem(String pointer, String message) {
    problems.add(sourceMap.problem(pointer, message));
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> map(Object value, String pointer, boolean required) {
    if (value instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    if (value != null) {
      problem(pointer, "must be a map of settings (key: value), found " + describe(value));
    } else if (required) {
      problem(pointer, "is required");
    }
    return new LinkedHashMap<>();
  }

  @SuppressWarnings("unchecked")
  List<Object> list(Object value, String pointer) {
    if (value instanceof List<?> l) {
      return (List<Object>) l;
    }
    if (value != null) {
      problem(pointer, "must be a list ('- item' lines or [a, b]), found " + describe(value));
    }
    return new ArrayList<>();
  }

  String string(Object value, String pointer, boolean required) {
    if (value instanceof String s && !s.isBlank()) {
      return s;
    }
    if (value == null || value instanceof String) {
      if (required) {
        problem(pointer, value == null ? "is required" : "must not be empty");
      }
      return "";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    problem(pointer, "must be text, found " + describe(value));
    return "";
  }

  void onlyKeys(Map<String, Object> map, String pointer, Set<String> known) {
    for (String key : map.keySet()) {
      if (!known.contains(key)) {
        problem(pointer + "/" + key, "unknown key '" + key + "'; expected one of " + new TreeSet<>(known));
      }
    }
  }

  private static String describe(Object value) {
    return switch (value) {
      case Map<?, ?> m -> "a map";
      case List<?> l -> "a list";
      default -> "'" + value + "'";
    };
  }
}
