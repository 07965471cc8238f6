package io.dataaggregator.connector.file.parquet;

import io.dataaggregator.engine.spi.ConnectorException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.crypto.FileDecryptionProperties;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.ParquetMetricsCallback;

/**
 * Read options built without Hadoop. {@link ParquetReadOptions#builder()} creates Hadoop's codec
 * factory and loads MapReduce classes in its constructor even when a codec factory and a plain
 * configuration are given later, so this calls the options' own (package-private) constructor
 * instead. The constructor is looked up by its exact parameter types once; if a Parquet upgrade
 * changes it, every read fails with {@link ParquetErrorCode#LIBRARY} and the tests say so.
 */
final class PlainReadOptions {
  private static final Constructor<ParquetReadOptions> CONSTRUCTOR = find();

  private PlainReadOptions() {}

  /** Options with statistics, dictionary and column-index filtering off (we read every row). */
  static ParquetReadOptions create() {
    if (CONSTRUCTOR == null) {
      throw libraryChanged(null);
    }
    try {
      Map<String, String> properties = new HashMap<>();
      return CONSTRUCTOR.newInstance(
          false, // useSignedStringMinMax
          false, // useStatsFilter
          false, // useDictionaryFilter
          false, // useRecordFilter
          false, // useColumnIndexFilter
          false, // usePageChecksumVerification
          false, // useBloomFilter
          false, // useOffHeapDecryptBuffer
          false, // useHadoopVectoredIo
          FilterCompat.NOOP,
          ParquetMetadataConverter.NO_FILTER,
          (CompressionCodecFactory) ParquetCodecs.INSTANCE,
          (ByteBufferAllocator) new HeapByteBufferAllocator(),
          8 << 20, // maxAllocationSize
          properties,
          null, // no decryption
          null, // no metrics callback
          (ParquetConfiguration) new PlainParquetConfiguration());
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw libraryChanged(e);
    }
  }

  private static Constructor<ParquetReadOptions> find() {
    try {
      Constructor<ParquetReadOptions> c =
          ParquetReadOptions.class.getDeclaredConstructor(
              boolean.class,
              boolean.class,
              boolean.class,
              boolean.class,
              boolean.class,
              boolean.class,
              boolean.class,
              boolean.class,
              boolean.class,
              FilterCompat.Filter.class,
              ParquetMetadataConverter.MetadataFilter.class,
              CompressionCodecFactory.class,
              ByteBufferAllocator.class,
              int.class,
              Map.class,
              FileDecryptionProperties.class,
              ParquetMetricsCallback.class,
              ParquetConfiguration.class);
      c.setAccessible(true);
      return c;
    } catch (NoSuchMethodException | RuntimeException e) {
      return null;
    }
  }

  private static ConnectorException libraryChanged(Exception cause) {
    return new ConnectorException(
        ParquetErrorCode.LIBRARY,
        "the Parquet library on the class path does not match the one this connector was built"
            + " for (1.18.x): cannot create read options without Hadoop",
        cause);
  }
}
