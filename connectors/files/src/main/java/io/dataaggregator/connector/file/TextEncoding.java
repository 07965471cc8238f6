package io.dataaggregator.connector.file;

import io.dataaggregator.engine.spi.ConnectorException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * A configured character encoding and how the readers handle it: UTF-8 is parsed as bytes and
 * validated; single-byte encodings that agree with ASCII (ISO-8859-1, windows-1252) are parsed as
 * bytes and decoded per value; every other encoding (UTF-16, Shift_JIS, ...) is transcoded to UTF-8
 * first, because its bytes may look like delimiters or quotes.
 */
public record TextEncoding(Charset charset) {
  public static final TextEncoding UTF_8 = new TextEncoding(StandardCharsets.UTF_8);

  /**
   * The encoding called {@code name} (any Java charset name or alias).
   *
   * @throws ConnectorException ({@link FileErrorCode#BAD_ENCODING}) for an unknown name
   */
  public static TextEncoding named(String name) {
    try {
      return new TextEncoding(Charset.forName(name.trim()));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ConnectorException(
          FileErrorCode.BAD_ENCODING,
          "unknown encoding '"
              + name
              + "'; use a Java charset name such as UTF-8, ISO-8859-1, windows-1252 or UTF-16LE");
    }
  }

  public boolean isUtf8() {
    return charset.equals(StandardCharsets.UTF_8);
  }

  /** Whether a byte-order mark at the start of a file may override this encoding. */
  public boolean sniffsByteOrderMark() {
    return isUtf8() || charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16");
  }

  /** Whether each byte is one character and bytes below 0x80 are ASCII. */
  public boolean isAsciiCompatibleSingleByte() {
    if (isUtf8() || !charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1.0f) {
      return false;
    }
    byte[] ascii = new byte[128];
    for (int i = 0; i < ascii.length; i++) {
      ascii[i] = (byte) i;
    }
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(ascii))
              .toString();
      return text.equals(new String(ascii, StandardCharsets.US_ASCII));
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
