package io.dataaggregator.server.auth;

import io.dataaggregator.server.system.ApiException;
import org.springframework.http.HttpStatus;

/** 403: the caller's role lacks the permission; the body names both. */
public class PermissionDeniedException extends ApiException {
  public PermissionDeniedException(Role role, Permission permission) {
    super(
        HttpStatus.FORBIDDEN,
        "permission-denied",
        "Your role " + role + " may not do this: it needs the permission " + permission + ".");
    with("requiredPermission", permission.name());
    with("role", role.name());
  }
}
