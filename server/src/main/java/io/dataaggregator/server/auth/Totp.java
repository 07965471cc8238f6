package io.dataaggregator.server.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) as authenticator apps expect them:
 * HMAC-SHA1, 6 digits, 30-second steps, secrets as unpadded Base32. A code is accepted for the
 * current step and one step either side (clock drift), and never for a step at or before the last
 * one used (no replay). Stateless and thread-safe.
 */
final class Totp {
  static final int DIGITS = 6;
  static final long PERIOD_SECONDS = 30;
  private static final int SECRET_BYTES = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  static String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(bytes);
    return Base32.encode(bytes);
  }

  static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
  }

  /** The HOTP value of the key at this counter, zero-padded to {@code digits}. */
  static String code(byte[] key, long counter, int digits) {
    byte[] hash = hmacSha1(key, counter);
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    int otp = binary % (int) Math.pow(10, digits);
    return String.format("%0" + digits + "d", otp);
  }

  /** The step the code matches, if it matches one within the window and after {@code lastStep}. */
  static OptionalLong verify(String base32Secret, String code, Instant now, Long lastStep) {
    if (code == null || !code.trim().matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    byte[] key = Base32.decode(base32Secret);
    byte[] given = code.trim().getBytes(StandardCharsets.US_ASCII);
    long current = step(now);
    for (long s = current - 1; s <= current + 1; s++) {
      boolean fresh = lastStep == null || s > lastStep;
      byte[] expected = code(key, s, DIGITS).getBytes(StandardCharsets.US_ASCII);
      if (fresh && MessageDigest.isEqual(expected, given)) {
        return OptionalLong.of(s);
      }
    }
    return OptionalLong.empty();
  }

  /** The {@code otpauth://} URI authenticator apps read (usually from a QR code). */
  static String uri(String issuer, String account, String base32Secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + base32Secret
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + PERIOD_SECONDS;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static byte[] hmacSha1(byte[] key, long counter) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] message = new byte[8];
      for (int i = 7; i >= 0; i--) {
        message[i] = (byte) (counter & 0xff);
        counter >>= 8;
      }
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK has no HmacSHA1", e);
    }
  }
}
