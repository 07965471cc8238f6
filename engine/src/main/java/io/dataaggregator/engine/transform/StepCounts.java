package io.dataaggregator.engine.transform;

/**
 * What one step of a chain did so far in a run, for the run's ledger: {@code rowsIn + produced =
 * rowsOut + rejected + filtered + held}.
 *
 * @param index position of the step in the chain, from 0
 * @param id the transform id ({@code cast})
 * @param rowsIn rows handed to the step
 * @param rowsOut rows it passed on
 * @param rejected rows it rejected with a reason
 * @param filtered rows it dropped on purpose (filter, deduplicate)
 * @param produced rows it added (explode makes one row per array element)
 * @param held rows it holds back until the stream ends (deduplicate keeping the last)
 * @param warnings rows it passed on with a warning (validate)
 */
public record StepCounts(
    int index,
    String id,
    long rowsIn,
    long rowsOut,
    long rejected,
    long filtered,
    long produced,
    long held,
    long warnings) {}
