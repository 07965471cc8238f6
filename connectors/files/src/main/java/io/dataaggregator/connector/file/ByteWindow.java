package io.dataaggregator.connector.file;

import io.dataaggregator.engine.spi.ConnectorException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A sliding window over an input stream for byte-level parsers. Parsers scan {@code buf} from
 * {@code pos} (the start of the unit they are parsing: a record, a line, an element) and, when they
 * run out of bytes, call {@link #fill} and parse that unit again from {@code pos}. The byte at
 * {@code buf[limit]} is always a {@code '\n'} sentinel, so scanning loops need no bounds check on
 * ordinary bytes: reaching the sentinel looks like a line end, which the parser then checks against
 * {@code limit}.
 *
 * <p>The window starts at 1 MiB and doubles as needed up to a maximum; a unit longer than that is
 * the parser's to report. Not thread-safe.
 */
public abstract class ByteWindow {
  private static final int INITIAL_SIZE = 1 << 20;

  /** Where the stream comes from, for messages. */
  protected final String source;

  private final InputStream in;
  private final int maxWindow;

  protected byte[] buf;

  /** Start of the unit being parsed; everything before it is consumed. */
  protected int pos;

  /** End of the valid bytes; {@code buf[limit] == '\n'}. */
  protected int limit;

  /** Stream offset of {@code buf[0]}. */
  protected long bufStart;

  /** Whether the stream has no bytes beyond {@code limit}. */
  protected boolean eof;

  /** Line number (1-based) of the byte at {@code pos}. */
  protected long line = 1;

  /**
   * @param startOffset the stream offset of the first byte {@code in} returns
   * @param maxWindow the longest unit the parser accepts, in bytes
   */
  protected ByteWindow(String source, InputStream in, long startOffset, int maxWindow) {
    this.source = source;
    this.in = in;
    this.maxWindow = maxWindow;
    this.buf = new byte[Math.min(INITIAL_SIZE, maxWindow) + 1];
    this.bufStart = startOffset;
    buf[0] = '\n';
  }

  /** Stream offset of the next unit. */
  public final long offset() {
    return bufStart + pos;
  }

  /** Line number of the next unit. */
  public final long line() {
    return line;
  }

  /**
   * Moves the unparsed bytes to the front and reads until the window is full or the stream ends;
   * grows the window when it holds nothing but the current unit.
   *
   * @return false when the window already holds {@code maxWindow} bytes of one unit
   */
  protected final boolean fill() {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      bufStart += pos;
      limit -= pos;
      pos = 0;
    }
    if (limit >= buf.length - 1) {
      if (limit >= maxWindow) {
        return false;
      }
      byte[] bigger = new byte[(int) Math.min((long) buf.length * 2, (long) maxWindow + 1)];
      System.arraycopy(buf, 0, bigger, 0, limit);
      buf = bigger;
    }
    try {
      while (limit < buf.length - 1 && !eof) {
        int n = in.read(buf, limit, buf.length - 1 - limit);
        if (n < 0) {
          eof = true;
        } else {
          limit += n;
        }
      }
    } catch (IOException e) {
      throw new ConnectorException(
          FileErrorCode.READ_FAILED, "cannot read " + source + ": " + e.getMessage(), e);
    }
    buf[limit] = '\n';
    return true;
  }

  /**
   * Moves to {@code offset} (at or after the current one), which holds line {@code lineNumber}.
   *
   * @throws ConnectorException ({@link FileErrorCode#BAD_CHECKPOINT}) for an offset behind us
   */
  public void skipTo(long offset, long lineNumber) {
    if (offset < offset()) {
      throw new ConnectorException(
          FileErrorCode.BAD_CHECKPOINT,
          "checkpoint offset " + offset + " of " + source + " is before the first record");
    }
    long end = bufStart + limit;
    if (offset <= end) {
      pos = (int) (offset - bufStart);
    } else {
      try {
        FileInput.skipFully(in, offset - end);
      } catch (IOException e) {
        throw new ConnectorException(
            FileErrorCode.READ_FAILED, "cannot read " + source + ": " + e.getMessage(), e);
      }
      bufStart = offset;
      pos = 0;
      limit = 0;
      buf[0] = '\n';
    }
    line = lineNumber;
  }

  /**
   * Consumes bytes up to and including the next line feed, for lines too long for the window.
   *
   * @return false when the stream ended first
   */
  protected final boolean skipLine() {
    while (true) {
      int p = pos;
      while (buf[p] != '\n') {
        p++;
      }
      if (p < limit) {
        pos = p + 1;
        line++;
        return true;
      }
      pos = limit;
      if (eof) {
        return false;
      }
      fill();
    }
  }
}
