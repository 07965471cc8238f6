package io.dataaggregator.engine.run;

/**
 * What happened to a stream's rows. It balances: {@code read + produced = written + rejected +
 * filtered}, where {@code produced} counts rows a step made (an array exploded into child rows).
 */
public record Ledger(long read, long written, long rejected, long filtered, long produced, long bytes) {
  public static final Ledger EMPTY = new Ledger(0, 0, 0, 0, 0, 0);

  public boolean balances() {
    return read + produced == written + rejected + filtered;
  }

  public Ledger plus(Ledger o) {
    return new Ledger(
        read + o.read, written + o.written, rejected + o.rejected, filtered + o.filtered,
        produced + o.produced, bytes + o.bytes);
  }

  /** Share of rows read that were rejected; 0 when nothing was read. */
  public double rejectedRatio() {
    return read == 0 ? 0 : (double) rejected / read;
  }
}
