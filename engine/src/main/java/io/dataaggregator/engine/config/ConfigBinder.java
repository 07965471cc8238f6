package io.dataaggregator.engine.config;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a user's config (parsed YAML or JSON) into its record: validates it against the record's
 * JSON Schema first, so every problem is reported at once with where it is, then binds it.
 */
public final class ConfigBinder {
  public static final JsonMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<Class<?>, Schema> VALIDATORS = new ConcurrentHashMap<>();

  private ConfigBinder() {}

  /** Every way {@code config} breaks {@code type}'s schema; empty when it fits. */
  public static List<ConfigProblem> problems(Object config, Class<? extends Record> type) {
    JsonNode node = MAPPER.valueToTree(config == null ? Map.of() : config);
    var schema = VALIDATORS.computeIfAbsent(type, t -> REGISTRY.getSchema(ConfigSchemas.of(type)));
    var problems = new ArrayList<ConfigProblem>();
    for (Error error : schema.validate(node)) {
      problems.add(new ConfigProblem(pointerOf(error), messageOf(error)));
    }
    return problems;
  }

  /**
   * Validates and binds {@code config} to {@code type}.
   *
   * @param what names the config in the message, e.g. {@code "postgres config"}
   * @throws InvalidConfigException with every problem found
   */
  public static <C extends Record> C bind(Object config, Class<C> type, String what) {
    var problems = problems(config, type);
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(what, problems);
    }
    try {
      return MAPPER.convertValue(config == null ? Map.of() : config, type);
    } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
      throw new InvalidConfigException(what, List.of(new ConfigProblem("", rootMessage(e))));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage();
    int cut = message == null ? -1 : message.indexOf("\n");
    return cut < 0 ? String.valueOf(message) : message.substring(0, cut);
  }

  private static String pointerOf(Error error) {
    var out = new StringBuilder();
    NodePath path = error.getInstanceLocation();
    for (int i = 0; i < path.getNameCount(); i++) {
      out.append('/').append(path.getElement(i));
    }
    boolean aboutChild =
        "required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword());
    if (aboutChild && error.getProperty() != null) {
      out.append('/').append(error.getProperty());
    }
    return out.toString();
  }

  private static String messageOf(Error error) {
    return switch (error.getKeyword()) {
      case "required" -> "is required";
      case "additionalProperties" -> "is not a known setting";
      default -> {
        // networknt prefixes its message with the instance location; the pointer already says it.
        String m = error.getMessage();
        int colon = m.indexOf(": ");
        yield colon >= 0 && m.startsWith("/") ? m.substring(colon + 2) : m;
      }
    };
  }
}
