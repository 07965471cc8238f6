import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SchemaForm } from '../components/SchemaForm';
import type { JsonSchema } from '../api/types';
import { csvSchema, postgresSchema, renameSchema } from './fixtures';

function Harness({ schema, initial, onValue }: { schema: JsonSchema; initial: Record<string, unknown>; onValue: (v: Record<string, unknown>) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <SchemaForm
      schema={schema}
      value={value}
      onChange={(v) => {
        setValue(v);
        onValue(v);
      }}
    />
  );
}

describe('SchemaForm', () => {
  it('draws a labelled control per setting with required ones first and the rest folded', () => {
    const { container } = render(<Harness schema={postgresSchema} initial={{}} onValue={() => undefined} />);
    const labels = [...container.querySelectorAll('label')].map((e) => e.textContent);
    expect(labels[0]).toMatch(/^Database/);
    expect(container.querySelector('details')?.textContent).toMatch(/Host.*Password.*Port/);
    expect(screen.getByText('More settings (5)')).toBeInTheDocument();
    expect(screen.getByLabelText(/Port/)).toHaveAttribute('type', 'number');
    expect(screen.getByLabelText(/Ssl mode/).tagName).toBe('SELECT');
  });

  it('shows a secret as a password input and keeps the server mask unless retyped', async () => {
    const values: Record<string, unknown>[] = [];
    render(<Harness schema={postgresSchema} initial={{ database: 'dw', password: '***' }} onValue={(v) => values.push(v)} />);
    const password = screen.getByLabelText(/Password/);
    expect(password).toHaveAttribute('type', 'password');
    expect(password).toHaveValue('');
    expect(password).toHaveAttribute('placeholder', '***');
    expect(screen.getByText(/Stored and hidden/)).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText(/Database/), 'x');
    expect(values.at(-1)).toEqual({ database: 'dwx', password: '***' });

    await userEvent.type(password, 's3cret');
    expect(values.at(-1)).toEqual({ database: 'dwx', password: 's3cret' });
    await userEvent.clear(password);
    expect(values.at(-1)?.password).toBe('***');
  });

  it('turns numbers, booleans, lists and maps into JSON values and drops cleared ones', async () => {
    const values: Record<string, unknown>[] = [];
    render(<Harness schema={{ ...postgresSchema, required: ['database', 'port', 'tables'] }} initial={{}} onValue={(v) => values.push(v)} />);
    await userEvent.type(screen.getByLabelText(/Port/), '5433');
    expect(values.at(-1)).toEqual({ port: 5433 });
    await userEvent.type(screen.getByLabelText(/Tables/), 'a{enter}b');
    expect(values.at(-1)).toEqual({ port: 5433, tables: ['a', 'b'] });
    await userEvent.clear(screen.getByLabelText(/Port/));
    expect(values.at(-1)).toEqual({ tables: ['a', 'b'] });

    const csv: Record<string, unknown>[] = [];
    render(<Harness schema={csvSchema} initial={{ path: 'a.csv' }} onValue={(v) => csv.push(v)} />);
    await userEvent.selectOptions(screen.getByLabelText(/Header/), 'no');
    expect(csv.at(-1)).toEqual({ path: 'a.csv', header: false });
    await userEvent.click(screen.getByRole('button', { name: 'Add entry' }));
    await userEvent.type(screen.getByLabelText('Columns 1 name'), 'id');
    await userEvent.type(screen.getByLabelText('Columns 1 value'), 'bigint');
    expect(csv.at(-1)).toEqual({ path: 'a.csv', header: false, columns: { id: 'bigint' } });
  });

  it('edits a list of objects with a sub-form per item', async () => {
    const values: Record<string, unknown>[] = [];
    render(<Harness schema={renameSchema} initial={{}} onValue={(v) => values.push(v)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add fields' }));
    await userEvent.type(screen.getByLabelText(/^From/), 'iata');
    await userEvent.type(screen.getByLabelText(/^To/), 'code');
    expect(values.at(-1)).toEqual({ fields: [{ from: 'iata', to: 'code' }] });
    await userEvent.click(screen.getByRole('button', { name: 'Remove Fields 1' }));
    expect(values.at(-1)).toEqual({});
  });

  it('shows errors by path next to their field', () => {
    render(<SchemaForm schema={postgresSchema} value={{}} onChange={() => undefined} errors={{ database: 'is required', port: 'must be at most 65535' }} />);
    expect(screen.getByLabelText(/Database/)).toHaveAccessibleDescription(/is required/);
    expect(screen.getByText('must be at most 65535')).toBeVisible();
  });
});
