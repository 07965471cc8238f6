package io.dataaggregator.engine.transform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * How alike two field names are, from 0 to 1, ignoring case and the way words are joined ({@code
 * originAirport}, {@code origin_airport} and {@code Origin Airport} are the same name). Stateless
 * and thread-safe.
 */
public final class Similarity {
  private Similarity() {}

  /** The words of a name: split at case changes, digits runs and anything not a letter or digit. */
  public static List<String> words(String name) {
    var words = new ArrayList<String>();
    var word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean boundary =
          word.length() > 0
              && (!Character.isLetterOrDigit(c)
                  || (Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1)))
                  || Character.isDigit(c) != Character.isDigit(name.charAt(i - 1)));
      if (boundary) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /**
   * 1 for the same words; 0.8 when one name's words are all in the other; near 1 for a shared
   * prefix or a typo; near 0 for unrelated names.
   */
  public static double score(String a, String b) {
    List<String> wa = words(a);
    List<String> wb = words(b);
    String ja = String.join("", wa);
    String jb = String.join("", wb);
    if (ja.equals(jb)) {
      return 1.0;
    }
    // All the words of one name inside the other (date, flight_date) is a strong hint.
    double contained =
        !wa.isEmpty()
                && !wb.isEmpty()
                && (new HashSet<>(wa).containsAll(wb) || new HashSet<>(wb).containsAll(wa))
            ? 0.8
            : 0;
    return Math.max(Math.max(jaroWinkler(ja, jb), dice(wa, wb)), contained);
  }

  /** The candidate most like {@code name} when it is close enough to be a likely typo, or null. */
  public static String closest(String name, List<String> candidates) {
    String best = null;
    double bestScore = 0.8;
    for (String candidate : candidates) {
      double s = score(name, candidate);
      if (s > bestScore) {
        best = candidate;
        bestScore = s;
      }
    }
    return best;
  }

  /** Share of words two names have in common (Sørensen–Dice over whole words). */
  static double dice(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    var common = new HashSet<>(a);
    common.retainAll(new HashSet<>(b));
    return 2.0 * common.size() / (new HashSet<>(a).size() + new HashSet<>(b).size());
  }

  /** Jaro-Winkler similarity: matching characters near each other, a bonus for a common prefix. */
  static double jaroWinkler(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
    boolean[] usedA = new boolean[a.length()];
    boolean[] usedB = new boolean[b.length()];
    int matches = 0;
    for (int i = 0; i < a.length(); i++) {
      for (int j = Math.max(0, i - window); j <= Math.min(b.length() - 1, i + window); j++) {
        if (!usedB[j] && a.charAt(i) == b.charAt(j)) {
          usedA[i] = usedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    for (int i = 0, j = 0; i < a.length(); i++) {
      if (usedA[i]) {
        while (!usedB[j]) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j++)) {
          transpositions++;
        }
      }
    }
    double m = matches;
    double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
    int prefix = 0;
    while (prefix < 4
        && prefix < Math.min(a.length(), b.length())
        && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }
}
