package io.dataaggregator.connector.http;

import io.dataaggregator.engine.spi.ErrorCode;

/** Errors of the {@code http} source and its manifests. Codes are stable; never reuse one. */
public enum HttpErrorCode implements ErrorCode {
  /** The response body is not valid JSON or XML. */
  BAD_BODY("HTTP-01", false, false),
  /** The response's Content-Type is neither JSON nor XML. */
  UNEXPECTED_CONTENT_TYPE("HTTP-02", true, false),
  /** The record selector or a pagination path found nothing in the response. */
  SELECTOR_NO_MATCH("HTTP-03", true, false),
  /** HTTP 401: the credentials were refused. */
  UNAUTHORIZED("HTTP-04", true, false),
  /** HTTP 403: the credentials lack a right. */
  FORBIDDEN("HTTP-05", true, false),
  /** The host could not be reached (refused, unknown host, timeout) after every attempt. */
  UNREACHABLE("HTTP-06", false, true),
  /** HTTP 5xx after every attempt. */
  SERVER_ERROR("HTTP-07", false, true),
  /** HTTP 4xx other than 401, 403, 404 and 429: the request is wrong. */
  CLIENT_ERROR("HTTP-08", true, false),
  /** HTTP 429 after every attempt. */
  RATE_LIMITED("HTTP-09", false, true),
  /** The OAuth2 token endpoint refused to issue a token. */
  TOKEN_REQUEST_FAILED("HTTP-10", true, false),
  /** A manifest that cannot be found, parsed or bound, or inputs that do not fit it. */
  INVALID_MANIFEST("HTTP-11", true, false),
  /** A checkpoint this connector did not write, or from an incompatible version. */
  BAD_CHECKPOINT("HTTP-12", true, false),
  /** HTTP 404 for the stream's first request: the path is wrong. */
  NOT_FOUND("HTTP-13", true, false),
  /** Pagination returned the same page again, which would loop forever. */
  PAGINATION_LOOP("HTTP-14", false, false),
  /** A setting that the schema cannot check (a stream without pagination fields it needs). */
  INVALID_SETTING("HTTP-15", true, false);

  private final String code;
  private final boolean inputError;
  private final boolean transientError;

  HttpErrorCode(String code, boolean inputError, boolean transientError) {
    this.code = code;
    this.inputError = inputError;
    this.transientError = transientError;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public boolean isInputError() {
    return inputError;
  }

  @Override
  public boolean isTransient() {
    return transientError;
  }
}
