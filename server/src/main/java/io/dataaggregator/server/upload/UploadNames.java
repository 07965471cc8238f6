package io.dataaggregator.server.upload;

import io.dataaggregator.server.system.ApiException;

/**
 * Turns a client's file name into a safe one: its last path part, plain characters, no leading dot.
 */
final class UploadNames {
  private static final int MAX = 200;

  private UploadNames() {}

  static String safe(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[^A-Za-z0-9._ -]", "_").trim().replaceAll("^[.\\s]+", "");
    if (name.isEmpty() || name.replace("_", "").replace(".", "").isBlank()) {
      throw ApiException.invalid("fileName", "must be a file name such as flights.csv");
    }
    if (name.length() > MAX) {
      int dot = name.indexOf('.', name.length() - 20);
      String ext = dot < 0 ? "" : name.substring(dot);
      name = name.substring(0, MAX - ext.length()) + ext;
    }
    return name;
  }
}
