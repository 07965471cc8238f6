import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, REFRESH_KEY } from '../api/client';
import { live } from '../api/live';
import { makeSession, SessionContext } from '../auth/session';
import RunPage from '../pages/RunPage';
import { fakeFetch, meAs, ServerSide } from './fixtures';

const run = (status: string, written: number) => ({
  id: 'r2',
  pipelineId: 'p1',
  pipelineName: 'airports',
  status,
  ledger: { read: written, written, rejected: 0, filtered: 0 },
  streams: [],
});

afterEach(() => {
  live.close();
  localStorage.removeItem(REFRESH_KEY);
  vi.unstubAllGlobals();
});

describe('the run page', () => {
  it('shows the end of a run that ended before the server confirmed its subscription', async () => {
    let stored = run('running', 0);
    vi.stubGlobal(
      'fetch',
      fakeFetch({
        'POST /api/v1/auth/login': () => ({ json: { accessToken: 'a-1', refreshToken: 'r-1', expiresIn: 900, tokenType: 'Bearer' } }),
        'GET /api/v1/runs/r2': () => ({ json: stored }),
        'GET /api/v1/runs/r2/logs': () => ({ json: [] }),
      }).fn,
    );
    vi.stubGlobal('WebSocket', ServerSide);
    await api.login('admin', 'pw');
    render(
      <SessionContext.Provider value={makeSession(meAs('ADMIN'))}>
        <MemoryRouter initialEntries={['/runs/r2']}>
          <Routes>
            <Route path="/runs/:id" element={<RunPage />} />
          </Routes>
        </MemoryRouter>
      </SessionContext.Provider>,
    );
    expect(await screen.findByText('running')).toBeInTheDocument();
    await vi.waitFor(() => expect(ServerSide.last?.url).toContain('access_token=a-1'));
    ServerSide.last.open();
    expect(ServerSide.last.sent).toEqual([{ subscribe: 'run:r2' }]);

    // The run ends before the server has the subscription: no status message will come.
    stored = run('succeeded', 3376);
    ServerSide.last.answer({ type: 'subscribed', topic: 'run:r2' });
    expect(await screen.findByText('succeeded')).toBeInTheDocument();
    expect(screen.getByText('Live updates: connected')).toBeInTheDocument();
  });
});
