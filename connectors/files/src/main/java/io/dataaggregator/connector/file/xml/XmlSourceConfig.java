package io.dataaggregator.connector.file.xml;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Configuration of the {@code xml} source. Nulls take the defaults named in each description. */
public record XmlSourceConfig(
    @JsonProperty("path")
        @NotBlank
        @JsonPropertyDescription(
            "An XML file, a folder (all its files, in name order) or a glob such as"
                + " feeds/*.xml. Files ending in .gz are decompressed.")
        String path,
    @JsonProperty("stream")
        @JsonPropertyDescription(
            "Stream name. Default: the file name without extensions, or the folder's name for a"
                + " folder or glob.")
        String stream,
    @JsonProperty("record_path")
        @NotBlank
        @JsonPropertyDescription(
            "The elements that are records: /catalog/book (from the root), book or //book (at"
                + " any depth), catalog/book (a book inside a catalog); * matches any element,"
                + " p:book an element of the namespace bound to p in namespaces.")
        String recordPath,
    @JsonProperty("namespaces")
        @JsonPropertyDescription(
            "Prefixes used in record_path, e.g. {c: 'urn:example:catalog'}. An unprefixed step"
                + " matches its name in any namespace.")
        Map<String, String> namespaces,
    @JsonProperty("columns")
        @JsonPropertyDescription(
            "Field types, e.g. {price: decimal(10,2), published: date}; fields not listed are"
                + " inferred, listed fields missing from the sample are added.")
        Map<String, String> columns,
    @JsonProperty("sample_rows")
        @Min(1)
        @JsonPropertyDescription("How many records type inference looks at. Default: 1000.")
        Integer sampleRows,
    @JsonProperty("attribute_prefix")
        @JsonPropertyDescription(
            "Put before the names of the record element's attributes (inside nested JSON they"
                + " are always @name). Default: none.")
        String attributePrefix,
    @JsonProperty("text_field")
        @JsonPropertyDescription(
            "The field for text directly inside the record element (inside nested JSON it is"
                + " #text). Default: _text.")
        String textField,
    @JsonProperty("encoding")
        @JsonPropertyDescription(
            "Character encoding for files that declare none. Default: the XML declaration or"
                + " byte-order mark, else UTF-8.")
        String encoding) {

  public XmlSourceConfig {
    namespaces = copy(namespaces);
    columns = copy(columns);
    sampleRows = sampleRows == null ? 1000 : sampleRows;
    attributePrefix = attributePrefix == null ? "" : attributePrefix;
    textField = textField == null || textField.isBlank() ? "_text" : textField;
  }

  private static Map<String, String> copy(Map<String, String> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** A config reading the {@code recordPath} elements of {@code path}, otherwise defaults. */
  public static XmlSourceConfig of(String path, String recordPath) {
    return new XmlSourceConfig(path, null, recordPath, null, null, null, null, null, null);
  }
}
