package io.dataaggregator.server.pipeline;

import io.dataaggregator.engine.config.ConfigBinder;
import io.dataaggregator.server.system.ApiException;
import io.dataaggregator.server.system.FieldProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The pipeline templates shipped in {@code pipeline-templates/*.yaml}: a title, a description,
 * parameters and the pipeline's YAML with {@code {{parameter}}} where values go. Values are written
 * as quoted YAML text, so no value can change the file's structure. Loaded once; immutable.
 */
@Component
class PipelineTemplates {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

  /** A parameter; {@code defaultValue} null means the caller must give it. */
  record Parameter(String name, String description, String defaultValue) {}

  /** A template as listed; {@code pipeline} is the YAML with its placeholders. */
  record Template(
      String id, String title, String description, List<Parameter> parameters, String pipeline) {}

  private final List<Template> templates;

  PipelineTemplates() {
    this.templates = load();
  }

  List<Template> all() {
    return templates;
  }

  Optional<Template> find(String id) {
    return templates.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The template's YAML with {@code values}; a 400 names each value missing or unknown. */
  String instantiate(Template template, Map<String, String> values) {
    var problems = new ArrayList<FieldProblem>();
    var known = new HashSet<String>();
    for (Parameter p : template.parameters()) {
      known.add(p.name());
      String value = values.get(p.name());
      if ((value == null || value.isBlank()) && p.defaultValue() == null) {
        problems.add(new FieldProblem("parameters." + p.name(), "is required: " + p.description()));
      }
    }
    values.keySet().stream()
        .filter(k -> !known.contains(k))
        .sorted()
        .forEach(
            k ->
                problems.add(
                    new FieldProblem(
                        "parameters." + k,
                        "is not a parameter of template " + template.id() + "; it has " + known)));
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    Matcher m = PLACEHOLDER.matcher(template.pipeline());
    var out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = values.get(name);
      if (value == null || value.isBlank()) {
        value = defaultOf(template, name);
      }
      m.appendReplacement(
          out, Matcher.quoteReplacement(ConfigBinder.MAPPER.writeValueAsString(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String defaultOf(Template template, String name) {
    return template.parameters().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .map(Parameter::defaultValue)
        .orElseThrow();
  }

  private static List<Template> load() {
    try {
      Resource[] found =
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:pipeline-templates/*.yaml");
      var out = new ArrayList<Template>();
      for (Resource r : found) {
        String id = r.getFilename().substring(0, r.getFilename().length() - ".yaml".length());
        out.add(parse(id, r.getContentAsString(StandardCharsets.UTF_8)));
      }
      out.sort(Comparator.comparing(Template::id));
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the pipeline templates", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Template parse(String id, String text) {
    Map<String, Object> map = PipelineYaml.read(text);
    if (map == null || !(map.get("pipeline") instanceof String pipeline)) {
      throw new IllegalStateException("pipeline template " + id + " has no 'pipeline:' text");
    }
    var parameters = new ArrayList<Parameter>();
    for (Object item : (List<Object>) map.getOrDefault("parameters", List.of())) {
      var p = (Map<String, Object>) item;
      Object d = p.get("default");
      parameters.add(
          new Parameter(
              String.valueOf(p.get("name")),
              String.valueOf(p.get("description")),
              d == null ? null : String.valueOf(d)));
    }
    Matcher m = PLACEHOLDER.matcher(pipeline);
    while (m.find()) {
      String name = m.group(1);
      if (parameters.stream().noneMatch(p -> p.name().equals(name))) {
        throw new IllegalStateException(
            "pipeline template " + id + " uses {{" + name + "}}, which is no parameter");
      }
    }
    return new Template(
        id,
        String.valueOf(map.get("title")),
        String.valueOf(map.get("description")),
        List.copyOf(parameters),
        pipeline);
  }
}
