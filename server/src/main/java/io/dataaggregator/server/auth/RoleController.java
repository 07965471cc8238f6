package io.dataaggregator.server.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The roles and their permissions as this server applies them, for the console's users page. */
@Tag(name = "users")
@RestController
class RoleController {
  private final AccessPolicy policy;

  RoleController(AccessPolicy policy) {
    this.policy = policy;
  }

  record RoleResponse(
      Role role, String description, boolean enabled, List<Permission> permissions) {}

  @Operation(summary = "List the roles with what each may do")
  @Requires(Permission.ACCOUNT)
  @GetMapping("/api/v1/roles")
  List<RoleResponse> roles() {
    return Arrays.stream(Role.values())
        .map(
            r ->
                new RoleResponse(
                    r,
                    r.description(),
                    policy.isEnabled(r),
                    policy.permissionsOf(r).stream().sorted().toList()))
        .toList();
  }
}
