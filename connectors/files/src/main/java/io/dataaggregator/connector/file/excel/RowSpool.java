package io.dataaggregator.connector.file.excel;

import io.dataaggregator.engine.type.JsonText;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * Rows waiting to be merged into a workbook, kept in a file (not in memory) with their Java types
 * intact: a tag byte per value, then its payload. Used by one thread.
 */
final class RowSpool implements AutoCloseable {
  private final Path file;
  private final int width;
  private DataOutputStream out;
  private long rows;

  RowSpool(Path file, int width) throws IOException {
    this.file = file;
    this.width = width;
    reset();
  }

  long rows() {
    return rows;
  }

  void add(Object[] row) throws IOException {
    for (Object v : row) {
      put(v);
    }
    rows++;
  }

  private void put(Object v) throws IOException {
    switch (v) {
      case null -> out.writeByte(0);
      case Boolean b -> {
        out.writeByte(1);
        out.writeBoolean(b);
      }
      case Integer n -> {
        out.writeByte(2);
        out.writeInt(n);
      }
      case Long n -> {
        out.writeByte(3);
        out.writeLong(n);
      }
      case BigDecimal d -> {
        out.writeByte(4);
        text(d.toString());
      }
      case Double d -> {
        out.writeByte(5);
        out.writeDouble(d);
      }
      case String s -> {
        out.writeByte(6);
        text(s);
      }
      case LocalDate d -> {
        out.writeByte(7);
        out.writeLong(d.toEpochDay());
      }
      case LocalTime t -> {
        out.writeByte(8);
        out.writeLong(t.toNanoOfDay());
      }
      case LocalDateTime t -> {
        out.writeByte(9);
        out.writeLong(t.toEpochSecond(ZoneOffset.UTC));
        out.writeInt(t.getNano());
      }
      case OffsetDateTime t -> {
        out.writeByte(10);
        out.writeLong(t.toEpochSecond());
        out.writeInt(t.getNano());
        out.writeInt(t.getOffset().getTotalSeconds());
      }
      case byte[] b -> {
        out.writeByte(11);
        out.writeInt(b.length);
        out.write(b);
      }
      case JsonText j -> {
        out.writeByte(12);
        text(j.json());
      }
      default -> throw new IllegalArgumentException("cannot spool a " + v.getClass());
    }
  }

  private void text(String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** Hands every spooled row, in order, to {@code consumer}. */
  void forEach(Consumer<Object[]> consumer) throws IOException {
    out.flush();
    var buffered = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try (var in = new DataInputStream(buffered)) {
      for (long r = 0; r < rows; r++) {
        Object[] row = new Object[width];
        for (int i = 0; i < width; i++) {
          row[i] = get(in);
        }
        consumer.accept(row);
      }
    }
  }

  private static Object get(DataInputStream in) throws IOException {
    int tag = in.readByte();
    return switch (tag) {
      case 0 -> null;
      case 1 -> in.readBoolean();
      case 2 -> in.readInt();
      case 3 -> in.readLong();
      case 4 -> new BigDecimal(text(in));
      case 5 -> in.readDouble();
      case 6 -> text(in);
      case 7 -> LocalDate.ofEpochDay(in.readLong());
      case 8 -> LocalTime.ofNanoOfDay(in.readLong());
      case 9 -> LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
      case 10 -> {
        Instant at = Instant.ofEpochSecond(in.readLong(), in.readInt());
        yield OffsetDateTime.ofInstant(at, ZoneOffset.ofTotalSeconds(in.readInt()));
      }
      case 11 -> in.readNBytes(in.readInt());
      case 12 -> new JsonText(text(in));
      default -> throw new IOException("damaged spool file: tag " + tag);
    };
  }

  private static String text(DataInputStream in) throws IOException {
    return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
  }

  /** Empties the spool. */
  void reset() throws IOException {
    if (out != null) {
      out.close();
    }
    out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    rows = 0;
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
