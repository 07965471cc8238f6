import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { ComponentSpec, Connection } from '../api/types';
import { NodePanel } from '../components/builder/NodePanel';
import type { NodeData } from '../lib/pipelineGraph';
import { csvSchema, lookupSchema, postgresSchema } from './fixtures';

const specs: ComponentSpec[] = [
  { id: 'csv', kind: 'source, destination', title: 'CSV', description: '', configSchema: csvSchema },
  // As the server lists them: the source of a connector that answers queries says so.
  { id: 'postgres', kind: 'source', title: 'PostgreSQL', description: '', configSchema: postgresSchema, answersQueries: true },
  { id: 'postgres', kind: 'destination', title: 'PostgreSQL', description: '', configSchema: postgresSchema },
  { id: 'mysql', kind: 'source', title: 'MySQL', description: '', configSchema: postgresSchema, answersQueries: true },
  { id: 'sqlserver', kind: 'source', title: 'SQL Server', description: '', configSchema: postgresSchema, answersQueries: true },
  { id: 'lookup', kind: 'step', title: 'Lookup', description: 'Adds columns from a small reference table', configSchema: lookupSchema },
];

const stored: Connection[] = [
  { id: 'c1', name: 'warehouse', connector: 'postgres', config: {} },
  { id: 'c2', name: 'shop', connector: 'mysql', config: {} },
  { id: 'c3', name: 'erp', connector: 'sqlserver', config: {} },
  { id: 'c4', name: 'exports', connector: 'csv', config: {} },
];

function Lookup({ config, connections = stored, onData }: { config: Record<string, unknown>; connections?: Connection[]; onData: (d: NodeData) => void }) {
  const [data, setData] = useState<NodeData>({ kind: 'step', component: 'lookup', config });
  return <NodePanel node={{ id: 'n1', data }} specs={specs} connections={connections} editable onChange={(d) => (setData(d), onData(d))} onRemove={() => undefined} />;
}

const optionTexts = (select: HTMLElement) => within(select).getAllByRole('option').map((o) => o.textContent);

describe("a lookup step's query connection", () => {
  it('is picked from the stored connections that run queries', async () => {
    const seen: NodeData[] = [];
    render(<Lookup config={{ query: { sql: 'select iata, name from airports' } }} onData={(d) => seen.push(d)} />);
    const picker = screen.getByLabelText(/^Connection/);
    expect(picker.tagName).toBe('SELECT');
    expect(optionTexts(picker)).toEqual(['(none)', 'warehouse (postgres)', 'shop (mysql)', 'erp (sqlserver)']);
    await userEvent.selectOptions(picker, 'shop');
    expect(seen.at(-1)?.config).toEqual({ query: { sql: 'select iata, name from airports', connection: 'shop' } });
    await userEvent.selectOptions(picker, '');
    expect(seen.at(-1)?.config).toEqual({ query: { sql: 'select iata, name from airports' } });
  });

  it('keeps a connection typed in the YAML that is not among them, chosen and marked', async () => {
    const seen: NodeData[] = [];
    render(<Lookup config={{ query: { connection: 'exports', sql: 'select 1' } }} onData={(d) => seen.push(d)} />);
    const picker = screen.getByLabelText(/^Connection/);
    expect(picker).toHaveValue('exports');
    expect(optionTexts(picker)).toContain('exports (not a stored connection that runs queries)');
    expect(picker).toHaveAccessibleDescription(/exports: not a stored connection that runs queries/);
    expect(seen).toEqual([]);
    await userEvent.selectOptions(picker, 'warehouse');
    expect(seen.at(-1)?.config).toEqual({ query: { connection: 'warehouse', sql: 'select 1' } });
    expect(optionTexts(picker)).not.toContain('exports (not a stored connection that runs queries)');
  });

  it('says what to do when no stored connection runs queries', () => {
    render(<Lookup config={{ query: { sql: 'select 1' } }} connections={[stored[3]]} onData={() => undefined} />);
    const picker = screen.getByLabelText(/^Connection/);
    expect(optionTexts(picker)).toEqual(['(none)']);
    expect(picker).toHaveAccessibleDescription(/No stored PostgreSQL, MySQL\/MariaDB or SQL Server connection yet/);
  });

  it('stays typed text when no connection can be seen', async () => {
    const seen: NodeData[] = [];
    render(<Lookup config={{ query: { connection: 'warehouse', sql: 'select 1' } }} connections={[]} onData={(d) => seen.push(d)} />);
    const input = screen.getByLabelText(/^Connection/);
    expect(input.tagName).toBe('INPUT');
    expect(input).toHaveValue('warehouse');
    await userEvent.type(input, '2');
    expect(seen.at(-1)?.config).toEqual({ query: { connection: 'warehouse2', sql: 'select 1' } });
  });

  it('leaves the connector setting and other steps as text', () => {
    render(<Lookup config={{ query: { connector: 'postgres', sql: 'select 1' } }} onData={() => undefined} />);
    expect(screen.getByLabelText(/^Connector/).tagName).toBe('INPUT');
  });
});
