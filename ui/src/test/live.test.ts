import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../api/client';
import { LiveConnection } from '../api/live';
import { liveMessage } from '../api/normalize';
import type { LiveMessage } from '../api/types';
import { fakeFetch, ServerSide } from './fixtures';

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

  it("reads the server's confirmation of a subscription", () => {
    expect(liveMessage({ type: 'subscribed', topic: 'run:r-1' })).toEqual({ type: 'subscribed', topic: 'run:r-1' });
  });

  it('ignores a kind the console does not know', () => {
    expect(liveMessage({ type: 'something-new', runId: 'r-1' })).toBeNull();
  });
});

describe('LiveConnection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("passes the server's confirmation to the subscribed topic only", async () => {
    vi.stubGlobal('WebSocket', ServerSide);
    const f = fakeFetch({ 'POST /api/v1/auth/login': () => ({ json: { accessToken: 'a-1', refreshToken: 'r-1', expiresIn: 900, tokenType: 'Bearer' } }) });
    const client = new ApiClient({ fetch: f.fn, storage: undefined });
    await client.login('ada', 'pw');
    const live = new LiveConnection(client, (token) => `ws://test/ws?access_token=${token}`);
    const ofRun: LiveMessage[] = [];
    const ofAll: LiveMessage[] = [];
    live.subscribe('run:r-1', (m) => ofRun.push(m));
    live.subscribe('all', (m) => ofAll.push(m));
    await vi.waitFor(() => expect(ServerSide.last).toBeDefined());
    const socket = ServerSide.last;
    socket.open();
    expect(socket.sent).toEqual([{ subscribe: 'run:r-1' }, { subscribe: 'all' }]);

    socket.answer({ type: 'subscribed', topic: 'run:r-1' });
    expect(ofRun).toEqual([{ type: 'subscribed', topic: 'run:r-1' }]);
    expect(ofAll).toEqual([]);
    socket.answer({ type: 'subscribed', topic: 'all' });
    expect(ofAll).toEqual([{ type: 'subscribed', topic: 'all' }]);
    expect(ofRun).toHaveLength(1);
    live.close();
  });
});
