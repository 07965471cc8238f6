package io.dataaggregator.connector.file.parquet;

import io.airlift.compress.Compressor;
import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import io.dataaggregator.engine.spi.ConnectorException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Page compression without Hadoop: ZSTD, Snappy and LZ4_RAW through aircompressor (pure Java, so
 * no native library is loaded), GZIP through {@code java.util.zip}. Parquet's own factory would
 * instantiate Hadoop codec classes. LZO, Brotli and Hadoop-framed LZ4 are refused with a clear
 * message. Stateless and thread-safe; the compressors it hands out are too.
 */
final class ParquetCodecs implements CompressionCodecFactory {
  static final ParquetCodecs INSTANCE = new ParquetCodecs();

  private ParquetCodecs() {}

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    return new Block(codec);
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    return new Block(codec);
  }

  @Override
  public void release() {
    // Nothing pooled.
  }

  private static ConnectorException unsupported(CompressionCodecName codec) {
    return new ConnectorException(
        ParquetErrorCode.UNSUPPORTED_CODEC,
        "Parquet compression "
            + codec
            + " is not supported; use UNCOMPRESSED, SNAPPY, GZIP, ZSTD or LZ4_RAW");
  }

  /** One codec, both directions. */
  private record Block(CompressionCodecName codec)
      implements BytesInputCompressor, BytesInputDecompressor {
    Block {
      if (codec != CompressionCodecName.UNCOMPRESSED
          && codec != CompressionCodecName.GZIP
          && compressor(codec) == null) {
        throw unsupported(codec);
      }
    }

    private static Compressor compressor(CompressionCodecName codec) {
      return switch (codec) {
        case SNAPPY -> new SnappyCompressor();
        case ZSTD -> new ZstdCompressor();
        case LZ4_RAW -> new Lz4Compressor();
        default -> null;
      };
    }

    private static Decompressor decompressor(CompressionCodecName codec) {
      return switch (codec) {
        case SNAPPY -> new SnappyDecompressor();
        case ZSTD -> new ZstdDecompressor();
        case LZ4_RAW -> new Lz4Decompressor();
        default -> null;
      };
    }

    @Override
    public BytesInput compress(BytesInput input) throws IOException {
      byte[] in = input.toByteArray();
      return switch (codec) {
        case UNCOMPRESSED -> BytesInput.from(in);
        case GZIP -> BytesInput.from(gzip(in));
        default -> {
          Compressor c = compressor(codec);
          byte[] out = new byte[c.maxCompressedLength(in.length)];
          int n = c.compress(in, 0, in.length, out, 0, out.length);
          yield BytesInput.from(out, 0, n);
        }
      };
    }

    @Override
    public BytesInput decompress(BytesInput input, int uncompressedSize) throws IOException {
      byte[] in = input.toByteArray();
      byte[] out =
          switch (codec) {
            case UNCOMPRESSED -> in;
            case GZIP -> gunzip(in, uncompressedSize);
            default -> {
              byte[] o = new byte[uncompressedSize];
              int n = decompressor(codec).decompress(in, 0, in.length, o, 0, o.length);
              if (n != uncompressedSize) {
                throw new IOException(
                    codec + " page holds " + n + " bytes, its header says " + uncompressedSize);
              }
              yield o;
            }
          };
      return BytesInput.from(out);
    }

    @Override
    public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int size)
        throws IOException {
      byte[] in = new byte[compressedSize];
      input.get(in);
      output.put(decompress(BytesInput.from(in), size).toByteArray());
    }

    @Override
    public CompressionCodecName getCodecName() {
      return codec;
    }

    @Override
    public void release() {
      // Nothing pooled.
    }

    private static byte[] gzip(byte[] in) throws IOException {
      var bytes = new ByteArrayOutputStream(in.length / 2 + 64);
      try (var out = new GZIPOutputStream(bytes)) {
        out.write(in);
      }
      return bytes.toByteArray();
    }

    private static byte[] gunzip(byte[] in, int size) throws IOException {
      try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(in))) {
        byte[] out = gz.readNBytes(size);
        if (out.length != size) {
          throw new IOException(
              "GZIP page holds " + out.length + " bytes, its header says " + size);
        }
        return out;
      }
    }
  }
}
