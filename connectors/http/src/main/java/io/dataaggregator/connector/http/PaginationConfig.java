package io.dataaggregator.connector.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.constraints.Min;

/** How a stream pages; which fields matter depends on {@link #type}. */
public record PaginationConfig(
    @JsonProperty("type")
        @JsonPropertyDescription(
            "none, page_number, offset, cursor, link_header or next_url; default none")
        PaginationType type,
    @JsonProperty("page_param")
        @JsonPropertyDescription("page_number: the page parameter; default page")
        String pageParam,
    @JsonProperty("start_page")
        @JsonPropertyDescription("page_number: the first page's number; default 1")
        Integer startPage,
    @JsonProperty("size_param")
        @JsonPropertyDescription(
            "page_number: the page size parameter (e.g. per_page), sent when page_size is set;"
                + " offset: the limit parameter, default limit")
        String sizeParam,
    @JsonProperty("page_size")
        @JsonPropertyDescription(
            "page_number, offset: records per page; a shorter page ends the stream."
                + " Default: offset 100; page_number none (an empty page ends it)")
        @Min(1)
        Integer pageSize,
    @JsonProperty("offset_param")
        @JsonPropertyDescription("offset: the offset parameter; default offset")
        String offsetParam,
    @JsonProperty("token_path")
        @JsonPropertyDescription(
            "cursor: JSONPath of the next token in the body, e.g. $.paging.next.after;"
                + " missing, null or empty ends the stream")
        String tokenPath,
    @JsonProperty("token_param")
        @JsonPropertyDescription("cursor: the parameter the token is sent back in, e.g. after")
        String tokenParam,
    @JsonProperty("token_in_body")
        @JsonPropertyDescription(
            "cursor: put the token in the JSON request body (POST search APIs) instead of the"
                + " query; default false")
        Boolean tokenInBody,
    @JsonProperty("url_path")
        @JsonPropertyDescription(
            "next_url: JSONPath of the next page's URL in the body, e.g. $.nextRecordsUrl;"
                + " relative URLs resolve against the request's URL")
        String urlPath) {
  public PaginationConfig {
    type = type == null ? PaginationType.none : type;
    pageParam = blankTo(pageParam, "page");
    startPage = startPage == null ? 1 : startPage;
    sizeParam = blankTo(sizeParam, type == PaginationType.offset ? "limit" : "");
    pageSize = pageSize == null && type == PaginationType.offset ? Integer.valueOf(100) : pageSize;
    offsetParam = blankTo(offsetParam, "offset");
    tokenPath = blankTo(tokenPath, "");
    tokenParam = blankTo(tokenParam, "");
    tokenInBody = tokenInBody != null && tokenInBody;
    urlPath = blankTo(urlPath, "");
  }

  public static PaginationConfig none() {
    return new PaginationConfig(null, null, null, null, null, null, null, null, null, null);
  }

  static String blankTo(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
