package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * {@code deduplicate: {key: [date, origin, destination], keep: first}}: one row per key in the
 * whole run (across batches).
 */
public record DeduplicateConfig(
    @NotEmpty @JsonPropertyDescription("Fields whose values together identify a row")
        List<String> key,
    @JsonPropertyDescription(
            "Which row of a key to keep: first (default) or last, in arrival order or by order_by")
        Keep keep,
    @JsonProperty("order_by")
        @JsonPropertyDescription(
            "Field that orders the rows of a key: keep first takes the smallest value, last the"
                + " largest; ties go by arrival")
        String orderBy,
    @JsonProperty("max_keys")
        @Min(1)
        @JsonPropertyDescription(
            "Most distinct keys remembered in one run (default 10000000: about 320 MB keeping the"
                + " first, a row per key keeping the last); past it the run fails")
        Long maxKeys) {
  public static final long DEFAULT_MAX_KEYS = 10_000_000;

  public DeduplicateConfig {
    key = key == null ? List.of() : List.copyOf(key);
    keep = keep == null ? Keep.first : keep;
    maxKeys = maxKeys == null ? DEFAULT_MAX_KEYS : maxKeys;
  }

  /** Lower case: users write these names and the schema lists them as they are. */
  @SuppressWarnings("java:S115")
  public enum Keep {
    first,
    last
  }
}
