package io.dataaggregator.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpaFallbackControllerTest {
  @Test
  void consolePagesAreClientRoutes() {
    assertThat(SpaFallbackController.isClientRoute("")).isTrue();
    assertThat(SpaFallbackController.isClientRoute("pipelines")).isTrue();
    assertThat(SpaFallbackController.isClientRoute("pipelines/123/mapping")).isTrue();
  }

  @Test
  void serverPathsAndMissingFilesAreNot() {
    assertThat(SpaFallbackController.isClientRoute("api/v1/nothing")).isFalse();
    assertThat(SpaFallbackController.isClientRoute("actuator/health")).isFalse();
    assertThat(SpaFallbackController.isClientRoute("ws")).isFalse();
    assertThat(SpaFallbackController.isClientRoute("v3/api-docs")).isFalse();
    assertThat(SpaFallbackController.isClientRoute("assets/missing.js")).isFalse();
  }
}
