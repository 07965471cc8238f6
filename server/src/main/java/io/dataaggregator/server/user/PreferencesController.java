package io.dataaggregator.server.user;

import io.dataaggregator.server.auth.CurrentUser;
import io.dataaggregator.server.auth.Permission;
import io.dataaggregator.server.auth.Requires;
import io.dataaggregator.server.system.ApiException;
import io.dataaggregator.server.system.Setting;
import io.dataaggregator.server.system.Settings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's console preferences: theme and time zone. */
@Tag(name = "me")
@RestController
@RequestMapping("/api/v1/users/me/preferences")
class PreferencesController {
  static final String DEFAULT_THEME = "system";

  private final Preferences preferences;
  private final Settings settings;

  PreferencesController(Preferences preferences, Settings settings) {
    this.preferences = preferences;
    this.settings = settings;
  }

  /**
   * @param theme light, dark, or system (follow the operating system)
   * @param timezone IANA time zone; null in a request means "the instance default"
   * @param timezoneIsDefault in answers: whether the time zone is the instance default
   */
  record PreferencesBody(
      @NotNull @Pattern(regexp = "light|dark|system", message = "must be light, dark or system")
          String theme,
      @Size(max = 64) String timezone,
      Boolean timezoneIsDefault) {}

  @Operation(summary = "My preferences (defaults until I change them)")
  @Requires(Permission.ACCOUNT)
  @GetMapping
  PreferencesBody get(CurrentUser me) {
    Preferences.Stored stored =
        preferences.find(me.id()).orElse(new Preferences.Stored(DEFAULT_THEME, null));
    return answer(stored);
  }

  @Operation(summary = "Replace my preferences")
  @Requires(Permission.ACCOUNT)
  @PutMapping
  PreferencesBody put(CurrentUser me, @Valid @RequestBody PreferencesBody request) {
    String zone =
        request.timezone() == null || request.timezone().isBlank()
            ? null
            : request.timezone().trim();
    if (zone != null) {
      Setting.zoneProblem(zone)
          .ifPresent(
              problem -> {
                throw ApiException.invalid("timezone", problem);
              });
    }
    Preferences.Stored stored = new Preferences.Stored(request.theme(), zone);
    preferences.save(me.id(), stored);
    return answer(stored);
  }

  private PreferencesBody answer(Preferences.Stored stored) {
    boolean isDefault = stored.timezone() == null;
    String zone = isDefault ? settings.value(Setting.DEFAULT_TIMEZONE) : stored.timezone();
    return new PreferencesBody(stored.theme(), zone, isDefault);
  }
}
