package io.dataaggregator.connector.file.xml;

import com.google.auto.service.AutoService;
import io.dataaggregator.connector.file.FileBatchReader;
import io.dataaggregator.connector.file.FileChecks;
import io.dataaggregator.connector.file.FileSet;
import io.dataaggregator.engine.spi.BatchReader;
import io.dataaggregator.engine.spi.Catalog;
import io.dataaggregator.engine.spi.CatalogStream;
import io.dataaggregator.engine.spi.CheckResult;
import io.dataaggregator.engine.spi.Checkpoint;
import io.dataaggregator.engine.spi.ConnectorException;
import io.dataaggregator.engine.spi.ConnectorSpec;
import io.dataaggregator.engine.spi.Source;
import java.util.List;

/**
 * The {@code xml} source: one stream of the elements a record path selects in XML files (a file,
 * a folder or a glob, optionally gzipped), streamed with StAX in bounded memory. Attributes and
 * text-only children are fields; nested elements are JSON. Checkpoints count records. Stateless
 * and thread-safe.
 */
@AutoService(Source.class)
public final class XmlSource implements Source<XmlSourceConfig> {
  private static final ConnectorSpec<XmlSourceConfig> SPEC =
      new ConnectorSpec<>(
          "xml",
          "XML files",
          "Reads the elements a record path selects from XML files (a file, a folder or a glob;"
              + " gzip), streaming.",
          XmlSourceConfig.class);

  @Override
  public ConnectorSpec<XmlSourceConfig> spec() {
    return SPEC;
  }

  @Override
  public CheckResult check(XmlSourceConfig config) {
    try {
      XmlOptions.of(config);
      return FileChecks.readable(FileSet.resolve(config.path(), config.stream()));
    } catch (ConnectorException e) {
      return CheckResult.failure(e.getMessage());
    }
  }

  @Override
  public Catalog discover(XmlSourceConfig config) {
    FileSet files = FileSet.resolve(config.path(), config.stream());
    var schema = XmlDiscovery.schemaOf(files, XmlOptions.of(config), config.sampleRows());
    return new Catalog(List.of(CatalogStream.of(files.stream(), schema)));
  }

  @Override
  public BatchReader read(XmlSourceConfig config, CatalogStream stream, Checkpoint from) {
    FileSet files = FileSet.resolve(config.path(), config.stream());
    XmlOptions options = XmlOptions.of(config);
    return new FileBatchReader(
        files,
        stream.schema(),
        (file, at) -> XmlRowReader.open(file, at, options, stream.schema(), stream.name()),
        from);
  }
}
