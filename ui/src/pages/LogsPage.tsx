// Search the server's and the runs' logs.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { http } from '../api/endpoints';
import type { LogLine } from '../api/types';
import { Button, Field, LoadError, PageHeader, Select, Spinner, Table, Td, TextInput } from '../components/ui';
import { formatDateTime } from '../lib/format';

export default function LogsPage() {
  const [q, setQ] = useState('');
  const [level, setLevel] = useState('');
  const [runId, setRunId] = useState('');
  const [lines, setLines] = useState<LogLine[] | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const search = async (e?: FormEvent) => {
    e?.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      setLines(await http.logs({ q, level, runId, size: 200 }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeader title="Logs" />
      <form onSubmit={search} className="mb-3 grid items-end gap-3 sm:grid-cols-4" aria-label="Search logs">
        <Field label="Text">{(id) => <TextInput id={id} type="search" value={q} onChange={(e) => setQ(e.target.value)} />}</Field>
        <Field label="Level">
          {(id) => (
            <Select id={id} value={level} onChange={(e) => setLevel(e.target.value)}>
              <option value="">Any</option>
              {['ERROR', 'WARN', 'INFO', 'DEBUG'].map((l) => (
                <option key={l}>{l}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Run id">{(id) => <TextInput id={id} value={runId} onChange={(e) => setRunId(e.target.value)} />}</Field>
        <div>
          <Button type="submit" variant="primary">
            Search
          </Button>
        </div>
      </form>
      <LoadError error={error} what="logs" />
      {busy && <Spinner />}
      {lines && (
        <Table caption="Log lines" head={['Time', 'Level', 'Run', 'Message']} empty="Nothing found.">
          {lines.map((l, i) => (
            <tr key={i}>
              <Td className="whitespace-nowrap">{formatDateTime(l.time)}</Td>
              <Td>{l.level}</Td>
              <Td>{l.runId && <Link className="font-mono underline" to={`/runs/${l.runId}`}>{l.runId.slice(0, 8)}</Link>}</Td>
              <Td className="font-mono text-xs">{l.message}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
