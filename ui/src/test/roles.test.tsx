import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../api/types';
import { makeSession, SessionContext } from '../auth/session';
import { Layout } from '../components/Layout';
import ConnectionEditPage from '../pages/ConnectionEditPage';
import PipelinesPage from '../pages/PipelinesPage';
import RunPage from '../pages/RunPage';
import { Route, Routes } from 'react-router';
import { fakeFetch, meAs, postgresSchema } from './fixtures';

const pipeline = { id: 'p1', name: 'airports', version: 3, yaml: 'name: airports\n', lastRun: { id: 'r1', pipelineId: 'p1', pipelineName: 'airports', status: 'failed' } };
const routes = {
  'GET /api/v1/pipelines': () => ({ json: [pipeline] }),
  'GET /api/v1/connectors': () => ({ json: [{ id: 'postgres', kind: 'source, destination', title: 'PostgreSQL', description: '', configSchema: postgresSchema }] }),
  'GET /api/v1/connections/c1': () => ({ json: { id: 'c1', name: 'warehouse', connector: 'postgres', config: { database: 'dw', password: '***' } } }),
  'GET /api/v1/runs/r1': () => ({ json: { id: 'r1', pipelineId: 'p1', pipelineName: 'airports', status: 'failed', ledger: { read: 10, written: 8, rejected: 2, filtered: 0 }, streams: [] } }),
  'GET /api/v1/runs/r1/logs': () => ({ json: [] }),
};

function renderAs(role: Role, path: string, element: React.ReactNode, pattern = path) {
  return render(
    <SessionContext.Provider value={makeSession(meAs(role))}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={pattern} element={<Layout>{element}</Layout>} />
        </Routes>
      </MemoryRouter>
    </SessionContext.Provider>,
  );
}

beforeEach(() => vi.stubGlobal('fetch', fakeFetch(routes).fn));
afterEach(() => vi.unstubAllGlobals());

describe('a role sees only what it may do', () => {
  it('shows a viewer the pipelines without new, import or run', async () => {
    renderAs('VIEWER', '/pipelines', <PipelinesPage />);
    await screen.findByRole('link', { name: 'airports' });
    expect(screen.queryByRole('link', { name: 'New pipeline' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Import YAML' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Run / })).toBeNull();
    expect(screen.getByRole('button', { name: /Export airports/ })).toBeInTheDocument();
  });

  it('lets a designer edit but not run, and an executor run but not edit', async () => {
    const designer = renderAs('DESIGNER', '/pipelines', <PipelinesPage />);
    await screen.findByRole('link', { name: 'airports' });
    expect(screen.getByRole('link', { name: 'New pipeline' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import YAML' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Run / })).toBeNull();
    designer.unmount();

    renderAs('EXECUTOR', '/pipelines', <PipelinesPage />);
    await screen.findByRole('link', { name: 'airports' });
    expect(screen.getByRole('button', { name: 'Run airports' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New pipeline' })).toBeNull();
  });

  it('lists in the menu only the pages of the role', () => {
    renderAs('EXECUTIVE', '/', <p>home</p>);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const names = [...nav.querySelectorAll('a')].map((a) => a.textContent);
    expect(names).toEqual(['Dashboard', 'API keys', 'Settings']);
  });

  it('shows an admin every page', () => {
    renderAs('ADMIN', '/', <p>home</p>);
    const names = [...screen.getByRole('navigation', { name: 'Main' }).querySelectorAll('a')].map((a) => a.textContent);
    expect(names).toContain('Users & roles');
    expect(names).toContain('Audit log');
  });

  it('shows a viewer a connection read-only, with no save, test, discover or delete', async () => {
    renderAs('VIEWER', '/connections/c1', <ConnectionEditPage />, '/connections/:id');
    await waitFor(() => expect(screen.getByLabelText(/^Name/)).toHaveValue('warehouse'));
    expect(screen.getByLabelText(/^Database/)).toBeDisabled();
    for (const name of ['Save', 'Test', 'Discover', 'Delete']) expect(screen.queryByRole('button', { name })).toBeNull();
  });

  it('offers retry of a failed run only to a role that may trigger runs', async () => {
    const viewer = renderAs('VIEWER', '/runs/r1', <RunPage />, '/runs/:id');
    await screen.findByText(/Run of airports/);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    viewer.unmount();
    renderAs('EXECUTOR', '/runs/r1', <RunPage />, '/runs/:id');
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
