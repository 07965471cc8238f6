package io.dataaggregator.engine.plan;

import io.dataaggregator.engine.pipeline.StreamSelection;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CommonErrorCode;
import io.dataaggregator.engine.spi.ConnectorException;
import java.util.ArrayList;
import java.util.List;

/** Picks the streams a plan reads out of what its source discovered. */
public final class StreamSelector {
  private StreamSelector() {}

  /**
   * The streams the pipeline asks for, in its order and with their sync mode, or every discovered
   * stream when it names none.
   *
   * @throws ConnectorException naming the missing stream or cursor and what exists
   */
  public static List<CatalogStream> select(Plan plan, Catalog catalog) {
    List<StreamSelection> wanted = plan.source().streams();
    if (wanted.isEmpty()) {
      return catalog.streams();
    }
    var selected = new ArrayList<CatalogStream>();
    for (StreamSelection s : wanted) {
      CatalogStream stream = catalog.stream(s.name()).orElseThrow(() -> new ConnectorException(
          CommonErrorCode.NOT_FOUND,
          "stream '" + s.name() + "' not found in source " + plan.source().id() + "; it has "
              + catalog.names()));
      if (s.incremental()) {
        if (stream.schema().indexOf(s.cursor()).isEmpty()) {
          throw new ConnectorException(CommonErrorCode.INVALID_CONFIG,
              "cursor '" + s.cursor() + "' is not a field of stream " + s.name() + "; fields are "
                  + stream.schema().names());
        }
        stream = stream.incremental(s.cursor());
      }
      selected.add(stream);
    }
    return selected;
  }

  /** The one stream called {@code name}, or the only selected one when {@code name} is empty. */
  public static CatalogStream one(Plan plan, Catalog catalog, String name) {
    List<CatalogStream> streams = select(plan, catalog);
    if (name == null || name.isEmpty()) {
      if (streams.size() != 1) {
        throw new ConnectorException(CommonErrorCode.INVALID_CONFIG,
            "the source has " + streams.size() + " streams; name one of "
                + streams.stream().map(CatalogStream::name).toList());
      }
      return streams.getFirst();
    }
    return streams.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(
        () -> new ConnectorException(CommonErrorCode.NOT_FOUND, "stream '" + name + "' is not read by this pipeline; it reads "
            + streams.stream().map(CatalogStream::name).toList()));
  }
}
