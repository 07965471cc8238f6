package io.dataaggregator.server.auth;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The permission table as it applies on this server: {@link PermissionTable} minus roles switched
 * off by configuration. Today only DEVELOPER can be switched off ({@code
 * dagg.roles.developer-enabled}; on by default with the embedded store, off with an external one).
 * A disabled role may not log in and grants nothing. Thread-safe and immutable.
 */
@Component
public class AccessPolicy {
  private final boolean developerEnabled;

  public AccessPolicy(@Value("${dagg.roles.developer-enabled:true}") boolean developerEnabled) {
    this.developerEnabled = developerEnabled;
  }

  public boolean isEnabled(Role role) {
    return role != Role.DEVELOPER || developerEnabled;
  }

  public Set<Permission> permissionsOf(Role role) {
    return isEnabled(role) ? PermissionTable.of(role) : EnumSet.noneOf(Permission.class);
  }

  public boolean permits(Role role, Permission permission) {
    return permissionsOf(role).contains(permission);
  }

  /** Throws 403 naming the permission when the user lacks it. */
  public void require(CurrentUser user, Permission permission) {
    if (!permits(user.role(), permission)) {
      throw new PermissionDeniedException(user.role(), permission);
    }
  }
}
