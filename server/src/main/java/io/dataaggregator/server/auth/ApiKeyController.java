package io.dataaggregator.server.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own API keys. A key acts as its owner, with the owner's role. */
@Tag(name = "api keys")
@RestController
@RequestMapping("/api/v1/api-keys")
class ApiKeyController {
  private final ApiKeys keys;

  ApiKeyController(ApiKeys keys) {
    this.keys = keys;
  }

  record CreateApiKeyRequest(@NotBlank @Size(max = 100) String name) {}

  /** A key as listed; {@code key} is set only in the answer to its creation. */
  record ApiKeyResponse(
      UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt, String key) {
    static ApiKeyResponse of(ApiKeys.ApiKey k, String secret) {
      return new ApiKeyResponse(
          k.id(), k.name(), k.prefix(), k.createdAt(), k.lastUsedAt(), secret);
    }
  }

  @Operation(summary = "Create an API key; the key is in this answer only, keep it")
  @Requires(Permission.ACCOUNT)
  @PostMapping
  ResponseEntity<ApiKeyResponse> create(
      CurrentUser me, @Valid @RequestBody CreateApiKeyRequest request) {
    ApiKeys.Created created = keys.create(me.id(), request.name());
    return ResponseEntity.created(URI.create("/api/v1/api-keys/" + created.key().id()))
        .body(ApiKeyResponse.of(created.key(), created.secret()));
  }

  @Operation(summary = "List my API keys (without the keys themselves)")
  @Requires(Permission.ACCOUNT)
  @GetMapping
  List<ApiKeyResponse> list(CurrentUser me) {
    return keys.listOf(me.id()).stream().map(k -> ApiKeyResponse.of(k, null)).toList();
  }

  @Operation(summary = "Revoke one of my API keys")
  @Requires(Permission.ACCOUNT)
  @DeleteMapping("/{id}")
  ResponseEntity<Void> revoke(CurrentUser me, @PathVariable UUID id) {
    keys.revoke(me.id(), id);
    return ResponseEntity.noContent().build();
  }
}
