package io.dataaggregator.engine.transform;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataaggregator.engine.config.ConfigSchemas;
import io.dataaggregator.engine.spi.Registry;
import org.junit.jupiter.api.Test;

/** Every transform is found through ServiceLoader and describes itself fully. */
class TransformConformanceTest {
  @Test
  void everyStepOfTheIssueIsRegistered() {
    assertThat(Registry.load().transformIds())
        .containsExactly(
            "cast",
            "deduplicate",
            "derive",
            "drop",
            "explode",
            "filter",
            "flatten",
            "hash",
            "lookup",
            "map",
            "mask",
            "normalize",
            "rename",
            "select",
            "validate");
  }

  @Test
  void everyTransformHasATitleADescriptionAndAnObjectSchema() {
    Registry registry = Registry.load();
    for (String id : registry.transformIds()) {
      Transform<?> transform = registry.transform(id).orElseThrow();
      var spec = transform.spec();
      assertThat(spec.id()).isEqualTo(id);
      assertThat(spec.title()).isNotBlank();
      assertThat(spec.description()).as(id).endsWith(".");
      var schema = ConfigSchemas.of(spec.configType());
      assertThat(schema.get("type").asString()).as(id).isEqualTo("object");
      assertThat(schema.get("properties").size()).as(id).isPositive();
    }
  }
}
