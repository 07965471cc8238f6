package io.dataaggregator.connector.file;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** A byte-order mark found at the start of a file: its length and the encoding it announces. */
record ByteOrderMark(int length, Charset charset) {
  static final ByteOrderMark NONE = new ByteOrderMark(0, null);

  /** Reads the first bytes of {@code file} (decompressed) and reports the mark, if any. */
  static ByteOrderMark sniff(Path file, boolean gzip) {
    byte[] head = new byte[3];
    int n = 0;
    try (InputStream raw = new FileInputStream(file.toFile());
        InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
      while (n < head.length) {
        int r = in.read(head, n, head.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (IOException e) {
      // An empty or unreadable file has no mark; opening it for real reports the problem.
      return NONE;
    }
    return of(head, n);
  }

  static ByteOrderMark of(byte[] head, int n) {
    if (n >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return new ByteOrderMark(3, StandardCharsets.UTF_8);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new ByteOrderMark(2, StandardCharsets.UTF_16LE);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new ByteOrderMark(2, StandardCharsets.UTF_16BE);
    }
    return NONE;
  }
}
