package io.dataaggregator.connector.file;

import io.dataaggregator.engine.spi.ConnectorException;
import java.io.Closeable;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One input file opened for parsing: decompressed when its name ends in {@code .gz}, its byte-order
 * mark skipped, and transcoded to UTF-8 unless its encoding can be parsed byte by byte (see {@link
 * TextEncoding}). Offsets count bytes of {@link #stream()}'s content: the decompressed file itself
 * (byte-order mark included) when parsed directly, the UTF-8 text when transcoded. Used by one
 * thread; close it when done.
 */
public final class FileInput implements Closeable {
  private static final int GZIP_BUFFER = 1 << 16;

  private final Path file;
  private final FileInputStream raw;
  private final InputStream stream;
  private final Charset charset;
  private final boolean validateUtf8;
  private final long startOffset;

  private FileInput(
      Path file,
      FileInputStream raw,
      InputStream stream,
      Charset charset,
      boolean validateUtf8,
      long startOffset) {
    this.file = file;
    this.raw = raw;
    this.stream = stream;
    this.charset = charset;
    this.validateUtf8 = validateUtf8;
    this.startOffset = startOffset;
  }

  /**
   * Opens {@code file}.
   *
   * @param utf8Only whether the consumer needs UTF-8 (JSON), so single-byte encodings are
   *     transcoded too
   */
  public static FileInput open(Path file, TextEncoding encoding, boolean utf8Only) {
    boolean gzip = isGzip(file);
    ByteOrderMark bom =
        encoding.sniffsByteOrderMark() ? ByteOrderMark.sniff(file, gzip) : ByteOrderMark.NONE;
    Charset charset = bom.charset() != null ? bom.charset() : encoding.charset();
    FileInputStream raw = openRaw(file);
    try {
      InputStream in = gzip ? new GZIPInputStream(raw, GZIP_BUFFER) : raw;
      skipFully(in, bom.length());
      TextEncoding effective = new TextEncoding(charset);
      if (effective.isUtf8()) {
        return new FileInput(file, raw, in, charset, true, bom.length());
      }
      if (!utf8Only && effective.isAsciiCompatibleSingleByte()) {
        return new FileInput(file, raw, in, charset, false, bom.length());
      }
      return new FileInput(
          file, raw, new Utf8Transcoder(in, charset), StandardCharsets.UTF_8, false, 0);
    } catch (IOException e) {
      closeQuietly(raw);
      throw readFailed(file, e);
    }
  }

  /**
   * Opens {@code file}'s bytes as they are (decompressed when its name ends in {@code .gz}), for
   * parsers that detect the encoding themselves (XML).
   */
  public static FileInput openBytes(Path file) {
    FileInputStream raw = openRaw(file);
    try {
      InputStream in = isGzip(file) ? new GZIPInputStream(raw, GZIP_BUFFER) : raw;
      return new FileInput(file, raw, in, StandardCharsets.UTF_8, false, 0);
    } catch (IOException e) {
      closeQuietly(raw);
      throw readFailed(file, e);
    }
  }

  static boolean isGzip(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  public Path file() {
    return file;
  }

  /** The content, positioned at {@link #startOffset()}. */
  public InputStream stream() {
    return stream;
  }

  /** The offset of the first byte {@link #stream()} returns. */
  public long startOffset() {
    return startOffset;
  }

  /** The encoding of {@link #stream()}'s bytes: UTF-8, or an ASCII-compatible single-byte one. */
  public Charset charset() {
    return charset;
  }

  /** Whether the bytes claim to be UTF-8 but have not been checked (the parser must validate). */
  public boolean validateUtf8() {
    return validateUtf8;
  }

  /** Bytes consumed from the file on disk so far (compressed bytes for gzip), for progress. */
  public long rawBytesRead() {
    try {
      return raw.getChannel().position();
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      // Nothing was written; a failed close of an input loses nothing.
    } finally {
      closeQuietly(raw);
    }
  }

  /**
   * Skips exactly {@code n} bytes, or fewer only at the end of {@code in}; returns those skipped.
   */
  public static long skipFully(InputStream in, long n) throws IOException {
    long left = n;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          break;
        }
        skipped = 1;
      }
      left -= skipped;
    }
    return n - left;
  }

  static ConnectorException readFailed(Path file, IOException e) {
    return new ConnectorException(
        FileErrorCode.READ_FAILED, "cannot read file '" + file + "': " + e.getMessage(), e);
  }

  private static FileInputStream openRaw(Path file) {
    try {
      return new FileInputStream(file.toFile());
    } catch (IOException e) {
      throw new ConnectorException(
          FileErrorCode.NOT_READABLE, "cannot open file '" + file + "': " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // Closing an input we only read from.
    }
  }
}
