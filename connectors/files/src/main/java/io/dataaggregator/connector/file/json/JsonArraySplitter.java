package io.dataaggregator.connector.file.json;

import io.dataaggregator.engine.spi.ConnectorException;
import java.io.InputStream;

/**
 * Splits a file holding one JSON array into its elements, tracking strings and nesting only (the
 * elements themselves are parsed later). Structural errors (no '[', a missing comma, an array not
 * closed) are fatal and name line, column and byte offset.
 */
final class JsonArraySplitter extends JsonSplitter {
  private static final int NEED = -1;
  private static final int BEFORE = 0;
  private static final int FIRST = 1;
  private static final int AFTER = 2;
  private static final int NEXT = 3;
  private static final int DONE = 4;

  /** After a checkpoint: an element or the closing ']' was last; the end of input is fine. */
  private static final int RESUMED = 5;

  private int state = BEFORE;

  /** Stream offset where the current line starts, for columns. */
  private long lineStart;

  private int scanLines;
  private long scanLineStart;

  JsonArraySplitter(String source, InputStream in, long startOffset) {
    super(source, in, startOffset);
    lineStart = startOffset;
  }

  @Override
  void resumeAfterElement(long offset, long lineNumber) {
    skipTo(offset, lineNumber);
    state = RESUMED;
    // The line's start is unknown after a seek; columns on this line count from here.
    lineStart = offset;
  }

  @Override
  int next() {
    while (true) {
      int p = skipSpace();
      if (p == limit) {
        if (!eof) {
          fill();
          continue;
        }
        if (state != DONE && state != BEFORE && state != RESUMED) {
          throw syntax(p, "the array is not closed: expected ']'");
        }
        return END;
      }
      byte c = buf[p];
      switch (state) {
        case BEFORE -> expect(c == '[', p, "expected '[' to start the array", FIRST);
        case AFTER, RESUMED -> {
          if (c == ',') {
            expect(true, p, "", NEXT);
          } else {
            expect(c == ']', p, "expected ',' or ']' after an element", DONE);
          }
        }
        case DONE -> throw syntax(p, "unexpected text after the end of the array");
        default -> {
          if (c == ']') {
            expect(state == FIRST, p, "expected an element after ','", DONE);
          } else if (element(p)) {
            return ELEMENT;
          }
        }
      }
    }
  }

  private void expect(boolean ok, int p, String message, int nextState) {
    if (!ok) {
      throw syntax(p, message);
    }
    pos = p + 1;
    state = nextState;
  }

  /** Scans the element at {@code p}; false when more input is needed first. */
  private boolean element(int p) {
    int e = scanValue(p);
    if (e == NEED) {
      if (!fill()) {
        throw syntax(p, "the element is longer than " + MAX_ELEMENT + " bytes");
      }
      return false;
    }
    if (e == p) {
      throw syntax(p, "expected an element");
    }
    start = p;
    end = e;
    elementLine = line;
    elementOffset = bufStart + p;
    elementColumn = elementOffset - lineStart + 1;
    if (scanLines > 0) {
      line += scanLines;
      lineStart = scanLineStart;
    }
    pos = e;
    state = AFTER;
    return true;
  }

  /** Skips white space, counting lines; returns the new {@code pos}. */
  private int skipSpace() {
    int p = pos;
    while (true) {
      byte c = buf[p];
      if (c == ' ' || c == '\t' || c == '\r') {
        p++;
      } else if (c == '\n' && p < limit) {
        p++;
        line++;
        lineStart = bufStart + p;
      } else {
        pos = p;
        return p;
      }
    }
  }

  /** The end of the JSON value starting at {@code p}, or {@link #NEED}. */
  private int scanValue(int p) {
    byte[] b = buf;
    int lines = 0;
    int depth = 0;
    boolean inString = false;
    boolean scalar = b[p] != '{' && b[p] != '[' && b[p] != '"';
    for (int i = p; ; i++) {
      byte x = b[i];
      if (x == '\n') {
        if (i == limit) {
          if (!eof) {
            return NEED;
          }
          if (scalar) {
            return i;
          }
          throw syntax(p, "the element is not closed before the end of the file");
        }
        lines++;
        scanLineStart = bufStart + i + 1;
      }
      if (scalar) {
        if (x == ',' || x == ']' || x == '}' || x == ' ' || x == '\t' || x == '\r' || x == '\n') {
          scanLines = 0;
          return i;
        }
      } else if (inString) {
        if (x == '\\') {
          if (i + 1 >= limit) {
            if (!eof) {
              return NEED;
            }
            throw syntax(p, "the element is not closed before the end of the file");
          }
          i++;
        } else if (x == '"') {
          inString = false;
          if (depth == 0) {
            scanLines = lines;
            return i + 1;
          }
        }
      } else if (x == '"') {
        inString = true;
      } else if (x == '{' || x == '[') {
        depth++;
      } else if ((x == '}' || x == ']') && --depth == 0) {
        scanLines = lines;
        return i + 1;
      }
    }
  }

  private ConnectorException syntax(int p, String message) {
    long offset = bufStart + p;
    return new ConnectorException(
        JsonErrorCode.SYNTAX,
        "file "
            + source
            + " line "
            + line
            + " column "
            + (offset - lineStart + 1)
            + " (byte offset "
            + offset
            + "): "
            + message);
  }
}
