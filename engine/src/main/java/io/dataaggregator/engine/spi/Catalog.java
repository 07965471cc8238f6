package io.dataaggregator.engine.spi;

import java.util.List;
import java.util.Optional;

/** The streams a source offers, as {@link Source#discover} found them. */
public record Catalog(List<CatalogStream> streams) {
  public Catalog {
    streams = List.copyOf(streams);
  }

  public Optional<CatalogStream> stream(String name) {
    return streams.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public List<String> names() {
    return streams.stream().map(CatalogStream::name).toList();
  }
}
