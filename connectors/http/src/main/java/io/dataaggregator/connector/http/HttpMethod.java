package io.dataaggregator.connector.http;

/** The request methods a stream may use; POST carries the stream's JSON body (search APIs). */
public enum HttpMethod {
  GET,
  POST
}
