package io.dataaggregator.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each direct sub-package of the server is a feature module (STYLE.md §3): no cycles between them,
 * and none reaches into another's sub-packages ({@code internal}).
 */
class ModularityTest {
  @Test
  void featureModulesRespectTheirBoundaries() {
    ApplicationModules.of(ServerApp.class).verify();
  }
}
