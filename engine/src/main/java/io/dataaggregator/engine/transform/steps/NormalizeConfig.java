package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * {@code normalize: [name, city]} or {@code normalize: {fields: [contact], kind: email}}: cleans
 * text fields. Every setting has a default, so {@code normalize: {}} cleans every text field.
 */
public record NormalizeConfig(
    @JsonPropertyDescription("Text fields to clean; default every string field")
        List<String> fields,
    @JsonPropertyDescription("Remove leading and trailing white space (default true)") Boolean trim,
    @JsonProperty("collapse_spaces")
        @JsonPropertyDescription("Turn each run of white space into one space (default true)")
        Boolean collapseSpaces,
    @JsonProperty("empty_to_null")
        @JsonPropertyDescription("Turn an empty text into null (default true)")
        Boolean emptyToNull,
    @JsonPropertyDescription("Unicode normal form: nfc (default), nfkc or none") Unicode unicode,
    @JsonProperty("case")
        @JsonPropertyDescription("Letter case: none (default), lower, upper or title")
        LetterCase letterCase,
    @JsonPropertyDescription(
            "text (default); email: also lower case; phone: keep digits and a leading +, reject"
                + " text with letters or no digits")
        Kind kind) {
  public NormalizeConfig {
    fields = fields == null ? null : List.copyOf(fields);
    trim = trim == null || trim;
    collapseSpaces = collapseSpaces == null || collapseSpaces;
    emptyToNull = emptyToNull == null || emptyToNull;
    unicode = unicode == null ? Unicode.nfc : unicode;
    letterCase = letterCase == null ? LetterCase.none : letterCase;
    kind = kind == null ? Kind.text : kind;
  }

  /** Lower case constants: users write them so and the schema lists them as they are. */
  @SuppressWarnings("java:S115")
  public enum Unicode {
    nfc,
    nfkc,
    none
  }

  @SuppressWarnings("java:S115")
  public enum LetterCase {
    none,
    lower,
    upper,
    title
  }

  @SuppressWarnings("java:S115")
  public enum Kind {
    text,
    email,
    phone
  }
}
