package io.dataaggregator.connector.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads a stream's first records (as many pages as needed) to infer its schema or check access. */
final class Sampler {
  /**
   * @param records the shaped records, at most the size asked for
   * @param xml whether the API answered in XML (all values are text then)
   * @param firstPage how many records the first page held
   */
  record Sample(List<JsonNode> records, boolean xml, int firstPage) {}

  private Sampler() {}

  static Sample sample(ApiSession session, StreamConfig s, int size) {
    StreamRequests requests = StreamRequests.of(session.api(), s, null);
    var selector = new RecordSelector(s.records(), s.name());
    var shaper = new RecordShaper(s);
    var out = new ArrayList<JsonNode>();
    boolean xml = false;
    int firstPage = -1;
    PageRequest next = requests.first();
    while (next != null && out.size() < size) {
      Response r = session.fetch(next, s.headers());
      xml |= BodyParser.formatOf(r, s.format()) == BodyFormat.xml;
      JsonNode body = BodyParser.parse(r, s.format());
      List<JsonNode> records = selector.select(body, r);
      firstPage = firstPage < 0 ? records.size() : firstPage;
      for (JsonNode record : records) {
        if (out.size() < size) {
          out.add(shaper.shape(record));
        }
      }
      Optional<PageRequest> following = requests.paginator().next(next, r, body, records.size());
      next = following.filter(f -> !f.equals(r.request())).orElse(null);
    }
    return new Sample(out, xml, Math.max(firstPage, 0));
  }
}
