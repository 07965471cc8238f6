package io.dataaggregator.connector.file.json;

import java.io.InputStream;

/** Splits a JSON Lines file into its non-blank lines. */
final class JsonLineSplitter extends JsonSplitter {
  private boolean skipping;

  JsonLineSplitter(String source, InputStream in, long startOffset) {
    super(source, in, startOffset);
  }

  @Override
  int next() {
    if (skipping) {
      skipping = false;
      if (!skipLine()) {
        return END;
      }
    }
    while (true) {
      int p = pos;
      byte[] b = buf;
      while (b[p] != '\n') {
        p++;
      }
      if (p == limit && !eof) {
        if (!fill()) {
          return tooLong();
        }
        continue;
      }
      int s = pos;
      int e = p > s && b[p - 1] == '\r' ? p - 1 : p;
      long ln = line;
      if (p < limit) {
        pos = p + 1;
        line++;
      } else {
        pos = p;
      }
      if (!isBlank(b, s, e)) {
        start = s;
        end = e;
        elementLine = ln;
        elementColumn = 1;
        elementOffset = bufStart + s;
        return ELEMENT;
      }
      if (p == limit) {
        return END;
      }
    }
  }

  @Override
  void resumeAfterElement(long offset, long lineNumber) {
    skipTo(offset, lineNumber);
  }

  private int tooLong() {
    elementLine = line;
    problem = "the line is longer than " + MAX_ELEMENT + " bytes";
    raw = text(pos, Math.min(limit, pos + RAW_LIMIT));
    pos = limit;
    skipping = !eof;
    return TOO_LONG;
  }

  private static boolean isBlank(byte[] b, int s, int e) {
    for (int i = s; i < e; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }
}
