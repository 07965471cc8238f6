// Run history with filters; statuses update live.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { http } from '../api/endpoints';
import { useLive } from '../api/live';
import { Badge, Button, Field, LoadError, PageHeader, Select, Spinner, Table, Td, TextInput } from '../components/ui';
import { durationOf, formatDateTime, formatDuration, formatNumber } from '../lib/format';
import { useAsync } from '../lib/useAsync';

const PAGE = 50;

export default function RunsPage() {
  // A link may open the list filtered to one pipeline (the backfill dialog's, say).
  const [params] = useSearchParams();
  const [pipelineId, setPipelineId] = useState(params.get('pipelineId') ?? '');
  const [status, setStatus] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(0);
  const pipelines = useAsync(() => http.pipelines.list(), []);
  const runs = useAsync(
    () => http.runs.list({ pipelineId: pipelineId || undefined, status: status || undefined, from: from ? new Date(from).toISOString() : undefined, to: to ? new Date(to).toISOString() : undefined, page, size: PAGE }),
    [pipelineId, status, from, to, page],
  );
  // Reloaded on "subscribed" too: a run that ended while the socket (re)connected sends nothing.
  useLive('all', (m) => {
    if (m.type === 'run-status' || m.type === 'subscribed') runs.reload();
  });
  return (
    <>
      <PageHeader title="Runs" />
      <form className="mb-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label="Filter runs" onSubmit={(e) => e.preventDefault()}>
        <Field label="Pipeline">
          {(id) => (
            <Select id={id} value={pipelineId} onChange={(e) => (setPipelineId(e.target.value), setPage(0))}>
              <option value="">All</option>
              {pipelines.data?.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Status">
          {(id) => (
            <Select id={id} value={status} onChange={(e) => (setStatus(e.target.value), setPage(0))}>
              <option value="">All</option>
              {['queued', 'running', 'succeeded', 'failed', 'cancelled'].map((s) => (
                <option key={s}>{s}</option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="From">{(id) => <TextInput id={id} type="datetime-local" value={from} onChange={(e) => (setFrom(e.target.value), setPage(0))} />}</Field>
        <Field label="To">{(id) => <TextInput id={id} type="datetime-local" value={to} onChange={(e) => (setTo(e.target.value), setPage(0))} />}</Field>
      </form>
      <LoadError error={runs.error} what="runs" />
      {runs.loading && !runs.data && <Spinner />}
      {runs.data && (
        <>
          <Table caption="Runs" head={['Run', 'Pipeline', 'Status', 'Trigger', 'Started', 'Duration', 'Read', 'Written', 'Rejected']} empty="No runs match.">
            {runs.data.items.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link className="font-mono text-blue-800 underline dark:text-blue-300" to={`/runs/${r.id}`} aria-label={`Run ${r.id} of ${r.pipelineName}`}>
                    {r.id.slice(0, 8)}
                  </Link>
                </Td>
                <Td>{r.pipelineName}</Td>
                <Td>
                  <Badge value={r.status} />
                </Td>
                <Td>{r.trigger}{r.startedBy ? ` (${r.startedBy})` : ''}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(r.startedAt ?? r.queuedAt)}</Td>
                <Td>{formatDuration(durationOf(r.startedAt, r.finishedAt))}</Td>
                <Td>{formatNumber(r.ledger.read)}</Td>
                <Td>{formatNumber(r.ledger.written)}</Td>
                <Td>{formatNumber(r.ledger.rejected)}</Td>
              </tr>
            ))}
          </Table>
          <div className="mt-2 flex items-center gap-2 text-sm">
            <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
              Newer
            </Button>
            <span>Page {page + 1}</span>
            <Button disabled={runs.data.items.length < PAGE} onClick={() => setPage(page + 1)}>
              Older
            </Button>
          </div>
        </>
      )}
    </>
  );
}
