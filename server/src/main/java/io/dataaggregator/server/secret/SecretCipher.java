package io.dataaggregator.server.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the secrets the server stores (connection settings, TOTP secrets, webhook signing keys)
 * with AES-256-GCM under the one server key ({@code DAGG_SECRET_KEY} or the data directory's key
 * file, see {@link SecretKeyFile}). A sealed value is text: {@code dagg:enc:v1:<key id>:<base64 of
 * 12-byte nonce + ciphertext + tag>}. The key id (8 hex digits of a hash of the key) lets a server
 * started with the wrong key say so instead of failing obscurely. Each value is bound to a context
 * naming its owner and place ({@code connection:<id>:/password}, {@code user:<id>:totp}), so a
 * sealed value copied into another row or column does not open. The server's one instance is a
 * bean; features inject it. Thread-safe: a {@link Cipher} is made per call.
 */
public final class SecretCipher {
  public static final String PREFIX = "dagg:enc:v1:";
  static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final String keyId;
  private final SecureRandom random = new SecureRandom();

  /** A cipher with this key; the server's comes from {@link SecretConfig}. */
  public SecretCipher(byte[] keyBytes) {
    if (keyBytes.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "the secret key must be 32 bytes (AES-256); it has " + keyBytes.length);
    }
    this.key = new SecretKeySpec(keyBytes, "AES");
    this.keyId = idOf(keyBytes);
  }

  /** Whether the value is a text {@link #seal} made (rather than a plain value). */
  public static boolean isSealed(Object value) {
    return value instanceof String s && s.startsWith(PREFIX);
  }

  /** Seals {@code plain} for {@code context}; a fresh random nonce each time. */
  public String seal(String plain, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, context);
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM", e);
    }
  }

  /**
   * Opens a value {@link #seal} made for the same context.
   *
   * @throws SecretUnreadableException when it was sealed with another key, for another context, or
   *     was altered
   */
  public String open(String sealed, String context) {
    String rest = sealed.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    if (colon < 0) {
      throw new SecretUnreadableException("a stored secret is damaged (no key id)");
    }
    String id = rest.substring(0, colon);
    if (!id.equals(keyId)) {
      throw new SecretUnreadableException(
          "a stored secret was encrypted with another key (key id "
              + id
              + ", this server's is "
              + keyId
              + "); start the server with the DAGG_SECRET_KEY (or data directory key file) it was"
              + " stored with");
    }
    try {
      byte[] data = Base64.getDecoder().decode(rest.substring(colon + 1));
      if (data.length < NONCE_BYTES + TAG_BITS / 8) {
        throw new SecretUnreadableException("a stored secret is damaged (too short)");
      }
      Cipher cipher =
          cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(data, NONCE_BYTES), context);
      byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new SecretUnreadableException(
          "a stored secret does not decrypt: it was altered or belongs to another connection,"
              + " account, rule or setting");
    }
  }

  /**
   * A stored value as plain text: opened when sealed, null when null. A value that is not sealed is
   * returned as it is: stores written before their secrets were encrypted hold such values until
   * their migration seals them (see {@link SealColumnsMigration}).
   *
   * @throws SecretUnreadableException as {@link #open} does
   */
  public String openStored(String stored, String context) {
    return isSealed(stored) ? open(stored, context) : stored;
  }

  /** The key's id, as it appears in sealed values. */
  public String keyId() {
    return keyId;
  }

  private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  private static String idOf(byte[] keyBytes) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("dagg-secret-key-id".getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(keyBytes), 0, 4);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A stored secret that cannot be decrypted; the message says why, never the secret. */
  public static final class SecretUnreadableException extends RuntimeException {
    SecretUnreadableException(String message) {
      super(message);
    }
  }
}
