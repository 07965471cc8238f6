package io.dataaggregator.server.auth;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated caller. Its authorities are the names of the permissions the user's role has
 * now, so plain Spring Security rules ({@code hasAuthority("MONITORING_READ")}) agree with {@link
 * Requires}.
 */
final class UserAuthentication extends AbstractAuthenticationToken {
  private final CurrentUser user;

  UserAuthentication(CurrentUser user, AccessPolicy policy) {
    super(authorities(user, policy));
    this.user = user;
    setAuthenticated(true);
  }

  private static Collection<GrantedAuthority> authorities(CurrentUser user, AccessPolicy policy) {
    return policy.permissionsOf(user.role()).stream()
        .map(p -> (GrantedAuthority) new SimpleGrantedAuthority(p.name()))
        .toList();
  }

  @Override
  public CurrentUser getPrincipal() {
    return user;
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public String getName() {
    return user.username();
  }
}
