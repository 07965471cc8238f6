package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.type.JsonText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A 128-bit fingerprint of some values, for run-wide sets of keys (deduplicate, unique): two
 * independent 64-bit lanes over a typed encoding of each value. Values equal as data give equal
 * fingerprints (1.0 and 1.00 as decimals too, one instant at two offsets); two different keys share one with a probability near
 * n²/2¹²⁹ for n keys, about 1 in 10²¹ for a billion. Not thread-safe; reuse one per step.
 */
final class Fingerprint {
  private static final long K1 = 0x9E3779B97F4A7C15L;
  private static final long K2 = 0xC2B2AE3D27D4EB4FL;
  long high;
  long low;

  Fingerprint reset() {
    high = 0x243F6A8885A308D3L;
    low = 0x13198A2E03707344L;
    return this;
  }

  Fingerprint add(Object value) {
    switch (value) {
      case null -> word(0);
      case String s -> text(1, s);
      case Integer i -> word2(2, i);
      case Long l -> word2(2, l);
      case Double d -> word2(3, Double.doubleToLongBits(d));
      case Boolean b -> word(b ? 5 : 4);
      case BigDecimal d -> text(6, d.signum() == 0 ? "0" : d.stripTrailingZeros().toString());
      case JsonText j -> text(7, j.json());
      case byte[] bytes -> bytes(bytes);
      // Temporal values by number, not text: keys are mostly dates, and text costs a formatting.
      case LocalDate d -> word2(10, d.toEpochDay());
      case LocalTime t -> word2(11, t.toNanoOfDay());
      case LocalDateTime t -> instant(12, t.toEpochSecond(ZoneOffset.UTC), t.getNano());
      // Equal instants are one value whatever their offsets, as timestamptz is in SQL.
      case OffsetDateTime t -> instant(13, t.toEpochSecond(), t.getNano());
      default -> text(9, value.toString());
    }
    return this;
  }

  private void instant(int tag, long seconds, int nanos) {
    word2(tag, seconds);
    word(nanos);
  }

  private void text(int tag, String s) {
    word2(tag, s.length());
    int n = s.length();
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      word(
          (long) s.charAt(i)
              | (long) s.charAt(i + 1) << 16
              | (long) s.charAt(i + 2) << 32
              | (long) s.charAt(i + 3) << 48);
    }
    long last = 0;
    for (int shift = 0; i < n; i++, shift += 16) {
      last |= (long) s.charAt(i) << shift;
    }
    word(last);
  }

  private void bytes(byte[] bytes) {
    word2(8, bytes.length);
    long w = 0;
    for (int i = 0; i < bytes.length; i++) {
      w = w << 8 | (bytes[i] & 0xFF);
      if ((i & 7) == 7) {
        word(w);
        w = 0;
      }
    }
    word(w);
  }

  private void word2(int tag, long value) {
    word(tag);
    word(value);
  }

  private void word(long w) {
    high = mix((high ^ w) * K1);
    low = mix((low + w) * K2 ^ high);
  }

  /** MurmurHash3's 64-bit finalizer: every input bit affects every output bit. */
  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xFF51AFD7ED558CCDL;
    x ^= x >>> 33;
    x *= 0xC4CEB9FE1A85EC53L;
    return x ^ (x >>> 33);
  }
}
