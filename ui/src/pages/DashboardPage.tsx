// Runs today, success rate, rows moved, failures; throughput per hour; runs going on now (live);
// the latest alerts.
import { useState } from 'react';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { http } from '../api/endpoints';
import { useLive } from '../api/live';
import type { LiveMessage, RunSummary } from '../api/types';
import { useSession } from '../auth/session';
import { Badge, Card, LoadError, PageHeader, Spinner, Stat } from '../components/ui';
import { formatDateTime, formatNumber, formatRate, percent } from '../lib/format';
import { useAsync } from '../lib/useAsync';

export default function DashboardPage() {
  const { can } = useSession();
  const dash = useAsync(() => http.dashboard(), []);
  const alerts = useAsync(can('alerts.view') ? () => http.alerts.events({ size: 5 }) : null, []);
  const [rates, setRates] = useState<Record<string, { rows: number; rate: number }>>({});

  const onLive = (m: LiveMessage) => {
    if (m.type === 'progress') setRates((r) => ({ ...r, [m.runId]: { rows: m.rowsRead, rate: m.rowsPerSecond } }));
    // "subscribed": what changed while the socket (re)connected was never pushed.
    if (m.type === 'run-status' || m.type === 'subscribed' || (m.type === 'alert' && can('alerts.view'))) {
      dash.reload();
      if (m.type === 'alert') alerts.reload();
    }
  };
  const liveState = useLive(can('runs.view') ? 'all' : null, onLive);
  const d = dash.data;
  const hourLabel = (h: string) => (h.length > 13 ? new Date(h).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : h);

  return (
    <>
      <PageHeader title="Dashboard">Today on this server. Live: {liveState === 'open' ? 'connected' : liveState}</PageHeader>
      <LoadError error={dash.error} what="the dashboard" />
      {dash.loading && !d && <Spinner />}
      {d && (
        <div className="space-y-4">
          <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            <Stat label="Runs today" value={formatNumber(d.runsToday)} />
            <Stat label="Success rate" value={percent(d.successRate)} />
            <Stat label="Rows moved" value={formatNumber(d.rowsMoved)} />
            <Stat label="Failures" value={formatNumber(d.failures)} />
          </div>
          <div className="grid gap-4 xl:grid-cols-3">
            <Card title="Throughput per hour (rows)" className="xl:col-span-2">
              <div className="h-64" role="img" aria-label={`Rows moved per hour: ${d.throughput.map((t) => `${hourLabel(t.hour)} ${t.rows}`).join(', ') || 'none yet'}`}>
                <ResponsiveContainer width="100%" height="100%">
                  <BarChart data={d.throughput.map((t) => ({ ...t, label: hourLabel(t.hour) }))}>
                    <CartesianGrid strokeDasharray="3 3" stroke="#9ca3af" strokeOpacity={0.4} />
                    <XAxis dataKey="label" tick={{ fontSize: 12, fill: 'currentColor' }} />
                    <YAxis tick={{ fontSize: 12, fill: 'currentColor' }} tickFormatter={(v) => formatNumber(v)} width={70} />
                    <Tooltip formatter={(v) => formatNumber(Number(v))} />
                    <Bar dataKey="rows" fill="#1d4ed8" name="rows" />
                  </BarChart>
                </ResponsiveContainer>
              </div>
            </Card>
            <Card title="Running now">
              {d.running.length === 0 && <p className="text-sm text-gray-700 dark:text-gray-300">Nothing is running.</p>}
              <ul className="space-y-2">
                {d.running.map((r: RunSummary) => (
                  <li key={r.id} className="text-sm">
                    <Link className="font-medium text-blue-800 underline dark:text-blue-300" to={`/runs/${r.id}`}>
                      {r.pipelineName || r.id}
                    </Link>{' '}
                    <Badge value={r.status} />
                    <div className="text-gray-700 dark:text-gray-300">
                      {formatNumber(rates[r.id]?.rows ?? r.ledger.read)} rows · {formatRate(rates[r.id]?.rate)}
                    </div>
                  </li>
                ))}
              </ul>
            </Card>
          </div>
        </div>
      )}
      {can('alerts.view') && (
        <Card title="Recent alerts" className="mt-4" actions={<Link className="text-sm text-blue-800 underline dark:text-blue-300" to="/monitoring">All alerts</Link>}>
          <LoadError error={alerts.error} what="alerts" />
          {alerts.data?.length === 0 && <p className="text-sm text-gray-700 dark:text-gray-300">No alerts.</p>}
          <ul className="space-y-1 text-sm">
            {alerts.data?.map((a) => (
              <li key={a.id}>
                <span className="text-gray-700 dark:text-gray-300">{formatDateTime(a.createdAt)}</span> {a.pipelineName && <strong>{a.pipelineName}: </strong>}
                {a.message} {a.acknowledgedAt ? <Badge value="acknowledged" /> : <Badge value="open" />}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
