package io.dataaggregator.server.pipeline;

import io.dataaggregator.engine.transform.MappingSuggester;
import io.dataaggregator.engine.transform.MappingSuggester.Suggestion;
import io.dataaggregator.engine.type.DataType;
import io.dataaggregator.engine.type.Field;
import io.dataaggregator.engine.type.Schema;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.system.ApiException;
import io.dataaggregator.server.system.FieldProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Suggestions for the schema mapping screen: which source field fills which target field. */
@Tag(name = "pipelines")
@RestController
class MappingController {
  private final MappingSuggester suggester = new MappingSuggester();

  /**
   * A field by name and type as pipeline files write types ({@code bigint}, {@code decimal(10,2)}).
   */
  record FieldSpec(@NotBlank String name, @NotBlank String type, Boolean nullable) {}

  record SuggestRequest(
      @NotNull List<@Valid FieldSpec> source, @NotNull List<@Valid FieldSpec> target) {}

  @Operation(
      summary = "Suggest source-to-target field pairs by name similarity and type fit, best first")
  @Requires(Permission.PIPELINES_READ)
  @PostMapping("/api/v1/mapping/suggest")
  List<Suggestion> suggest(@Valid @RequestBody SuggestRequest request) {
    var problems = new ArrayList<FieldProblem>();
    Schema source = schema("source", request.source(), problems);
    Schema target = schema("target", request.target(), problems);
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    return suggester.suggest(source, target);
  }

  private static Schema schema(String side, List<FieldSpec> specs, List<FieldProblem> problems) {
    var fields = new ArrayList<Field>();
    for (int i = 0; i < specs.size(); i++) {
      FieldSpec f = specs.get(i);
      try {
        fields.add(
            new Field(f.name(), DataType.parse(f.type()), f.nullable() == null || f.nullable()));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem(side + "[" + i + "].type", e.getMessage()));
      }
    }
    try {
      return new Schema(fields);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(side, e.getMessage()));
      return null;
    }
  }
}
