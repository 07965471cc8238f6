// Create or edit a connection: the connector's settings form (from its JSON Schema), Test (the
// connector's own check and message) and Discover (its streams and their fields).
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { messageOf } from '../api/client';
import { http } from '../api/endpoints';
import type { CheckResult, Connection, DiscoveredStream } from '../api/types';
import { useSession } from '../auth/session';
import { SchemaForm } from '../components/SchemaForm';
import { Button, Card, Field, LoadError, Notice, PageHeader, Select, Spinner, Table, Td, TextInput } from '../components/ui';
import { missingRequired, prune } from '../lib/schema';
import { useAsync } from '../lib/useAsync';

export default function ConnectionEditPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { can } = useSession();
  const editable = can('connections.edit');
  const connectors = useAsync(() => http.connectors(), []);
  const existing = useAsync(id ? () => http.connections.get(id) : null, [id]);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [connector, setConnector] = useState('');
  const [config, setConfig] = useState<Record<string, unknown>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string }>();
  const [check, setCheck] = useState<CheckResult & { busy?: boolean }>();
  const [streams, setStreams] = useState<DiscoveredStream[] | null>(null);
  const [busy, setBusy] = useState<string>();

  useEffect(() => {
    const c: Connection | undefined = existing.data;
    if (!c) return;
    setName(c.name);
    setDescription(c.description ?? '');
    setConnector(c.connector);
    setConfig(c.config ?? {});
  }, [existing.data]);

  const spec = connectors.data?.find((c) => c.id === connector);

  const save = async (e?: FormEvent): Promise<string | undefined> => {
    e?.preventDefault();
    if (!spec) return;
    const missing = missingRequired(spec.configSchema, config);
    if (!name.trim()) missing.name = 'is required';
    setErrors(missing);
    if (Object.keys(missing).length) {
      setMessage({ kind: 'error', text: 'Fill in the required settings.' });
      return;
    }
    setBusy('save');
    try {
      const body = { name: name.trim(), connector, config: (prune(config) as Record<string, unknown>) ?? {}, description: description || undefined };
      const saved = id ? await http.connections.update(id, body) : await http.connections.create(body);
      setMessage({ kind: 'success', text: `Saved ${saved.name}.` });
      if (!id) navigate(`/connections/${saved.id}`, { replace: true });
      else existing.setData(saved);
      return saved.id;
    } catch (err) {
      const fieldErrors = Object.fromEntries(((err as { problem?: { errors?: { field: string; message: string }[] } }).problem?.errors ?? []).map((f) => [f.field.replace(/^config\./, ''), f.message]));
      setErrors(fieldErrors);
      setMessage({ kind: 'error', text: messageOf(err) });
    } finally {
      setBusy(undefined);
    }
  };

  const test = async () => {
    const target = id ?? (await save());
    if (!target) return;
    setBusy('test');
    setCheck(undefined);
    try {
      setCheck(await http.connections.test(target));
    } catch (err) {
      setCheck({ ok: false, message: messageOf(err) });
    } finally {
      setBusy(undefined);
    }
  };

  const discover = async () => {
    if (!id) return;
    setBusy('discover');
    try {
      setStreams(await http.connections.discover(id));
    } catch (err) {
      setMessage({ kind: 'error', text: messageOf(err) });
    } finally {
      setBusy(undefined);
    }
  };

  const remove = async () => {
    if (!id || !confirm(`Delete the connection ${name}? Pipelines that name it stop working.`)) return;
    try {
      await http.connections.remove(id);
      navigate('/connections');
    } catch (err) {
      setMessage({ kind: 'error', text: messageOf(err) });
    }
  };

  if (id && existing.loading) return <Spinner />;
  return (
    <>
      <PageHeader title={id ? `Connection ${name}` : 'New connection'}>{spec?.description}</PageHeader>
      <LoadError error={connectors.error} what="the connectors" />
      <LoadError error={existing.error} what="the connection" />
      <div className="grid gap-4 xl:grid-cols-2">
        <Card>
          <form onSubmit={save} className="space-y-3" aria-label="Connection settings">
            <Field label="Name" required error={errors.name} hint="Pipelines name the connection by it (connection: name).">
              {(fid, d) => <TextInput id={fid} aria-describedby={d} name="name" disabled={!editable} value={name} onChange={(e) => setName(e.target.value)} pattern="[A-Za-z0-9][A-Za-z0-9_.\-]*" />}
            </Field>
            <Field label="Connector" required>
              {(fid) => (
                <Select id={fid} name="connector" disabled={!editable || Boolean(id)} value={connector} onChange={(e) => (setConnector(e.target.value), setConfig({}), setErrors({}))}>
                  <option value="">Choose…</option>
                  {connectors.data?.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title} ({c.id}, {c.kind})
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label="Description">
              {(fid) => <TextInput id={fid} disabled={!editable} value={description} onChange={(e) => setDescription(e.target.value)} />}
            </Field>
            {spec && <SchemaForm schema={spec.configSchema} value={config} onChange={setConfig} errors={errors} disabled={!editable} />}
            {message && <Notice kind={message.kind}>{message.text}</Notice>}
            {editable && (
              <div className="flex flex-wrap gap-2">
                <Button type="submit" variant="primary" disabled={!spec || busy !== undefined}>
                  {busy === 'save' ? 'Saving…' : 'Save'}
                </Button>
                <Button onClick={test} disabled={!spec || busy !== undefined}>
                  {busy === 'test' ? 'Testing…' : 'Test'}
                </Button>
                {id && (
                  <Button onClick={discover} disabled={busy !== undefined}>
                    {busy === 'discover' ? 'Discovering…' : 'Discover'}
                  </Button>
                )}
                {id && (
                  <Button variant="danger" onClick={remove} className="ml-auto">
                    Delete
                  </Button>
                )}
              </div>
            )}
            {check && (
              <Notice kind={check.ok ? 'success' : 'error'}>
                <span data-testid="check-result">
                  {check.ok ? 'Connection works: ' : 'Connection failed: '}
                  {check.message}
                </span>
              </Notice>
            )}
          </form>
        </Card>
        {streams && (
          <Card title={`Streams (${streams.length})`}>
            <div className="space-y-4">
              {streams.map((s) => (
                <details key={s.name} open={streams.length <= 3}>
                  <summary className="cursor-pointer font-medium">
                    {s.name} <span className="text-sm text-gray-700 dark:text-gray-300">({s.fields.length} fields{s.primaryKey.length ? `, key ${s.primaryKey.join(', ')}` : ''})</span>
                  </summary>
                  <div className="mt-2">
                    <Table caption={`Fields of ${s.name}`} head={['Field', 'Type', 'Nullable', 'Cursor candidate']}>
                      {s.fields.map((f) => (
                        <tr key={f.name}>
                          <Td>{f.name}</Td>
                          <Td>{f.type}</Td>
                          <Td>{f.nullable === undefined ? '' : f.nullable ? 'yes' : 'no'}</Td>
                          <Td>{s.cursorCandidates.includes(f.name) ? 'yes' : ''}</Td>
                        </tr>
                      ))}
                    </Table>
                  </div>
                </details>
              ))}
            </div>
          </Card>
        )}
      </div>
    </>
  );
}
