package io.dataaggregator.connector.file.json;

import io.dataaggregator.connector.file.ByteWindow;
import java.io.InputStream;

/**
 * Cuts a JSON file into the byte ranges of its top-level elements (lines of a JSON Lines file,
 * elements of an array), so that each is parsed on its own and kept as raw text when it is bad.
 * After {@link #ELEMENT}, the element is {@code bytes()[start, end)}. Not thread-safe.
 */
abstract class JsonSplitter extends ByteWindow {
  static final int END = 0;
  static final int ELEMENT = 1;

  /** An element too long to hold; {@link #problem()} says why, {@link #raw()} has its start. */
  static final int TOO_LONG = 2;

  static final int MAX_ELEMENT = 64 << 20;
  static final int RAW_LIMIT = 64 * 1024;

  int start;
  int end;
  long elementLine;
  long elementColumn;
  long elementOffset;
  String problem;
  String raw;

  JsonSplitter(String source, InputStream in, long startOffset) {
    super(source, in, startOffset, MAX_ELEMENT);
  }

  /** Finds the next element: {@link #ELEMENT}, {@link #TOO_LONG} or {@link #END}. */
  abstract int next();

  /** Continues after an element that ended at the checkpoint's offset. */
  abstract void resumeAfterElement(long offset, long line);

  byte[] bytes() {
    return buf;
  }

  String problem() {
    return problem;
  }

  String raw() {
    return raw;
  }

  /** The element's bytes as text (UTF-8, leniently), at most 64 KiB of it. */
  String elementText() {
    return text(start, Math.min(end, start + RAW_LIMIT));
  }

  String text(int from, int to) {
    return new String(buf, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
  }
}
