// Cron schedules per pipeline with a human reading and the next run times; dependencies (run this
// pipeline when another one succeeds); pause and resume.
import { useState, type FormEvent } from 'react';
import { messageOf } from '../api/client';
import { http } from '../api/endpoints';
import type { Schedule } from '../api/types';
import { useSession } from '../auth/session';
import { BackfillDialog } from '../components/BackfillDialog';
import { Badge, Button, Card, Field, LoadError, Notice, PageHeader, Select, Spinner, Table, Td, TextInput } from '../components/ui';
import { describeCron } from '../lib/cron';
import { formatDateTime, TIMEZONES } from '../lib/format';
import { useAsync } from '../lib/useAsync';

export function CronReading({ cron, timezone }: { cron: string; timezone: string }) {
  const r = describeCron(cron, timezone);
  return (
    <p className={`text-sm ${r.ok ? 'text-gray-800 dark:text-gray-200' : 'text-red-700 dark:text-red-400'}`} data-testid="cron-reading" aria-live="polite">
      {r.ok ? r.text : r.error}
    </p>
  );
}

export default function SchedulesPage() {
  const { can, preferences } = useSession();
  const editable = can('schedules.edit');
  const canBackfill = can('runs.trigger');
  const schedules = useAsync(() => http.schedules.list(), []);
  const pipelines = useAsync(() => http.pipelines.list(), []);
  const [editing, setEditing] = useState<Schedule | null>(null);
  const [pipelineId, setPipelineId] = useState('');
  const [cron, setCron] = useState('0 6 * * *');
  const [timezone, setTimezone] = useState(preferences.timezone ?? 'UTC');
  const [dependsOn, setDependsOn] = useState<string[]>([]);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string }>();
  const [backfilling, setBackfilling] = useState<Schedule | null>(null);
  const nameOf = (pid: string) => pipelines.data?.find((p) => p.id === pid)?.name ?? pid;

  const edit = (s: Schedule | null) => {
    setEditing(s);
    setPipelineId(s?.pipelineId ?? '');
    setCron(s?.cron ?? '0 6 * * *');
    setTimezone(s?.timezone ?? preferences.timezone ?? 'UTC');
    setDependsOn(s?.dependsOn ?? []);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const body = { pipelineId, cron: cron.trim(), timezone, dependsOn };
      if (editing) await http.schedules.update(editing.id, body);
      else await http.schedules.create(body);
      setMessage({ kind: 'success', text: 'Schedule saved.' });
      edit(null);
      schedules.reload();
    } catch (err) {
      setMessage({ kind: 'error', text: messageOf(err) });
    }
  };
  const act = async (f: () => Promise<unknown>) => {
    try {
      await f();
      schedules.reload();
    } catch (err) {
      setMessage({ kind: 'error', text: messageOf(err) });
    }
  };

  return (
    <>
      <PageHeader title="Schedules">Cron times are read in the schedule's time zone.</PageHeader>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <LoadError error={schedules.error} what="schedules" />
      {schedules.loading && <Spinner />}
      {schedules.data && (
        <Table caption="Schedules" head={['Pipeline', 'When', 'Next runs', 'After', 'State', ...(editable || canBackfill ? ['Actions'] : [])]} empty="No schedules yet.">
          {schedules.data.map((s) => (
            <tr key={s.id}>
              <Td>{s.pipelineName ?? nameOf(s.pipelineId)}</Td>
              <Td>
                <code className="font-mono text-xs">{s.cron}</code>
                <div>{s.description ?? (describeCron(s.cron, s.timezone) as { text?: string }).text}</div>
              </Td>
              <Td>
                <ul className="text-xs">
                  {s.nextRuns.slice(0, 3).map((t) => (
                    <li key={t}>{formatDateTime(t)}</li>
                  ))}
                </ul>
              </Td>
              <Td>{s.dependsOn.map(nameOf).join(', ') || '–'}</Td>
              <Td>
                <Badge value={s.paused ? 'paused' : 'active'} />
              </Td>
              {(editable || canBackfill) && (
                <Td>
                  <div className="flex flex-wrap gap-1">
                    {editable && (
                      <>
                        <Button onClick={() => edit(s)}>Edit</Button>
                        <Button onClick={() => act(() => (s.paused ? http.schedules.resume(s.id) : http.schedules.pause(s.id)))}>{s.paused ? 'Resume' : 'Pause'}</Button>
                        <Button variant="danger" onClick={() => confirm('Delete this schedule?') && act(() => http.schedules.remove(s.id))}>
                          Delete
                        </Button>
                      </>
                    )}
                    {canBackfill && (
                      <Button onClick={() => setBackfilling(s)} aria-haspopup="dialog">
                        Backfill…
                      </Button>
                    )}
                  </div>
                </Td>
              )}
            </tr>
          ))}
        </Table>
      )}
      <BackfillDialog schedule={backfilling} pipelineName={backfilling ? (backfilling.pipelineName ?? nameOf(backfilling.pipelineId)) : ''} onClose={() => setBackfilling(null)} />
      {editable && (
        <Card title={editing ? 'Edit schedule' : 'New schedule'} className="mt-4">
          <form onSubmit={submit} className="grid gap-3 md:grid-cols-2">
            <Field label="Pipeline" required>
              {(id) => (
                <Select id={id} required value={pipelineId} onChange={(e) => setPipelineId(e.target.value)}>
                  <option value="">Choose…</option>
                  {pipelines.data?.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label="Time zone">
              {(id) => (
                <Select id={id} value={timezone} onChange={(e) => setTimezone(e.target.value)}>
                  {TIMEZONES.map((z) => (
                    <option key={z}>{z}</option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label="Cron" required hint="minute hour day-of-month month weekday, e.g. 0 6 * * 1-5">
              {(id, d) => <TextInput id={id} aria-describedby={d} className="font-mono" value={cron} onChange={(e) => setCron(e.target.value)} />}
            </Field>
            <div className="self-end">
              <CronReading cron={cron} timezone={timezone} />
            </div>
            <Field label="Run after these succeed (dependencies)" hint="Ctrl- or Cmd-click to choose several.">
              {(id, d) => (
                <Select id={id} aria-describedby={d} multiple value={dependsOn} onChange={(e) => setDependsOn([...e.target.selectedOptions].map((o) => o.value))} className="h-28">
                  {pipelines.data
                    ?.filter((p) => p.id !== pipelineId)
                    .map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                </Select>
              )}
            </Field>
            <div className="flex items-end gap-2">
              <Button type="submit" variant="primary" disabled={!pipelineId || !describeCron(cron).ok}>
                Save schedule
              </Button>
              {editing && <Button onClick={() => edit(null)}>Cancel</Button>}
            </div>
          </form>
        </Card>
      )}
    </>
  );
}
