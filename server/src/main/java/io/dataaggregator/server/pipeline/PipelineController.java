package io.dataaggregator.server.pipeline;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.pipeline.PipelineResponses.PipelineResponse;
import io.dataaggregator.server.pipeline.PipelineResponses.PipelineSummary;
import io.dataaggregator.server.pipeline.PipelineResponses.VersionResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stored pipelines: the same spec as the YAML file, every change kept as a version. */
@Tag(name = "pipelines")
@RestController
@RequestMapping("/api/v1/pipelines")
class PipelineController {
  static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

  private final PipelineService pipelines;

  PipelineController(PipelineService pipelines) {
    this.pipelines = pipelines;
  }

  @Operation(
      summary = "Create a pipeline from its YAML ({yaml}) or its fields shaped like the YAML",
      description =
          "Only a pipeline that compiles is stored; a 400 lists every problem with its line. A name"
              + " in use is a 409.")
  @Requires(Permission.PIPELINES_WRITE)
  @PostMapping
  ResponseEntity<PipelineResponse> create(
      CurrentUser me, @Valid @RequestBody PipelineRequest request) {
    return created(pipelines.create(me, request));
  }

  @Operation(summary = "List pipelines, ordered by name")
  @Requires(Permission.PIPELINES_READ)
  @GetMapping
  List<PipelineSummary> list() {
    return pipelines.list();
  }

  @Operation(summary = "Get a pipeline at its current version, as YAML and as JSON (spec)")
  @Requires(Permission.PIPELINES_READ)
  @GetMapping("/{id}")
  PipelineResponse get(@PathVariable UUID id) {
    return pipelines.get(id);
  }

  @Operation(
      summary = "Change a pipeline: adds a version (none when nothing changed)",
      description =
          "The name cannot change. With baseVersion, a 409 tells that someone else changed it"
              + " first.")
  @Requires(Permission.PIPELINES_WRITE)
  @PutMapping("/{id}")
  PipelineResponse update(
      CurrentUser me, @PathVariable UUID id, @Valid @RequestBody PipelineRequest request) {
    return pipelines.update(me, id, request);
  }

  @Operation(summary = "Delete a pipeline; its versions are kept and its name becomes free")
  @Requires(Permission.PIPELINES_WRITE)
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    pipelines.delete(id);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "List a pipeline's versions, newest first, with who and when")
  @Requires(Permission.PIPELINES_READ)
  @GetMapping("/{id}/versions")
  List<VersionResponse> versions(@PathVariable UUID id) {
    return pipelines.versions(id);
  }

  @Operation(summary = "Get one version of a pipeline with its YAML")
  @Requires(Permission.PIPELINES_READ)
  @GetMapping("/{id}/versions/{version}")
  VersionResponse version(@PathVariable UUID id, @PathVariable @Min(1) int version) {
    return pipelines.version(id, version);
  }

  @Operation(
      summary = "Import a pipeline file (YAML text as application/yaml or text/plain)",
      description =
          "Creates the pipeline; when one of that name exists, a 409 unless replace=true, which"
              + " adds a version to it.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = {
                @Content(mediaType = "application/yaml"),
                @Content(mediaType = "text/plain")
              }))
  @Requires(Permission.PIPELINES_WRITE)
  @PostMapping("/import")
  ResponseEntity<PipelineResponse> importYaml(
      CurrentUser me,
      @RequestBody String yaml,
      @RequestParam(defaultValue = "false") boolean replace) {
    return created(pipelines.importYaml(me, yaml, replace));
  }

  @Operation(summary = "Export a pipeline as its YAML file (the current version, or ?version=N)")
  @Requires(Permission.PIPELINES_READ)
  @GetMapping("/{id}/export")
  ResponseEntity<String> export(
      @PathVariable UUID id, @RequestParam(required = false) @Min(1) Integer version) {
    PipelineResponse pipeline = pipelines.get(id);
    String yaml = version == null ? pipeline.yaml() : pipelines.version(id, version).yaml();
    ContentDisposition file =
        ContentDisposition.attachment().filename(pipeline.name() + ".yaml").build();
    return ResponseEntity.ok()
        .contentType(YAML)
        .header(HttpHeaders.CONTENT_DISPOSITION, file.toString())
        .body(yaml);
  }

  private static ResponseEntity<PipelineResponse> created(PipelineResponse pipeline) {
    return ResponseEntity.created(URI.create("/api/v1/pipelines/" + pipeline.id())).body(pipeline);
  }
}
