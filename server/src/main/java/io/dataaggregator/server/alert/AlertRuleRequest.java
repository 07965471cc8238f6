package io.dataaggregator.server.alert;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** An alert rule as created or replaced. */
record AlertRuleRequest(
    @NotBlank @Size(max = 200) String name,
    @Schema(description = "the pipeline watched; absent: every pipeline") UUID pipelineId,
    @NotNull AlertCondition.Type condition,
    @Schema(
            description =
                "DURATION_OVER: seconds; ROWS_UNDER / ROWS_OVER: rows written by a successful run")
        Long threshold,
    @Schema(description = "ANOMALY: ROWS_WRITTEN (default) or DURATION")
        AlertCondition.Metric metric,
    @Schema(description = "ANOMALY: k in mean ± k·stddev; default 3") Double deviations,
    @Schema(description = "ANOMALY: how many recent successful runs to compare with; default 20")
        Integer sampleSize,
    @Schema(description = "ANOMALY: fewer successful runs than this raise nothing; default 5")
        Integer minSamples,
    @Schema(description = "raise it in the console (default true)") Boolean inApp,
    @Schema(description = "POSTed a signed JSON body") @Size(max = 2000) String webhookUrl,
    @Schema(
            description =
                "HMAC-SHA256 key of the X-Dagg-Signature header, at least 16 characters;"
                    + " write-only. On PUT, absent keeps the current one.",
            accessMode = Schema.AccessMode.WRITE_ONLY)
        @Size(min = 16, max = 500)
        String webhookSecret,
    @Size(max = 20) List<@NotBlank @Email @Size(max = 254) String> emails,
    @Schema(description = "default true") Boolean enabled) {}
