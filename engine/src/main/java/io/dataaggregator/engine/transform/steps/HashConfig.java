package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * {@code hash: {fields: [email], salt_env: DAGG_HASH_SALT}}: replaces values by their salted
 * SHA-256 (HMAC-SHA256 keyed with the salt), as 64 hex digits. Equal values hash equal, so the
 * field still joins and counts, but cannot be read back or guessed without the salt.
 */
public record HashConfig(
    @NotEmpty @JsonPropertyDescription("Fields to hash; they become strings") List<String> fields,
    @JsonProperty("salt_env")
        @NotBlank
        @JsonPropertyDescription(
            "Name of the environment variable holding the salt (at least 16 characters); the"
                + " salt itself never appears in the pipeline")
        String saltEnv) {
  public HashConfig {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }
}
