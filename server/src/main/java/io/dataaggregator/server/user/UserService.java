package io.dataaggregator.server.user;

import io.dataaggregator.server.auth.AccessPolicy;
import io.dataaggregator.server.auth.Account;
import io.dataaggregator.server.auth.Accounts;
import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Role;
import io.dataaggregator.server.system.ApiException;
import io.dataaggregator.server.system.FieldProblem;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration rules on top of {@link Accounts}: password policy, roles that are switched
 * off, only holders of {@link Permission#ADMINS_MANAGE} touch admins or make new ones, and the last
 * enabled admin can be neither demoted nor disabled.
 */
@Service
class UserService {
  private final Accounts accounts;
  private final AccessPolicy policy;

  UserService(Accounts accounts, AccessPolicy policy) {
    this.accounts = accounts;
    this.policy = policy;
  }

  Account create(CurrentUser actor, UserRequests.CreateUserRequest request) {
    requireRoleUsable(actor, request.role());
    validPassword("password", request.username(), request.password());
    return accounts.create(request.username(), request.email(), request.password(), request.role());
  }

  @Transactional
  Account changeRole(CurrentUser actor, UUID id, Role role) {
    Account target = manageable(actor, id);
    requireRoleUsable(actor, role);
    if (target.role() == Role.ADMIN && role != Role.ADMIN) {
      keepOneAdmin(target);
    }
    accounts.changeRole(id, role);
    return accounts.get(id);
  }

  @Transactional
  Account setEnabled(CurrentUser actor, UUID id, boolean enabled) {
    Account target = manageable(actor, id);
    if (!enabled) {
      if (target.id().equals(actor.id())) {
        throw ApiException.conflict("self-disable", "You cannot disable your own account.");
      }
      if (target.role() == Role.ADMIN) {
        keepOneAdmin(target);
      }
    }
    accounts.setEnabled(id, enabled);
    return accounts.get(id);
  }

  Account resetPassword(CurrentUser actor, UUID id, String password) {
    Account target = manageable(actor, id);
    validPassword("password", target.username(), password);
    accounts.setPassword(id, password);
    return accounts.get(id);
  }

  Account unlock(CurrentUser actor, UUID id) {
    manageable(actor, id);
    accounts.unlock(id);
    return accounts.get(id);
  }

  Account requireTotp(CurrentUser actor, UUID id, boolean required) {
    manageable(actor, id);
    accounts.setTotpRequired(id, required);
    return accounts.get(id);
  }

  Account resetTotp(CurrentUser actor, UUID id) {
    manageable(actor, id);
    accounts.resetTotp(id);
    return accounts.get(id);
  }

  void changeOwnPassword(CurrentUser me, UserRequests.ChangePasswordRequest request) {
    if (!accounts.passwordMatches(me.id(), request.currentPassword())) {
      throw ApiException.invalid("currentPassword", "is not your current password");
    }
    validPassword("newPassword", me.username(), request.newPassword());
    accounts.setPassword(me.id(), request.newPassword());
  }

  /** The account, when the actor may change it: admins only by those who manage admins. */
  private Account manageable(CurrentUser actor, UUID id) {
    Account target = accounts.get(id);
    if (target.role() == Role.ADMIN) {
      policy.require(actor, Permission.ADMINS_MANAGE);
    }
    return target;
  }

  private void requireRoleUsable(CurrentUser actor, Role role) {
    if (!policy.isEnabled(role)) {
      throw ApiException.invalid(
          "role", "cannot be " + role + ": that role is disabled on this server");
    }
    if (role == Role.ADMIN) {
      policy.require(actor, Permission.ADMINS_MANAGE);
    }
  }

  private void keepOneAdmin(Account admin) {
    if (admin.enabled() && accounts.countEnabled(Role.ADMIN) <= 1) {
      throw ApiException.conflict(
          "last-admin", "This is the last enabled admin; make another admin first.");
    }
  }

  private static void validPassword(String field, String username, String password) {
    List<FieldProblem> problems = PasswordPolicy.check(field, username, password);
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
  }
}
