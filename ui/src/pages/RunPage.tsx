// One run: live progress (rows, rate, ETA), live logs, the ledger per stream, rejected rows with
// reasons; cancel and retry. Live figures come over the WebSocket; while it is not open the page
// asks the server every few seconds instead.
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { messageOf } from '../api/client';
import { http } from '../api/endpoints';
import { useLive } from '../api/live';
import type { LiveMessage, LogLine, Rejected, RunDetail } from '../api/types';
import { useSession } from '../auth/session';
import { ProgressBar, type Progress } from '../components/RunBits';
import { Badge, Button, Card, LoadError, Notice, PageHeader, Spinner, Table, Td } from '../components/ui';
import { durationOf, formatDateTime, formatDuration, formatNumber, formatTime } from '../lib/format';
import { useAsync } from '../lib/useAsync';

const ACTIVE = ['queued', 'running', 'cancelling'];

export default function RunPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const navigate = useNavigate();
  const run = useAsync(() => http.runs.get(id), [id]);
  const logs = useAsync(can('logs.view') ? () => http.runs.logs(id) : null, [id]);
  const [live, setLive] = useState<Progress | null>(null);
  const [lines, setLines] = useState<LogLine[]>([]);
  const [rejected, setRejected] = useState<Rejected[] | null>(null);
  const [message, setMessage] = useState<string>();
  const logEnd = useRef<HTMLDivElement>(null);
  const r: RunDetail | undefined = run.data;
  const active = r ? ACTIVE.includes(r.status) : false;

  const state = useLive(id ? `run:${id}` : null, (m: LiveMessage) => {
    if (m.type === 'progress') setLive(m);
    // From here on every change is pushed; what was loaded before may be stale (a run that ended
    // meanwhile sends nothing more), so load it again.
    else if (m.type === 'subscribed') {
      run.reload();
      if (can('logs.view')) logs.reload();
    } else if (m.type === 'run-status') {
      run.reload();
      if (!ACTIVE.includes(m.status) && can('logs.view')) logs.reload();
    } else if (m.type === 'log' && can('logs.view')) setLines((ls) => [...ls.slice(-1999), m.line]);
  });

  // Without the socket, poll while the run is going on.
  const reloadRun = run.reload;
  const reloadLogs = logs.reload;
  const seesLogs = can('logs.view');
  useEffect(() => {
    if (!active || state === 'open') return;
    const t = setInterval(() => {
      reloadRun();
      if (seesLogs) reloadLogs();
    }, 2000);
    return () => clearInterval(t);
  }, [active, state, reloadRun, reloadLogs, seesLogs]);

  useEffect(() => {
    if (logs.data) setLines(logs.data);
  }, [logs.data]);
  useEffect(() => {
    logEnd.current?.scrollIntoView({ block: 'nearest' });
  }, [lines.length]);

  const act = async (what: 'cancel' | 'retry') => {
    setMessage(undefined);
    try {
      if (what === 'cancel') {
        await http.runs.cancel(id);
        run.reload();
      } else {
        const next = await http.runs.retry(id);
        navigate(`/runs/${next.id}`);
      }
    } catch (e) {
      setMessage(messageOf(e));
    }
  };

  const loadRejected = async () => {
    try {
      setRejected(await http.runs.rejected(id));
    } catch (e) {
      setMessage(messageOf(e));
    }
  };

  if (run.loading && !r) return <Spinner />;
  if (!r) return <LoadError error={run.error} what="the run" />;
  const progress: Progress = live ?? {
    rowsRead: r.ledger.read,
    rowsWritten: r.ledger.written,
    rowsRejected: r.ledger.rejected,
    rowsPerSecond: r.rowsPerSecond ?? 0,
    rowsTotal: r.rowsTotal,
    bytesRead: r.bytesRead,
    bytesTotal: r.bytesTotal,
  };
  // A finished run's ledger is final: prefer it over the last live figure.
  const shownProgress = active ? progress : { ...progress, rowsRead: r.ledger.read, rowsWritten: r.ledger.written, rowsRejected: r.ledger.rejected };

  return (
    <>
      <PageHeader
        title={`Run of ${r.pipelineName || r.pipelineId}`}
        actions={
          can('runs.trigger') && (
            <>
              {active && (
                <Button variant="danger" onClick={() => act('cancel')}>
                  Cancel run
                </Button>
              )}
              {(r.status === 'failed' || r.status === 'cancelled') && (
                <Button variant="primary" onClick={() => act('retry')}>
                  Retry
                </Button>
              )}
            </>
          )
        }
      >
        <span className="font-mono">{r.id}</span> · <Link className="underline" to={`/pipelines/${r.pipelineId}`}>pipeline{r.pipelineVersion ? ` v${r.pipelineVersion}` : ''}</Link>
      </PageHeader>
      {message && <Notice kind="error">{message}</Notice>}
      <div className="space-y-4">
        <Card title={<span className="flex items-center gap-2">Progress <span data-testid="run-status"><Badge value={r.status} /></span></span>}>
          <ProgressBar progress={shownProgress} status={r.status} label="Run progress" />
          <dl className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-gray-700 dark:text-gray-300">Started</dt>
              <dd>{formatDateTime(r.startedAt ?? r.queuedAt)}</dd>
            </div>
            <div>
              <dt className="text-gray-700 dark:text-gray-300">Finished</dt>
              <dd>{formatDateTime(r.finishedAt)}</dd>
            </div>
            <div>
              <dt className="text-gray-700 dark:text-gray-300">Duration</dt>
              <dd>{formatDuration(durationOf(r.startedAt, r.finishedAt))}</dd>
            </div>
            <div>
              <dt className="text-gray-700 dark:text-gray-300">Trigger</dt>
              <dd>{r.trigger ?? '–'}{r.startedBy ? ` by ${r.startedBy}` : ''}</dd>
            </div>
          </dl>
          {r.error && <div className="mt-3"><Notice kind="error">{r.error}</Notice></div>}
          <p className="mt-2 text-xs text-gray-700 dark:text-gray-300">Live updates: {state === 'open' ? 'connected' : active ? 'polling every 2 s' : state}</p>
        </Card>
        <Card title="Ledger">
          <Table caption="Ledger per stream" head={['Stream', 'Status', 'Read', 'Written', 'Rejected', 'Filtered']} empty="No stream has reported yet.">
            {r.streams.map((s) => (
              <tr key={s.stream}>
                <Td>{s.stream}</Td>
                <Td>{s.status ? <Badge value={s.status.toLowerCase()} /> : ''}{s.message && <div className="text-xs">{s.message}</div>}</Td>
                <Td>{formatNumber(s.read)}</Td>
                <Td>{formatNumber(s.written)}</Td>
                <Td>{formatNumber(s.rejected)}</Td>
                <Td>{formatNumber(s.filtered)}</Td>
              </tr>
            ))}
            {r.streams.length > 0 && (
              <tr className="font-semibold">
                <Td>Total</Td>
                <Td />
                <Td>{formatNumber(r.ledger.read)}</Td>
                <Td>{formatNumber(r.ledger.written)}</Td>
                <Td>{formatNumber(r.ledger.rejected)}</Td>
                <Td>{formatNumber(r.ledger.filtered)}</Td>
              </tr>
            )}
          </Table>
        </Card>
        <Card title="Rejected rows" actions={rejected === null && <Button onClick={loadRejected}>Show rejected rows</Button>}>
          {rejected === null ? (
            <p className="text-sm text-gray-700 dark:text-gray-300">{formatNumber(r.ledger.rejected)} rows were rejected.</p>
          ) : (
            <Table caption="Rejected rows" head={['Stream', 'Position', 'Field', 'Reason', 'Input']} empty="No rejected rows.">
              {rejected.map((x, i) => (
                <tr key={i}>
                  <Td>{x.stream}</Td>
                  <Td>{x.position ?? ''}</Td>
                  <Td>{x.field}</Td>
                  <Td>{x.reason}</Td>
                  <Td className="font-mono text-xs">{x.raw}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
        {can('logs.view') && (
          <Card title="Logs">
            <LoadError error={logs.error} what="the logs" />
            <div className="max-h-96 overflow-y-auto rounded bg-gray-950 p-2 font-mono text-xs text-gray-100" role="log" aria-live="polite" aria-label="Run logs" tabIndex={0}>
              {lines.length === 0 && <p>No log lines yet.</p>}
              {lines.map((l, i) => (
                <div key={i} className={l.level === 'ERROR' ? 'text-red-300' : l.level === 'WARN' ? 'text-amber-200' : ''}>
                  <span className="text-gray-400">{formatTime(l.time)}</span> {l.level} {l.stream ? `[${l.stream}] ` : ''}
                  {l.message}
                </div>
              ))}
              <div ref={logEnd} />
            </div>
          </Card>
        )}
      </div>
    </>
  );
}
