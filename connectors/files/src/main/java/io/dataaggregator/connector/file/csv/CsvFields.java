package io.dataaggregator.connector.file.csv;

import io.dataaggregator.connector.file.Utf8;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The fields of the record {@link CsvParser} parsed last, as positions in its window, decoded to
 * text on demand. An empty unquoted field is null; an empty quoted field is the empty string.
 */
final class CsvFields {
  static final int QUOTED = 1;
  static final int UNESCAPE = 2;
  static final int NON_ASCII = 4;
  static final int HAS_NUL = 8;
  static final int TRAILING = 16;
  static final int RAW_LIMIT = 64 * 1024;

  private final CsvParser parser;
  private final int quote;
  private final int escape;
  private final Charset charset;
  private final boolean utf8;
  private int count;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int[] flags = new int[16];
  private int recordFlags;
  private int recStart;
  private int recEnd;
  private long recLine;
  private byte[] scratch = new byte[256];

  CsvFields(CsvParser parser, CsvDialect dialect, Charset charset) {
    this.parser = parser;
    this.quote = dialect.quote();
    this.escape = dialect.escape();
    this.charset = charset;
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
  }

  void startRecord(int start, long line) {
    count = 0;
    recordFlags = 0;
    recStart = start;
    recLine = line;
  }

  void add(int start, int end, int fieldFlags) {
    if (count == starts.length) {
      starts = java.util.Arrays.copyOf(starts, count * 2);
      ends = java.util.Arrays.copyOf(ends, count * 2);
      flags = java.util.Arrays.copyOf(flags, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    flags[count] = fieldFlags;
    recordFlags |= fieldFlags;
    count++;
  }

  void endRecord(int end) {
    recEnd = end;
  }

  int count() {
    return count;
  }

  /** Line number where the record starts. */
  long line() {
    return recLine;
  }

  /** The flags of all fields or'ed together. */
  int recordFlags() {
    return recordFlags;
  }

  int flags(int i) {
    return flags[i];
  }

  /** Field {@code i} as text: null when empty and unquoted. */
  String get(int i) {
    int s = starts[i];
    int e = ends[i];
    int f = flags[i];
    if (s == e) {
      return (f & QUOTED) != 0 ? "" : null;
    }
    byte[] b = parser.bytes();
    if ((f & UNESCAPE) != 0) {
      int n = unescape(b, s, e, (f & QUOTED) != 0);
      b = scratch;
      s = 0;
      e = n;
    }
    if ((f & NON_ASCII) == 0) {
      return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
    }
    return new String(b, s, e - s, charset);
  }

  /** Stream offset of the first byte of field {@code i} that is not valid UTF-8, or -1. */
  long invalidUtf8At(int i) {
    if (!utf8 || (flags[i] & NON_ASCII) == 0) {
      return -1;
    }
    int bad = Utf8.firstInvalid(parser.bytes(), starts[i], ends[i]);
    return bad < 0 ? -1 : parser.base() + bad;
  }

  /** Stream offset of the first NUL byte of field {@code i}, or -1. */
  long nulAt(int i) {
    byte[] b = parser.bytes();
    for (int k = starts[i]; k < ends[i]; k++) {
      if (b[k] == 0) {
        return parser.base() + k;
      }
    }
    return -1;
  }

  /** The record as read (decoded leniently, at most 64 KiB of it), without its line break. */
  String raw() {
    return text(recStart, Math.min(recEnd, recStart + RAW_LIMIT));
  }

  /** Bytes {@code [from, to)} of the window, decoded leniently. */
  String text(int from, int to) {
    return new String(parser.bytes(), from, to - from, charset);
  }

  private int unescape(byte[] b, int s, int e, boolean quoted) {
    if (scratch.length < e - s) {
      scratch = new byte[Math.max(e - s, scratch.length * 2)];
    }
    int n = 0;
    for (int i = s; i < e; i++) {
      byte x = b[i];
      if (i + 1 < e && x >= 0 && (x == escape || (quoted && x == quote && b[i + 1] == quote))) {
        i++;
        x = b[i];
      }
      scratch[n++] = x;
    }
    return n;
  }
}
