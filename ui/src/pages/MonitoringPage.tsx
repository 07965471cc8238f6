// Alert events (acknowledge), alert rules, and metrics charts of recent runs.
import { useState, type FormEvent } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { messageOf } from '../api/client';
import { http } from '../api/endpoints';
import { useLive } from '../api/live';
import type { AlertRule } from '../api/types';
import { useSession } from '../auth/session';
import { Badge, Button, Card, Field, LoadError, Notice, PageHeader, Select, Table, Td, TextInput } from '../components/ui';
import { durationOf, formatDateTime, formatNumber } from '../lib/format';
import { useAsync } from '../lib/useAsync';

const KINDS: { value: string; label: string; threshold?: string }[] = [
  { value: 'run_failed', label: 'Run failed' },
  { value: 'duration_over', label: 'Duration over', threshold: 'seconds' },
  { value: 'rows_under', label: 'Rows under', threshold: 'rows' },
  { value: 'rows_over', label: 'Rows over', threshold: 'rows' },
  { value: 'anomaly', label: 'Anomaly against recent runs', threshold: 'standard deviations' },
];

export default function MonitoringPage() {
  const { can } = useSession();
  const editable = can('alerts.edit');
  const events = useAsync(() => http.alerts.events({ size: 100 }), []);
  const rules = useAsync(() => http.alerts.rules(), []);
  const pipelines = useAsync(() => http.pipelines.list(), []);
  const runs = useAsync(can('monitoring.view') && can('runs.view') ? () => http.runs.list({ size: 50 }) : null, []);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string }>();
  const [rule, setRule] = useState<Omit<AlertRule, 'id'>>({ name: '', kind: 'run_failed', pipelineId: null, threshold: null, channels: ['in-app'], webhookUrl: null, email: null, enabled: true });
  useLive('all', (m) => {
    if (m.type === 'alert') events.reload();
  });

  const ack = async (id: string) => {
    try {
      await http.alerts.ack(id);
      events.reload();
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  };
  const addRule = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const channels = ['in-app', ...(rule.webhookUrl ? ['webhook'] : []), ...(rule.email ? ['email'] : [])];
      await http.alerts.createRule({ ...rule, channels });
      setMessage({ kind: 'success', text: `Rule ${rule.name} created.` });
      setRule({ ...rule, name: '' });
      rules.reload();
    } catch (err) {
      setMessage({ kind: 'error', text: messageOf(err) });
    }
  };
  const kind = KINDS.find((k) => k.value === rule.kind);
  const chart = [...(runs.data?.items ?? [])]
    .reverse()
    .map((r) => ({ at: formatDateTime(r.startedAt ?? r.queuedAt), seconds: Math.round((durationOf(r.startedAt, r.finishedAt) ?? 0) / 1000), rows: r.ledger.written }));

  return (
    <>
      <PageHeader title="Monitoring & alerts" />
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <div className="space-y-4">
        <Card title="Alerts">
          <LoadError error={events.error} what="alerts" />
          <Table caption="Alerts" head={['When', 'Pipeline', 'Rule', 'Message', 'State']} empty="No alerts.">
            {events.data?.map((a) => (
              <tr key={a.id}>
                <Td className="whitespace-nowrap">{formatDateTime(a.createdAt)}</Td>
                <Td>{a.pipelineName}</Td>
                <Td>{a.ruleName}</Td>
                <Td>{a.message}</Td>
                <Td>
                  {a.acknowledgedAt ? (
                    <span className="text-xs">acknowledged{a.acknowledgedBy ? ` by ${a.acknowledgedBy}` : ''}</span>
                  ) : editable ? (
                    <Button onClick={() => ack(a.id)}>Acknowledge</Button>
                  ) : (
                    <Badge value="open" />
                  )}
                </Td>
              </tr>
            ))}
          </Table>
        </Card>
        {can('monitoring.view') && (
          <Card title="Recent runs: duration and rows written">
            <LoadError error={runs.error} what="run metrics" />
            <div className="h-64" role="img" aria-label="Duration in seconds and rows written of the last runs">
              <ResponsiveContainer width="100%" height="100%">
                <LineChart data={chart}>
                  <CartesianGrid strokeDasharray="3 3" stroke="#9ca3af" strokeOpacity={0.4} />
                  <XAxis dataKey="at" hide />
                  <YAxis yAxisId="s" tick={{ fontSize: 12, fill: 'currentColor' }} width={50} />
                  <YAxis yAxisId="r" orientation="right" tick={{ fontSize: 12, fill: 'currentColor' }} tickFormatter={(v) => formatNumber(v)} width={70} />
                  <Tooltip />
                  <Legend />
                  <Line yAxisId="s" dataKey="seconds" name="duration (s)" stroke="#b45309" dot={chart.length < 30} />
                  <Line yAxisId="r" dataKey="rows" name="rows written" stroke="#1d4ed8" dot={chart.length < 30} />
                </LineChart>
              </ResponsiveContainer>
            </div>
          </Card>
        )}
        <Card title="Alert rules">
          <LoadError error={rules.error} what="alert rules" />
          <Table caption="Alert rules" head={['Name', 'When', 'Pipeline', 'Delivery', 'State']} empty="No rules yet.">
            {rules.data?.map((r) => (
              <tr key={r.id}>
                <Td>{r.name}</Td>
                <Td>
                  {KINDS.find((k) => k.value === r.kind)?.label ?? r.kind}
                  {r.threshold != null ? ` ${r.threshold}` : ''}
                </Td>
                <Td>{r.pipelineId ? pipelines.data?.find((p) => p.id === r.pipelineId)?.name ?? r.pipelineId : 'all'}</Td>
                <Td>{(r.channels ?? []).join(', ')}</Td>
                <Td>
                  <Badge value={r.enabled ? 'enabled' : 'disabled'} />
                </Td>
              </tr>
            ))}
          </Table>
          {editable && (
            <form onSubmit={addRule} className="mt-4 grid gap-3 md:grid-cols-3" aria-label="New alert rule">
              <Field label="Rule name" required>
                {(id) => <TextInput id={id} required value={rule.name} onChange={(e) => setRule({ ...rule, name: e.target.value })} />}
              </Field>
              <Field label="When">
                {(id) => (
                  <Select id={id} value={rule.kind} onChange={(e) => setRule({ ...rule, kind: e.target.value })}>
                    {KINDS.map((k) => (
                      <option key={k.value} value={k.value}>
                        {k.label}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              {kind?.threshold && (
                <Field label={`Threshold (${kind.threshold})`} required>
                  {(id) => <TextInput id={id} type="number" required value={rule.threshold ?? ''} onChange={(e) => setRule({ ...rule, threshold: e.target.value === '' ? null : Number(e.target.value) })} />}
                </Field>
              )}
              <Field label="Pipeline">
                {(id) => (
                  <Select id={id} value={rule.pipelineId ?? ''} onChange={(e) => setRule({ ...rule, pipelineId: e.target.value || null })}>
                    <option value="">All pipelines</option>
                    {pipelines.data?.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Field label="Webhook URL" hint="Signed POST; optional.">
                {(id, d) => <TextInput id={id} aria-describedby={d} type="url" value={rule.webhookUrl ?? ''} onChange={(e) => setRule({ ...rule, webhookUrl: e.target.value || null })} />}
              </Field>
              <Field label="Email" hint="Optional.">
                {(id, d) => <TextInput id={id} aria-describedby={d} type="email" value={rule.email ?? ''} onChange={(e) => setRule({ ...rule, email: e.target.value || null })} />}
              </Field>
              <div>
                <Button type="submit" variant="primary">
                  Add rule
                </Button>
              </div>
            </form>
          )}
        </Card>
      </div>
    </>
  );
}
