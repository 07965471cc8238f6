package io.dataaggregator.engine.transform.steps;

/**
 * A set of 128-bit fingerprints in one flat array (open addressing, linear probing, at most half
 * full): 32 bytes per key on average and no object per key, so a run-wide set of millions of keys
 * costs tens of megabytes and nothing for the garbage collector to trace. Not thread-safe.
 */
final class FingerprintSet {
  private long[] table = new long[2 * 1024];
  private int size;

  int size() {
    return size;
  }

  /** Adds the fingerprint; false when it was there already. */
  boolean add(Fingerprint f) {
    long high = f.high;
    // (0, 0) marks an empty slot; move the one real fingerprint that looks like it.
    long low = high == 0 && f.low == 0 ? 1 : f.low;
    if (2 * (size + 1) > table.length / 2) {
      grow();
    }
    int mask = table.length / 2 - 1;
    int slot = (int) (high ^ high >>> 32) & mask;
    while (true) {
      long h = table[2 * slot];
      long l = table[2 * slot + 1];
      if (h == 0 && l == 0) {
        table[2 * slot] = high;
        table[2 * slot + 1] = low;
        size++;
        return true;
      }
      if (h == high && l == low) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = table.length / 2 - 1;
    for (int i = 0; i < old.length; i += 2) {
      long high = old[i];
      long low = old[i + 1];
      if (high != 0 || low != 0) {
        int slot = (int) (high ^ high >>> 32) & mask;
        while (table[2 * slot] != 0 || table[2 * slot + 1] != 0) {
          slot = (slot + 1) & mask;
        }
        table[2 * slot] = high;
        table[2 * slot + 1] = low;
      }
    }
  }
}
