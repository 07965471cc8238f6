package io.dataaggregator.connector.http;

/**
 * How a stream's pages follow each other. Lower-case constants: they are what users write (see
 * {@link AuthType}).
 */
@SuppressWarnings("java:S115")
public enum PaginationType {
  /** One request. */
  none,
  /** {@code ?page=1}, {@code ?page=2}, ... until a page comes back short or empty. */
  page_number,
  /** {@code ?offset=0&limit=100}, {@code ?offset=100&limit=100}, ... until short or empty. */
  offset,
  /** A token in the body ({@code paging.next.after}) sent back as a parameter. */
  cursor,
  /** The {@code Link} response header's {@code rel="next"} URL (RFC 8288, GitHub style). */
  link_header,
  /** A next-page URL in the body ({@code nextRecordsUrl}, {@code links.next}). */
  next_url
}
