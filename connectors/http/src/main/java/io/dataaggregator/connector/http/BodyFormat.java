package io.dataaggregator.connector.http;

/** How response bodies are parsed. Lower-case constants: they are what users write. */
@SuppressWarnings("java:S115")
public enum BodyFormat {
  /** By the Content-Type header; a type that is neither JSON nor XML is an error. */
  auto,
  /** Always JSON, whatever the Content-Type says. */
  json,
  /** Always XML, whatever the Content-Type says. */
  xml
}
