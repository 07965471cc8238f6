package io.dataaggregator.server.pipeline;

import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.pipeline.InspectResponses.Preview;
import io.dataaggregator.server.pipeline.InspectResponses.Profile;
import io.dataaggregator.server.pipeline.PipelineResponses.Validation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Validation, preview and profile of stored pipelines and of drafts not saved yet. */
@Tag(name = "pipelines")
@RestController
@RequestMapping("/api/v1/pipelines")
class PipelineInspectController {
  private final PipelineService pipelines;
  private final PipelineInspector inspector;

  PipelineInspectController(PipelineService pipelines, PipelineInspector inspector) {
    this.pipelines = pipelines;
    this.inspector = inspector;
  }

  @Operation(
      summary = "Validate a stored pipeline as it stands now (connections may have changed)",
      description = "200 with valid and the problems (line, field, message); connects to nothing.")
  @Requires(Permission.PIPELINES_READ)
  @PostMapping("/{id}/validate")
  Validation validate(@PathVariable UUID id) {
    return inspector.validate(pipelines.get(id).yaml());
  }

  @Operation(
      summary = "Validate a draft ({yaml} or the pipeline's fields)",
      description = "200 with valid and the problems (line, field, message); connects to nothing.")
  @Requires(Permission.PIPELINES_READ)
  @PostMapping("/validate")
  Validation validateDraft(@Valid @RequestBody PipelineRequest request) {
    return inspector.validate(request.toYaml());
  }

  @Operation(
      summary =
          "Preview a stored pipeline: the rows after the source and after each step, with rejected"
              + " rows and reasons",
      description =
          "Reads a sample, writes nothing. step: how many steps to apply (0: the source alone;"
              + " default all).")
  @Requires(Permission.PREVIEW_DATA)
  @PostMapping("/{id}/preview")
  Preview preview(
      @PathVariable UUID id,
      @RequestParam(required = false) @Min(0) Integer step,
      @RequestParam(defaultValue = "20") @Min(1) @Max(1000) int rows,
      @RequestParam(required = false) String stream) {
    return inspector.preview(pipelines.get(id).yaml(), stream, step, rows);
  }

  @Operation(summary = "Preview a draft ({yaml} or the pipeline's fields) like a stored pipeline")
  @Requires(Permission.PREVIEW_DATA)
  @PostMapping("/preview")
  Preview previewDraft(
      @Valid @RequestBody PipelineRequest request,
      @RequestParam(required = false) @Min(0) Integer step,
      @RequestParam(defaultValue = "20") @Min(1) @Max(1000) int rows,
      @RequestParam(required = false) String stream) {
    return inspector.preview(request.toYaml(), stream, step, rows);
  }

  @Operation(
      summary =
          "Profile a stored pipeline's output on a sample: nulls, distinct values, min/max, top"
              + " values, type conformance")
  @Requires(Permission.PREVIEW_DATA)
  @PostMapping("/{id}/profile")
  Profile profile(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "1000") @Min(1) @Max(100000) int rows,
      @RequestParam(required = false) String stream) {
    return inspector.profile(pipelines.get(id).yaml(), stream, rows);
  }
}
