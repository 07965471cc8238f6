import { describe, expect, it } from 'vitest';
import { liveMessage } from '../api/normalize';

// Messages as the server's LiveMessage.body() writes them.
describe('liveMessage', () => {
  it("reads the server's status message as a run status change", () => {
    const m = liveMessage({ type: 'status', runId: 'r-1', at: '2026-11-22T03:00:00Z', pipelineId: 'p-1', status: 'succeeded' });
    expect(m).toEqual({ type: 'run-status', runId: 'r-1', status: 'succeeded', pipelineId: 'p-1', error: undefined });
  });

  it('reads progress with its ledger', () => {
    const m = liveMessage({ type: 'progress', runId: 'r-1', stream: 'airports', ledger: { read: 10, written: 9, rejected: 1 }, rowsPerSecond: 5 });
    expect(m).toMatchObject({ type: 'progress', runId: 'r-1', stream: 'airports', rowsRead: 10, rowsWritten: 9, rowsRejected: 1, rowsPerSecond: 5 });
  });

  it('ignores a kind the console does not know', () => {
    expect(liveMessage({ type: 'something-new', runId: 'r-1' })).toBeNull();
  });
});
