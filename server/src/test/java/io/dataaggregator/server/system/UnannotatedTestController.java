package io.dataaggregator.server.system;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoint that forgot its permission annotation: proves such endpoints are closed.
 * Hidden from the OpenAPI document so the role walk does not report it.
 */
@Hidden
@RestController
class UnannotatedTestController {
  @GetMapping("/test-only/unannotated")
  String secret() {
    return "should never be served";
  }
}
