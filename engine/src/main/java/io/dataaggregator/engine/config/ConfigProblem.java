package io.dataaggregator.engine.config;

/**
 * One thing wrong with a configuration.
 *
 * @param pointer JSON Pointer of the offending value inside the config ({@code /port}, {@code
 *     /tables/0}); empty for the config as a whole
 */
public record ConfigProblem(String pointer, String message) {
  /** {@code pointer} as users read it: {@code tables[0].name}. */
  public String path() {
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
}
