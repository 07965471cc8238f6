package io.dataaggregator.server.settings;

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
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** System settings: a known set, each with a default (see {@link Setting}). */
@Tag(name = "settings")
@RestController
@RequestMapping("/api/v1/settings")
class SettingsController {
  private final Settings settings;

  SettingsController(Settings settings) {
    this.settings = settings;
  }

  record SettingResponse(String name, String value, String defaultValue, String description) {}

  record SettingRequest(@NotNull String value) {}

  @Operation(summary = "List the system settings with their values and defaults")
  @Requires(Permission.SETTINGS_READ)
  @GetMapping
  List<SettingResponse> list() {
    return settings.all().entrySet().stream().map(e -> response(e.getKey(), e.getValue())).toList();
  }

  @Operation(summary = "Change a system setting")
  @Requires(Permission.SETTINGS_WRITE)
  @PutMapping("/{name}")
  SettingResponse set(
      CurrentUser me, @PathVariable String name, @Valid @RequestBody SettingRequest request) {
    Setting setting = Setting.byKey(name).orElseThrow(() -> ApiException.notFound("Setting", name));
    setting
        .problemWith(request.value().trim())
        .ifPresent(
            problem -> {
              throw ApiException.invalid("value", problem);
            });
    String value = request.value().trim();
    settings.set(setting, value, me.id());
    return response(setting, value);
  }

  private SettingResponse response(Setting s, String value) {
    return new SettingResponse(s.key(), value, settings.defaultOf(s), s.description());
  }
}
