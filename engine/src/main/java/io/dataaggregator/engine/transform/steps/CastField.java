package io.dataaggregator.engine.transform.steps;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** How one field is cast: its target type and how its text reads. */
public record CastField(
    @NotBlank @JsonPropertyDescription("The field to cast") String field,
    @NotBlank
        @JsonPropertyDescription(
            "Target type: boolean, int, bigint, decimal(p,s), double, string, date, time,"
                + " timestamp, timestamp_tz, bytes, json")
        String type,
    @JsonPropertyDescription(
            "Pattern of dates and times (java.time, e.g. yyyy/MM/dd HH:mm), epoch_seconds or"
                + " epoch_millis for numbers read as timestamps, base64, hex or utf8 for bytes")
        String format,
    @JsonProperty("time_zone")
        @JsonPropertyDescription(
            "Zone of timestamps written without one (e.g. America/New_York, UTC), and the zone"
                + " a timestamp_tz is read in when cast to a local date or time")
        String timeZone,
    @JsonProperty("true_values")
        @JsonPropertyDescription("Texts read as true (any case); default true, t, yes, y, 1, on")
        List<String> trueValues,
    @JsonProperty("false_values")
        @JsonPropertyDescription("Texts read as false (any case); default false, f, no, n, 0, off")
        List<String> falseValues,
    @JsonProperty("decimal_separator")
        @JsonPropertyDescription("Decimal separator of numbers in text; default '.'")
        String decimalSeparator,
    @JsonProperty("grouping_separator")
        @JsonPropertyDescription("Thousands separator to ignore in numbers in text (e.g. ',')")
        String groupingSeparator,
    @JsonProperty("empty_as_null")
        @JsonPropertyDescription(
            "Whether a blank text becomes null (default true); false rejects it like any bad value")
        Boolean emptyAsNull) {
  public CastField {
    trueValues =
        trueValues == null ? List.of("true", "t", "yes", "y", "1", "on") : List.copyOf(trueValues);
    falseValues =
        falseValues == null
            ? List.of("false", "f", "no", "n", "0", "off")
            : List.copyOf(falseValues);
    decimalSeparator = decimalSeparator == null ? "." : decimalSeparator;
    groupingSeparator = groupingSeparator == null ? "" : groupingSeparator;
    emptyAsNull = emptyAsNull == null || emptyAsNull;
  }

  /** A cast of {@code field} to {@code type} with every option at its default. */
  public static CastField of(String field, String type) {
    return new CastField(field, type, null, null, null, null, null, null, null);
  }
}
