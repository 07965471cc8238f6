package io.dataaggregator.engine.transform.steps;

import io.dataaggregator.engine.transform.steps.NormalizeConfig.LetterCase;
import java.text.Normalizer;
import java.util.Locale;

/** The cleaning normalize applies to one text value. Stateless. */
final class TextCleaner {
  private final NormalizeConfig config;
  private final Normalizer.Form form;

  TextCleaner(NormalizeConfig config) {
    this.config = config;
    this.form =
        switch (config.unicode()) {
          case nfc -> Normalizer.Form.NFC;
          case nfkc -> Normalizer.Form.NFKC;
          case none -> null;
        };
  }

  /** The cleaned text, or null for an empty one when empty_to_null is on. */
  String clean(String value) throws CastException {
    String s = value;
    if (form != null && !Normalizer.isNormalized(s, form)) {
      s = Normalizer.normalize(s, form);
    }
    if (config.trim()) {
      s = s.strip();
    }
    if (config.collapseSpaces()) {
      s = collapse(s);
    }
    s =
        switch (config.kind()) {
          case email -> s.toLowerCase(Locale.ROOT);
          case phone -> phone(s);
          case text -> letterCase(s, config.letterCase());
        };
    return s.isEmpty() && config.emptyToNull() ? null : s;
  }

  private static String collapse(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      boolean previousSpace =
          i > 0
              && (Character.isWhitespace(s.charAt(i - 1))
                  || Character.isSpaceChar(s.charAt(i - 1)));
      if (out == null && space && (previousSpace || c != ' ')) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null && !(space && previousSpace)) {
        out.append(space ? ' ' : c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static String phone(String s) throws CastException {
    var out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        throw new CastException(CastException.show(s) + " holds letters, not a phone number");
      }
      if (c >= '0' && c <= '9') {
        out.append(c);
      } else if (c == '+' && out.isEmpty()) {
        out.append('+');
      }
    }
    if (out.isEmpty() && !s.isEmpty()) {
      throw new CastException(CastException.show(s) + " has no digits, not a phone number");
    }
    return out.toString();
  }

  private static String letterCase(String s, LetterCase letterCase) {
    return switch (letterCase) {
      case none -> s;
      case lower -> s.toLowerCase(Locale.ROOT);
      case upper -> s.toUpperCase(Locale.ROOT);
      case title -> title(s);
    };
  }

  private static String title(String s) {
    var out = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(start ? Character.toTitleCase(c) : Character.toLowerCase(c));
      start = Character.isWhitespace(c) || c == '-';
    }
    return out.toString();
  }
}
