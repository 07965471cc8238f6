package io.dataaggregator.server.upload;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The file types file sources read, told by name and by the first bytes: csv, tsv, txt-like text
 * (csv, tsv, json, jsonl, ndjson, xml), xlsx (a zip), parquet ({@code PAR1}) and gzip ({@code 1f
 * 8b}) of any of the text types. Stateless.
 */
final class FileTypes {
  static final Set<String> TEXT = Set.of("csv", "tsv", "json", "jsonl", "ndjson", "xml");
  static final Set<String> ALLOWED =
      Set.of("csv", "tsv", "json", "jsonl", "ndjson", "xml", "xlsx", "parquet", "gz");

  /** How many leading bytes {@link #problemWithContent} looks at. */
  static final int SNIFF_BYTES = 8192;

  private FileTypes() {}

  /** The type by extension ({@code gz} for {@code x.csv.gz}), or why the name is refused. */
  static Optional<String> problemWithName(String fileName) {
    String ext = extension(fileName);
    if (!ALLOWED.contains(ext)) {
      return Optional.of(
          "'"
              + fileName
              + "' is not a file type sources read; allowed: "
              + String.join(", ", new java.util.TreeSet<>(ALLOWED))
              + " (and .gz of csv, tsv, json, jsonl, xml)");
    }
    if (ext.equals("gz")) {
      String inner = extension(fileName.substring(0, fileName.length() - 3));
      if (!TEXT.contains(inner)) {
        return Optional.of(
            "'"
                + fileName
                + "': a .gz file must be a compressed csv, tsv, json, jsonl or"
                + " xml file, named like data.csv.gz");
      }
    }
    return Optional.empty();
  }

  /** Why the first bytes do not look like a file of this name's type, or empty when they do. */
  static Optional<String> problemWithContent(String fileName, byte[] head, int length) {
    String ext = extension(fileName);
    boolean fits =
        switch (ext) {
          case "gz" -> startsWith(head, length, new byte[] {0x1f, (byte) 0x8b});
          case "xlsx" -> startsWith(head, length, new byte[] {'P', 'K', 3, 4});
          case "parquet" -> startsWith(head, length, "PAR1".getBytes(StandardCharsets.US_ASCII));
          case "json" -> isText(head, length) && firstChar(head, length, "{[");
          case "jsonl", "ndjson" -> isText(head, length) && firstChar(head, length, "{[");
          case "xml" -> isText(head, length) && firstChar(head, length, "<");
          default -> isText(head, length); // csv, tsv
        };
    return fits
        ? Optional.empty()
        : Optional.of(
            "the content of '"
                + fileName
                + "' is not "
                + describe(ext)
                + " (its first bytes say otherwise); upload the file itself, uncompressed or as"
                + " .gz");
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String describe(String ext) {
    return switch (ext) {
      case "gz" -> "gzip data";
      case "xlsx" -> "an Excel workbook";
      case "parquet" -> "a Parquet file";
      default -> ext.toUpperCase(Locale.ROOT) + " text";
    };
  }

  private static boolean startsWith(byte[] head, int length, byte[] magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** Text in some encoding: UTF-16 with a byte-order mark, or no NUL and few control bytes. */
  private static boolean isText(byte[] head, int length) {
    if (length >= 2
        && ((head[0] == (byte) 0xff && head[1] == (byte) 0xfe)
            || (head[0] == (byte) 0xfe && head[1] == (byte) 0xff))) {
      return true;
    }
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return false;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    return control * 100 <= length; // a stray control byte is fine, binary data is not
  }

  /**
   * Whether the first character after a UTF-8 byte-order mark and white space is one of {@code
   * chars}.
   */
  private static boolean firstChar(byte[] head, int length, String chars) {
    int i =
        length >= 3
                && (head[0] & 0xff) == 0xef
                && (head[1] & 0xff) == 0xbb
                && (head[2] & 0xff) == 0xbf
            ? 3
            : 0;
    while (i < length && Character.isWhitespace(head[i])) {
      i++;
    }
    return i < length && chars.indexOf(head[i]) >= 0;
  }
}
