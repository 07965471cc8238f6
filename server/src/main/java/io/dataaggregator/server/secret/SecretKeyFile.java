package io.dataaggregator.server.secret;

import io.dataaggregator.server.system.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the secret key comes from: {@code DAGG_SECRET_KEY} ({@code dagg.secret.key}, base64 of 32
 * bytes), or else {@code <data-dir>/secret-aes256.key}, created with a random key on first start
 * (readable by the owner only). Several server instances must share the same key; losing it makes
 * the stored secrets unreadable, so back it up with the database.
 */
final class SecretKeyFile {
  static final String FILE = "secret-aes256.key";

  private SecretKeyFile() {}

  static byte[] load(String configured, DataDirectory dataDir) {
    if (configured != null && !configured.isBlank()) {
      return decode(configured.trim(), "DAGG_SECRET_KEY (dagg.secret.key)");
    }
    Path file = dataDir.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      return decode(Files.readString(file).trim(), "the key file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
    }
  }

  private static byte[] decode(String text, String where) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + " must be base64 (e.g. openssl rand -base64 32)");
    }
    if (bytes.length != SecretCipher.KEY_BYTES) {
      throw new IllegalStateException(
          where + " must hold 32 bytes (AES-256) in base64; it holds " + bytes.length);
    }
    return bytes;
  }

  private static void create(Path file) throws IOException {
    byte[] bytes = new byte[SecretCipher.KEY_BYTES];
    new SecureRandom().nextBytes(bytes);
    Path draft;
    try {
      // Owner-only from the first byte on: no moment in which others could read it.
      draft = Files.createTempFile(file.getParent(), FILE, ".new", ownerOnly());
    } catch (UnsupportedOperationException notPosix) {
      draft = Files.createTempFile(file.getParent(), FILE, ".new"); // Windows: folder ACLs apply
    }
    try {
      Files.writeString(draft, Base64.getEncoder().encodeToString(bytes));
      // A hard link appears whole and fails if the file exists: two instances starting on one
      // directory agree on the first key, and neither reads a half-written file.
      Files.createLink(file, draft);
    } catch (FileAlreadyExistsException raced) {
      // another instance created it first: use theirs
    } catch (UnsupportedOperationException noLinks) {
      Files.move(draft, file);
    } finally {
      Files.deleteIfExists(draft);
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
    };
  }
}
