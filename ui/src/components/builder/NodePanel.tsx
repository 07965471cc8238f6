// The side panel: settings of the selected node, drawn from its connector's or step's JSON Schema.
import type { ComponentSpec, Connection } from '../../api/types';
import type { NodeData } from '../../lib/pipelineGraph';
import { SchemaForm, type Choices } from '../SchemaForm';
import { Button, Field, Notice, Select, TextInput } from '../ui';

interface Props {
  node: { id: string; data: NodeData };
  specs: ComponentSpec[];
  connections: Connection[];
  editable: boolean;
  onChange: (data: NodeData) => void;
  onRemove: () => void;
  onPreview?: () => void;
  onMapping?: () => void;
}

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

/**
 * Pickers of the step's settings that name a stored connection. None when no connection can be
 * seen (none stored, or a role that may not read them): the setting stays typed text then.
 */
export function stepChoices(component: string, connections: Connection[], specs: ComponentSpec[]): Record<string, Choices> {
  if (component !== 'lookup' || connections.length === 0) return {};
  // The connectors whose sources run a lookup's query, as the server says (the engine's QuerySource).
  const usable = connections.filter((c) => specs.some((s) => s.id === c.connector && s.answersQueries));
  return {
    'query.connection': {
      options: usable.map((c) => ({ value: c.name, label: `${c.name} (${c.connector})` })),
      hint: usable.length
        ? 'Stored connections that run queries: PostgreSQL, MySQL/MariaDB, SQL Server.'
        : 'No stored PostgreSQL, MySQL/MariaDB or SQL Server connection yet: add one under Connections, or set connector and config instead.',
      unlisted: 'not a stored connection that runs queries',
    },
  };
}

export function NodePanel({ node, specs, connections, editable, onChange, onRemove, onPreview, onMapping }: Props) {
  const d = node.data;
  const spec = specs.find((s) => s.id === d.component && (d.kind === 'step' ? s.kind === 'step' : s.kind.includes(d.kind)));
  const set = (patch: Partial<NodeData>) => onChange({ ...d, ...patch });
  const endpoint = d.kind !== 'step';
  const usable = connections.filter((c) => (specs.find((s) => s.id === c.connector)?.kind ?? '').includes(d.kind));
  return (
    <div className="space-y-3" aria-label={`Settings of ${d.kind} ${d.connection ?? d.component}`} role="region">
      <div>
        <h2 className="text-base font-semibold">
          {spec?.title ?? d.component} <span className="text-sm font-normal text-gray-700 dark:text-gray-300">({d.kind})</span>
        </h2>
        {spec?.description && <p className="text-sm text-gray-700 dark:text-gray-300">{spec.description}</p>}
      </div>
      {d.problems && d.problems.length > 0 && (
        <Notice kind="error">
          <ul className="list-disc pl-4">
            {d.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </Notice>
      )}
      {endpoint && (
        <Field label="Use" hint="A stored connection keeps its settings and secrets on the server.">
          {(id) => (
            <Select
              id={id}
              disabled={!editable}
              value={d.connection ? `conn:${d.connection}` : 'connector'}
              onChange={(e) => {
                const v = e.target.value;
                if (v === 'connector') set({ connection: undefined });
                else {
                  const c = usable.find((x) => `conn:${x.name}` === v);
                  if (c) set({ connection: c.name, component: c.connector, config: {} });
                }
              }}
            >
              <option value="connector">Settings written here ({d.component})</option>
              {usable.map((c) => (
                <option key={c.id} value={`conn:${c.name}`}>
                  Connection {c.name} ({c.connector})
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      {d.kind === 'source' && (
        <Field label="Streams" hint="Comma-separated; empty reads every stream.">
          {(id) => <TextInput id={id} disabled={!editable} value={(d.streams ?? []).join(', ')} onChange={(e) => set({ streams: list(e.target.value) })} />}
        </Field>
      )}
      {d.kind === 'destination' && (
        <>
          <Field label="Write mode">
            {(id) => (
              <Select id={id} disabled={!editable} value={d.mode ?? ''} onChange={(e) => set({ mode: e.target.value || undefined })}>
                <option value="">append (default)</option>
                <option value="append">append</option>
                <option value="overwrite">overwrite</option>
                <option value="upsert">upsert</option>
              </Select>
            )}
          </Field>
          {d.mode === 'upsert' && (
            <Field label="Key" hint="Comma-separated fields that identify a row." required>
              {(id) => <TextInput id={id} disabled={!editable} value={(d.key ?? []).join(', ')} onChange={(e) => set({ key: list(e.target.value) })} />}
            </Field>
          )}
          <Field label="Table" hint="Empty: each stream's own name.">
            {(id) => <TextInput id={id} name="table" disabled={!editable} value={d.table ?? ''} onChange={(e) => set({ table: e.target.value || undefined })} />}
          </Field>
        </>
      )}
      {spec && !d.connection && <SchemaForm schema={spec.configSchema} value={d.config} onChange={(config) => set({ config })} choices={endpoint ? undefined : stepChoices(d.component, connections, specs)} disabled={!editable} />}
      {!spec && <Notice kind="warning">The server offers no {d.kind} named {d.component}.</Notice>}
      <div className="flex flex-wrap gap-2">
        {d.component === 'map' && d.kind === 'step' && onMapping && <Button onClick={onMapping}>Schema mapping…</Button>}
        {onPreview && <Button onClick={onPreview}>Preview rows after this node</Button>}
        {editable && (
          <Button variant="danger" onClick={onRemove}>
            Remove node
          </Button>
        )}
      </div>
    </div>
  );
}
