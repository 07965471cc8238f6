package io.dataaggregator.connector.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Where the next page is. Stateless: the next request is derived from the current one and its
 * response only, so a request stored in a checkpoint resumes the pagination where it stopped.
 */
sealed interface Paginator {
  /** The stream's first request, with the first page's parameters. */
  PageRequest first(PageRequest base);

  /** The request after {@code current}, or empty when {@code current} was the last page. */
  Optional<PageRequest> next(PageRequest current, Response response, JsonNode body, int records);

  static Paginator of(PaginationConfig c, String stream) {
    return switch (c.type()) {
      case none -> new Single();
      case page_number -> new PageNumber(c.pageParam(), c.startPage(), c.sizeParam(), c.pageSize());
      case offset -> new Offset(c.offsetParam(), c.sizeParam(), c.pageSize());
      case cursor -> new Token(
          JsonPaths.compile(c.tokenPath(), "stream " + stream + ", pagination.token_path"),
          c.tokenParam(), c.tokenInBody());
      case link_header -> new LinkHeader();
      case next_url -> new NextUrl(JsonPaths.compile(c.urlPath(), "stream " + stream + ", pagination.url_path"));
    };
  }

  /** One request, no pages. */
  record Single() implements Paginator {
    @Override
    public PageRequest first(PageRequest base) {
      return base;
    }

    @Override
    public Optional<PageRequest> next(PageRequest current, Response response, JsonNode body, int records) {
      return Optional.empty();
    }
  }

  /** {@code ?page=N}; ends on an empty page, or a short one when the page size is known. */
  record PageNumber(String param, int start, String sizeParam, Integer size) implements Paginator {
    @Override
    public PageRequest first(PageRequest base) {
      PageRequest r = base.withParam(param, Integer.toString(start), false);
      return size != null && !sizeParam.isEmpty() ? r.withParam(sizeParam, size.toString(), false) : r;
    }

    @Override
    public Optional<PageRequest> next(PageRequest current, Response response, JsonNode body, int records) {
      if (records == 0 || size != null && records < size) {
        return Optional.empty();
      }
      long page = Urls.param(current.uri(), param).map(Long::parseLong).orElse((long) start);
      return Optional.of(current.withParam(param, Long.toString(page + 1), false));
    }
  }

  /** {@code ?offset=N&limit=M}; ends on an empty or short page. */
  record Offset(String param, String limitParam, int size) implements Paginator {
    @Override
    public PageRequest first(PageRequest base) {
      return base.withParam(param, "0", false).withParam(limitParam, Integer.toString(size), false);
    }

    @Override
    public Optional<PageRequest> next(PageRequest current, Response response, JsonNode body, int records) {
      if (records == 0 || records < size) {
        return Optional.empty();
      }
      long offset = Urls.param(current.uri(), param).map(Long::parseLong).orElse(0L);
      return Optional.of(current.withParam(param, Long.toString(offset + records), false));
    }
  }

  /** A token in the body sent back as a parameter; ends when the token is missing or empty. */
  record Token(JsonPaths path, String param, boolean inBody) implements Paginator {
    @Override
    public PageRequest first(PageRequest base) {
      return base;
    }

    @Override
    public Optional<PageRequest> next(PageRequest current, Response response, JsonNode body, int records) {
      return path.read(body)
          .filter(t -> !t.isNull() && !t.asString("").isEmpty())
          .map(t -> current.withParam(param, t.asString(), inBody));
    }
  }

  /** The {@code Link} header's {@code rel="next"} target (RFC 8288). */
  record LinkHeader() implements Paginator {
    private static final Pattern LINK = Pattern.compile("<([^>]*)>([^,<]*)");
    private static final Pattern REL = Pattern.compile("rel\\s*=\\s*\"?([^\";]*)\"?");

    @Override
    public PageRequest first(PageRequest base) {
      return base;
    }

    @Override
    public Optional<PageRequest> next(PageRequest current, Response response, JsonNode body, int records) {
      for (String header : response.headers().allValues("Link")) {
        Matcher m = LINK.matcher(header);
        while (m.find()) {
          Matcher rel = REL.matcher(m.group(2));
          if (rel.find() && List.of(rel.group(1).toLowerCase(Locale.ROOT).trim().split("\\s+")).contains("next")) {
            return Optional.of(current.withUri(Urls.resolve(current.uri(), m.group(1))));
          }
        }
      }
      return Optional.empty();
    }
  }

  /** A next-page URL in the body; ends when it is missing, null or empty. */
  record NextUrl(JsonPaths path) implements Paginator {
    @Override
    public PageRequest first(PageRequest base) {
      return base;
    }

    @Override
    public Optional<PageRequest> next(PageRequest current, Response response, JsonNode body, int records) {
      return path.read(body)
          .filter(u -> !u.isNull() && !u.asString("").isBlank())
          .map(u -> current.withUri(Urls.resolve(current.uri(), u.asString())));
    }
  }
}
