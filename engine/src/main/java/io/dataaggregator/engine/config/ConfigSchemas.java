package io.dataaggregator.engine.config;

import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.dataaggregator.engine.spi.Secret;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas of config records, the one description forms, validation and docs are drawn from.
 * {@link Secret} fields become {@code "format": "password", "writeOnly": true}.
 */
public final class ConfigSchemas {
  private static final SchemaGenerator GENERATOR = createGenerator();
  private static final Map<Class<?>, ObjectNode> CACHE = new ConcurrentHashMap<>();

  private ConfigSchemas() {}

  /** The schema of {@code type}; callers must not modify the returned node. */
  public static ObjectNode of(Class<? extends Record> type) {
    return CACHE.computeIfAbsent(type, GENERATOR::generateSchema);
  }

  private static SchemaGenerator createGenerator() {
    var builder =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonModule())
            .with(
                new JakartaValidationModule(
                    JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                    JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
            // A Map field (client properties, headers) takes any key; its values keep their type.
            .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
    builder
        .forFields()
        .withInstanceAttributeOverride(
            (node, field, context) -> {
              if (field.getAnnotationConsideringFieldAndGetter(Secret.class) != null) {
                node.put("format", "password");
                node.put("writeOnly", true);
              }
            });
    return new SchemaGenerator(builder.build());
  }
}
