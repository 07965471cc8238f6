package io.dataaggregator.server.auth;

import io.dataaggregator.server.system.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HS256 key that signs access tokens: {@code DAGG_JWT_SECRET} ({@code dagg.jwt.secret}, at
 * least 32 bytes) or else a random key kept in {@code <data-dir>/jwt-hs256.key}, created on first
 * start. Several server instances must share it, so they need the same secret or data directory.
 */
final class JwtKey {
  static final String FILE = "jwt-hs256.key";
  private static final int MIN_BYTES = 32;

  private JwtKey() {}

  static SecretKey load(String configuredSecret, DataDirectory dataDir) {
    if (configuredSecret != null && !configuredSecret.isBlank()) {
      byte[] bytes = configuredSecret.getBytes(StandardCharsets.UTF_8);
      if (bytes.length < MIN_BYTES) {
        throw new IllegalStateException(
            "DAGG_JWT_SECRET (dagg.jwt.secret) must be at least 32 bytes long; it has "
                + bytes.length);
      }
      return key(bytes);
    }
    return key(fromFile(dataDir.resolve(FILE)));
  }

  private static byte[] fromFile(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      return Base64.getDecoder().decode(Files.readString(file).trim());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the JWT key file " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] bytes = new byte[MIN_BYTES];
    new SecureRandom().nextBytes(bytes);
    try {
      Files.writeString(
          file, Base64.getEncoder().encodeToString(bytes), StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException raced) {
      return; // another instance on the same directory created it first: use theirs
    }
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the directory's own permissions protect it
    }
  }

  private static SecretKey key(byte[] bytes) {
    return new SecretKeySpec(bytes, "HmacSHA256");
  }
}
