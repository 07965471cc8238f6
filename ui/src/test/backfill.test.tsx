import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../api/types';
import { makeSession, SessionContext } from '../auth/session';
import SchedulesPage from '../pages/SchedulesPage';
import { fakeFetch, meAs } from './fixtures';

// GET /api/v1/schedules as ScheduleController answers it (ScheduleResponse).
const schedule = {
  id: 's1',
  name: null,
  pipelineId: 'p1',
  pipelineName: 'orders',
  cron: '0 6 * * *',
  quartzCron: '0 0 6 ? * *',
  timeZone: 'UTC',
  description: 'At 06:00 every day',
  dependsOn: [],
  dependencyMode: 'ALL',
  paused: false,
  nextRuns: ['2026-01-02T06:00:00Z'],
  createdBy: 'admin',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const base = {
  'GET /api/v1/schedules': () => ({ json: [schedule] }),
  'GET /api/v1/pipelines': () => ({ json: [{ id: 'p1', name: 'orders', version: 1 }] }),
};

function Where() {
  const l = useLocation();
  return <p data-testid="where">{l.pathname + l.search}</p>;
}

function renderAs(role: Role, backfill?: (body: unknown) => { status?: number; json?: unknown }) {
  const fake = fakeFetch(backfill ? { ...base, 'POST /api/v1/schedules/s1/backfill': backfill } : base);
  vi.stubGlobal('fetch', fake.fn);
  render(
    <SessionContext.Provider value={makeSession(meAs(role))}>
      <MemoryRouter initialEntries={['/schedules']}>
        <Routes>
          <Route path="/schedules" element={<SchedulesPage />} />
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </SessionContext.Provider>,
  );
  return fake.calls;
}

async function openDialog() {
  await userEvent.click(await screen.findByRole('button', { name: 'Backfill…' }));
  return screen.getByRole('dialog', { name: 'Backfill orders' });
}

afterEach(() => vi.unstubAllGlobals());

describe('backfill from the schedules page', () => {
  it('is offered only to a role that may trigger runs', async () => {
    renderAs('VIEWER');
    await screen.findByText('orders');
    expect(screen.queryByRole('button', { name: 'Backfill…' })).toBeNull();
  });

  it('explains the formats, sends the range and says how many runs were queued', async () => {
    const calls = renderAs('EXECUTOR', () => ({
      status: 202,
      json: {
        scheduleId: 's1',
        pipelineId: 'p1',
        runs: [
          { runId: 'r1', cursorFrom: '2024-01-01', cursorTo: '2024-01-31' },
          { runId: 'r2', cursorFrom: '2024-02-01', cursorTo: '2024-02-29' },
          { runId: 'r3', cursorFrom: '2024-03-01', cursorTo: '2024-03-31' },
        ],
      },
    }));
    const dialog = await openDialog();
    expect(within(dialog).getByLabelText(/^From/)).toHaveAccessibleDescription(/whole number \(1000\), a date \(2024-01-01\) or a timestamp/);
    expect(within(dialog).getByLabelText(/^Step/)).toHaveAccessibleDescription(/P1D, P1W, P1M.*PT6H.*At most 1000 runs/);
    await userEvent.type(within(dialog).getByLabelText(/^From/), '2024-01-01');
    await userEvent.type(within(dialog).getByLabelText(/^To/), '2024-03-31');
    await userEvent.type(within(dialog).getByLabelText(/^Step/), 'P1M');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start backfill' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent('Queued 3 runs.');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ from: '2024-01-01', to: '2024-03-31', step: 'P1M' });
    expect(within(dialog).getByRole('link', { name: 'Run 2024-02-01 – 2024-02-29' })).toHaveAttribute('href', '/runs/r2');
    await userEvent.click(within(dialog).getByRole('link', { name: 'See them in the runs list' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/runs?pipelineId=p1');
  });

  it('sends no step when none is given', async () => {
    const calls = renderAs('EXECUTOR', () => ({ status: 202, json: { scheduleId: 's1', pipelineId: 'p1', runs: [{ runId: 'r1', cursorFrom: '1', cursorTo: '5000' }] } }));
    const dialog = await openDialog();
    await userEvent.type(within(dialog).getByLabelText(/^From/), ' 1 ');
    await userEvent.type(within(dialog).getByLabelText(/^To/), '5000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start backfill' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Queued 1 run.');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ from: '1', to: '5000' });
  });

  it("shows the server's detail and puts each field error on its field", async () => {
    const detail = 'step: must be a whole number for a numeric cursor';
    renderAs('EXECUTOR', () => ({
      status: 400,
      json: { type: 'https://dataaggregator.io/problems/validation', title: 'Bad Request', status: 400, detail, errors: [{ field: 'step', message: 'must be a whole number for a numeric cursor' }] },
    }));
    const dialog = await openDialog();
    await userEvent.type(within(dialog).getByLabelText(/^From/), '1');
    await userEvent.type(within(dialog).getByLabelText(/^To/), '100');
    await userEvent.type(within(dialog).getByLabelText(/^Step/), 'P1D');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start backfill' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(detail);
    const step = within(dialog).getByLabelText(/^Step/);
    expect(step).toHaveAttribute('aria-invalid', 'true');
    expect(step).toHaveAccessibleDescription(/must be a whole number for a numeric cursor/);
    expect(within(dialog).getByLabelText(/^From/)).toHaveAttribute('aria-invalid', 'false');
    expect(within(dialog).getByRole('button', { name: 'Start backfill' })).toBeEnabled();
  });

  it('says why when the server cannot start runs', async () => {
    renderAs('EXECUTOR', () => ({ status: 503, json: { title: 'Service Unavailable', status: 503, detail: 'runs cannot be started: the queue is full' } }));
    const dialog = await openDialog();
    await userEvent.type(within(dialog).getByLabelText(/^From/), '1');
    await userEvent.type(within(dialog).getByLabelText(/^To/), '2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start backfill' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('runs cannot be started: the queue is full');
  });

  it('closes with Cancel and opens empty again', async () => {
    renderAs('EXECUTOR');
    let dialog = await openDialog();
    await userEvent.type(within(dialog).getByLabelText(/^From/), '7');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    dialog = await openDialog();
    expect(within(dialog).getByLabelText(/^From/)).toHaveValue('');
  });
});
