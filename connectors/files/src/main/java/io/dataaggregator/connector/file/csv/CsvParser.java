package io.dataaggregator.connector.file.csv;

import io.dataaggregator.connector.file.ByteWindow;
import io.dataaggregator.connector.file.FileInput;

/**
 * Splits CSV bytes into records and fields, without decoding them; {@link CsvFields} turns fields
 * into text. Handles quoted fields with doubled quotes or an escape byte, fields spanning lines,
 * LF, CRLF and CR line ends, and skips blank lines.
 *
 * <p>Records that cannot be delimited (a quote still open at the end of the file, a field longer
 * than {@code max_field_bytes}) come back as {@link #BROKEN}: the parser then gives up on the
 * record's first line only and goes on at the line after it, so that one stray quote costs one
 * line, not the rest of the file. Not thread-safe.
 */
final class CsvParser extends ByteWindow {
  static final int END = 0;
  static final int RECORD = 1;
  static final int BROKEN = 2;
  private static final int NEED = -1;
  private static final int FAILED = -2;

  private static final byte ORD = CsvByteClasses.ORDINARY;
  private static final byte CR = CsvByteClasses.CR;
  private static final byte QUOTE = CsvByteClasses.QUOTE;
  private static final byte LF = CsvByteClasses.LF;
  private static final byte NUL = CsvByteClasses.NUL;
  private static final byte HIGH = CsvByteClasses.NON_ASCII;

  private final byte[] plain;
  private final byte[] inQuotes;
  private final byte delimiter;
  private final int quote;
  private final int maxField;
  final CsvFields fields;

  private int scanFlags;
  private int lines;
  private boolean skipping;
  private String brokenReason;
  private String brokenRaw;
  private long brokenLine;

  CsvParser(FileInput input, CsvDialect dialect) {
    super(input.file().toString(), input.stream(), input.startOffset(), maxWindow(dialect));
    this.delimiter = dialect.delimiter();
    this.quote = dialect.quote();
    this.maxField = dialect.maxFieldBytes();
    this.fields = new CsvFields(this, dialect, input.charset());
    this.plain = CsvByteClasses.plain(dialect);
    this.inQuotes = CsvByteClasses.quoted(dialect);
  }

  private static int maxWindow(CsvDialect dialect) {
    return (int) Math.min(Integer.MAX_VALUE - 16, dialect.maxFieldBytes() * 4L + (1 << 20));
  }

  /** Parses the next record: {@link #RECORD}, {@link #BROKEN} or {@link #END}. */
  int next() {
    if (skipping) {
      skipping = false;
      if (!skipLine()) {
        return END;
      }
    }
    while (true) {
      int r = parse();
      if (r == FAILED) {
        return BROKEN;
      }
      if (r != NEED) {
        return r;
      }
      if (!fill()) {
        broken("the record is longer than " + (buf.length - 1) + " bytes");
        return BROKEN;
      }
    }
  }

  /** The window's bytes; valid until the next call to {@link #next}. */
  byte[] bytes() {
    return buf;
  }

  /** The stream offset of {@code bytes()[0]}. */
  long base() {
    return bufStart;
  }

  /** Why the last {@link #BROKEN} record was given up. */
  String brokenReason() {
    return brokenReason;
  }

  /** The first line of the last {@link #BROKEN} record (at most 64 KiB of it). */
  String brokenRaw() {
    return brokenRaw;
  }

  long brokenLine() {
    return brokenLine;
  }

  /** Consumes blank lines; returns {@link #RECORD} when a record starts at {@code pos}. */
  private int skipBlankLines() {
    byte[] b = buf;
    int p = pos;
    while (b[p] == '\n' || b[p] == '\r') {
      if (p == limit) {
        return eof ? END : NEED;
      }
      if (b[p] == '\r' && p + 1 >= limit && !eof) {
        return NEED;
      }
      p += b[p] == '\r' && b[p + 1] == '\n' && p + 1 < limit ? 2 : 1;
      pos = p;
      line++;
    }
    return RECORD;
  }

  private int parse() {
    int blank = skipBlankLines();
    if (blank != RECORD) {
      return blank;
    }
    byte[] b = buf;
    int p = pos;
    fields.startRecord(p, line);
    lines = 0;
    while (true) {
      int s;
      int e;
      int fl;
      if (quote >= 0 && b[p] == (byte) quote) {
        s = p + 1;
        e = scanQuoted(s);
        if (e < 0) {
          return e;
        }
        fl = scanFlags;
        p = e + 1;
        if (b[p] != delimiter && b[p] != '\n' && b[p] != '\r') {
          int q = scanPlain(p);
          if (q < 0) {
            return q;
          }
          fl |= CsvFields.TRAILING | scanFlags;
          p = q;
        }
      } else {
        s = p;
        e = scanPlain(p);
        if (e < 0) {
          return limit - s > maxField ? tooLong() : e;
        }
        fl = scanFlags;
        p = e;
      }
      if (e - s > maxField) {
        return tooLong();
      }
      fields.add(s, e, fl);
      if (b[p] == delimiter) {
        p++;
        continue;
      }
      return endRecord(p);
    }
  }

  /** Ends the record at the line break (or end of input) at {@code p}. */
  private int endRecord(int p) {
    if (p == limit) {
      if (!eof) {
        return NEED;
      }
      fields.endRecord(p);
      pos = p;
      line += lines;
      return RECORD;
    }
    if (buf[p] == '\r' && p + 1 >= limit && !eof) {
      return NEED;
    }
    fields.endRecord(p);
    pos = buf[p] == '\r' && p + 1 < limit && buf[p + 1] == '\n' ? p + 2 : p + 1;
    line += lines + 1;
    return RECORD;
  }

  /** Scans an unquoted field from {@code p}; returns its end (the delimiter or line break). */
  private int scanPlain(int p) {
    byte[] b = buf;
    byte[] cls = plain;
    int fl = 0;
    while (true) {
      int c = cls[b[p] & 0xFF];
      if (c == ORD) {
        p++;
      } else if (c <= CR) {
        scanFlags = fl;
        return p;
      } else if (c == HIGH) {
        fl |= CsvFields.NON_ASCII;
        p++;
      } else if (c == NUL) {
        fl |= CsvFields.HAS_NUL;
        p++;
      } else if (p + 1 >= limit) {
        if (!eof) {
          return NEED;
        }
        p++;
      } else {
        fl |= CsvFields.UNESCAPE | escapedFlags(b[p + 1]);
        p += 2;
      }
    }
  }

  /** Scans a quoted field's content from {@code s}; returns the closing quote's index. */
  private int scanQuoted(int s) {
    byte[] b = buf;
    byte[] cls = inQuotes;
    int p = s;
    int fl = CsvFields.QUOTED;
    while (true) {
      int c = cls[b[p] & 0xFF];
      if (c == ORD) {
        p++;
      } else if (c == QUOTE) {
        if (p + 1 >= limit && !eof) {
          return needMore(s, p);
        }
        if (p + 1 < limit && b[p + 1] == (byte) quote) {
          fl |= CsvFields.UNESCAPE;
          p += 2;
        } else {
          scanFlags = fl;
          return p;
        }
      } else if (c == LF) {
        if (p == limit) {
          return eof ? unclosed(s, p) : needMore(s, p);
        }
        lines++;
        p++;
      } else if (c == HIGH) {
        fl |= CsvFields.NON_ASCII;
        p++;
      } else if (c == NUL) {
        fl |= CsvFields.HAS_NUL;
        p++;
      } else if (p + 1 >= limit) {
        return eof ? unclosed(s, p) : needMore(s, p);
      } else {
        fl |= CsvFields.UNESCAPE | escapedFlags(b[p + 1]);
        p += 2;
      }
    }
  }

  private int escapedFlags(byte escaped) {
    if (escaped == '\n') {
      lines++;
    }
    return escaped < 0 ? CsvFields.NON_ASCII : escaped == 0 ? CsvFields.HAS_NUL : 0;
  }

  private int needMore(int s, int p) {
    return p - s > maxField ? tooLong() : NEED;
  }

  private int tooLong() {
    return broken(
        "field "
            + (fields.count() + 1)
            + " is longer than max_field_bytes ("
            + maxField
            + " bytes); is a quote left open?");
  }

  /** A quote open at the end of input; reported as too long when it is (whatever the window). */
  private int unclosed(int s, int p) {
    if (p - s > maxField) {
      return tooLong();
    }
    return broken(
        "the quoted field "
            + (fields.count() + 1)
            + " is not closed before the end of the file (a stray quote?)");
  }

  /**
   * Gives up the record starting at {@code pos}: keeps its first line as raw text and goes on at
   * the next line.
   */
  private int broken(String reason) {
    brokenReason = reason;
    brokenLine = line;
    int q = pos;
    while (buf[q] != '\n') {
      q++;
    }
    int end = q > pos && buf[q - 1] == '\r' ? q - 1 : q;
    brokenRaw = fields.text(pos, Math.min(end, pos + CsvFields.RAW_LIMIT));
    if (q < limit) {
      pos = q + 1;
      line++;
    } else {
      pos = limit;
      skipping = !eof;
    }
    return FAILED;
  }
}
