package io.dataaggregator.server.pipeline;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.pipeline.PipelineResponses.PipelineResponse;
import io.dataaggregator.server.pipeline.PipelineTemplates.Template;
import io.dataaggregator.server.system.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Ready-made pipelines to start from. */
@Tag(name = "pipelines")
@RestController
class PipelineTemplateController {
  private final PipelineTemplates templates;
  private final PipelineService pipelines;

  PipelineTemplateController(PipelineTemplates templates, PipelineService pipelines) {
    this.templates = templates;
    this.pipelines = pipelines;
  }

  /**
   * @param template a template id from GET /api/v1/pipeline-templates
   * @param parameters the template's parameters by name ({@code name} included); those left out
   *     take their defaults
   */
  record FromTemplateRequest(
      @NotBlank String template, Map<String, String> parameters, @Size(max = 2000) String comment) {
    FromTemplateRequest {
      parameters = parameters == null ? Map.of() : parameters;
    }
  }

  @Operation(summary = "List the pipeline templates with their parameters and YAML")
  @Requires(Permission.PIPELINES_READ)
  @GetMapping("/api/v1/pipeline-templates")
  List<Template> list() {
    return templates.all();
  }

  @Operation(
      summary = "Create a pipeline from a template and parameter values",
      description =
          "Like POST /api/v1/pipelines with the template's YAML: a 400 names missing parameters or"
              + " the problems of the result.")
  @Requires(Permission.PIPELINES_WRITE)
  @PostMapping("/api/v1/pipelines/from-template")
  ResponseEntity<PipelineResponse> create(
      CurrentUser me, @Valid @RequestBody FromTemplateRequest request) {
    Template template =
        templates
            .find(request.template())
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        "template",
                        "no template '"
                            + request.template()
                            + "'; templates are "
                            + templates.all().stream().map(Template::id).toList()));
    String yaml = templates.instantiate(template, request.parameters());
    String comment =
        request.comment() == null ? "from template " + template.id() : request.comment();
    PipelineResponse created = pipelines.create(me, PipelineRequest.ofYaml(yaml, comment));
    return ResponseEntity.created(URI.create("/api/v1/pipelines/" + created.id())).body(created);
  }
}
