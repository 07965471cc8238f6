package io.dataaggregator.engine.pipeline;

import java.util.Map;

/**
 * Where each value of a pipeline file stands: JSON Pointer ({@code /destination/config/port}) to
 * 1-based line. Lets problems found after parsing (a connector config, a step) name their line.
 */
public record SourceMap(String origin, Map<String, Integer> lines) {
  public static final SourceMap NONE = new SourceMap("pipeline", Map.of());

  public SourceMap {
    lines = Map.copyOf(lines);
  }

  /** The line of {@code pointer}, or of its nearest ancestor that has one (a missing key). */
  public int lineOf(String pointer) {
    String p = pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      if (p.isEmpty()) {
        return 0;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** {@code pointer} as users read it: {@code transforms[2].cast.delay}. */
  public static String fieldOf(String pointer) {
    var out = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.chars().allMatch(Character::isDigit)) {
        out.append('[').append(part).append(']');
      } else {
        out.append(out.isEmpty() ? "" : ".").append(part);
      }
    }
    return out.toString();
  }

  public PipelineProblem problem(String pointer, String message) {
    return new PipelineProblem(lineOf(pointer), fieldOf(pointer), message);
  }
}
