package io.dataaggregator.server.connection;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A connection to create or the new state of one to edit.
 *
 * @param kind what the connection is for; null for whatever its config fits
 * @param config the connector's settings; a secret left out or sent as {@code ***} keeps its stored
 *     value on edit, an empty text clears it
 */
record ConnectionRequest(
    @NotBlank
        @Size(max = 200)
        @Pattern(regexp = NAME, message = NAME_MESSAGE)
        @Schema(description = "Unique; pipelines name it with 'connection: <name>'")
        String name,
    @NotBlank @Size(max = 100) @Schema(description = "A connector id, see GET /api/v1/connectors")
        String connector,
    @Pattern(regexp = "source|destination", message = "must be source or destination")
        @Schema(
            description =
                "source or destination, for a connector that is both (csv, postgres); left out:"
                    + " whatever the config fits")
        String kind,
    @Schema(description = "The connector's settings (its config JSON Schema)")
        Map<String, Object> config,
    @Size(max = 2000) String description) {
  static final String NAME = "[A-Za-z0-9][A-Za-z0-9_.-]*";
  static final String NAME_MESSAGE =
      "use letters, digits, '_', '-' or '.', starting with a letter or digit (pipelines name it)";

  ConnectionRequest {
    config = config == null ? Map.of() : config;
  }
}
