// Backfill: run a schedule's pipeline over a range of its cursor, one run per step
// (POST /api/v1/schedules/{id}/backfill). The server checks the range; its 400 names the field.
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, messageOf } from '../api/client';
import { http } from '../api/endpoints';
import type { BackfillResult, Schedule } from '../api/types';
import { Button, Dialog, Field, Notice, TextInput } from './ui';

/** Runs listed one by one after a backfill; the runs list has them all. */
const LISTED = 10;

interface Props {
  /** The schedule to backfill; null keeps the dialog closed. */
  schedule: Schedule | null;
  pipelineName: string;
  onClose: () => void;
}

export function BackfillDialog({ schedule, pipelineName, onClose }: Props) {
  return (
    <Dialog open={schedule !== null} title={`Backfill ${pipelineName}`} onClose={onClose}>
      {schedule && <BackfillForm key={schedule.id} schedule={schedule} onClose={onClose} />}
    </Dialog>
  );
}

function BackfillForm({ schedule, onClose }: { schedule: Schedule; onClose: () => void }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [step, setStep] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [result, setResult] = useState<BackfillResult>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      setResult(await http.schedules.backfill(schedule.id, { from: from.trim(), to: to.trim(), step: step.trim() || undefined }));
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  if (result) return <Started result={result} onClose={onClose} />;
  const fieldError = (name: string) => (failure instanceof ApiError ? failure.fieldMessage(name) : undefined);
  // A 400's detail already lists its field errors; other failures say what went wrong in full.
  const failureText = failure instanceof ApiError && failure.status === 400 ? failure.message : messageOf(failure);
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <p className="text-sm text-gray-800 dark:text-gray-200">
        Runs the pipeline over a range of its cursor, one run per step, paused or not. Each run reads only the rows whose cursor lies in its range; the pipeline's own
        incremental state stays as it was.
      </p>
      {failure !== undefined && <Notice kind="error">{failureText}</Notice>}
      <Field label="From" required error={fieldError('from')} hint="Inclusive: a whole number (1000), a date (2024-01-01) or a timestamp (2024-01-01T00:00:00Z).">
        {(id, d) => <TextInput id={id} aria-describedby={d} aria-invalid={!!fieldError('from')} required className="font-mono" value={from} onChange={(e) => setFrom(e.target.value)} />}
      </Field>
      <Field label="To" required error={fieldError('to')} hint="Inclusive, of the same kind as From.">
        {(id, d) => <TextInput id={id} aria-describedby={d} aria-invalid={!!fieldError('to')} required className="font-mono" value={to} onChange={(e) => setTo(e.target.value)} />}
      </Field>
      <Field
        label="Step"
        error={fieldError('step')}
        hint="One run per step: a whole number for numbers, a period (P1D, P1W, P1M) for dates, a duration (PT6H) or period for timestamps. Empty: one run. At most 1000 runs."
      >
        {(id, d) => <TextInput id={id} aria-describedby={d} aria-invalid={!!fieldError('step')} className="font-mono" placeholder="P1D" value={step} onChange={(e) => setStep(e.target.value)} />}
      </Field>
      <div className="flex justify-end gap-2">
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={busy || !from.trim() || !to.trim()}>
          {busy ? 'Starting…' : 'Start backfill'}
        </Button>
      </div>
    </form>
  );
}

function Started({ result, onClose }: { result: BackfillResult; onClose: () => void }) {
  const n = result.runs.length;
  return (
    <div className="space-y-3">
      <Notice kind="success">
        Queued {n} {n === 1 ? 'run' : 'runs'}.
      </Notice>
      <ol className="space-y-1 text-sm" aria-label="Runs queued">
        {result.runs.slice(0, LISTED).map((r) => (
          <li key={r.runId}>
            <Link className="text-blue-800 underline dark:text-blue-300" to={`/runs/${r.runId}`}>
              Run <span className="font-mono">
                {r.cursorFrom} – {r.cursorTo}
              </span>
            </Link>
          </li>
        ))}
      </ol>
      {n > LISTED && <p className="text-sm">…and {n - LISTED} more.</p>}
      <div className="flex justify-end gap-2">
        <Link className="self-center text-sm text-blue-800 underline dark:text-blue-300" to={`/runs?pipelineId=${encodeURIComponent(result.pipelineId)}`}>
          See them in the runs list
        </Link>
        <Button variant="primary" onClick={onClose}>
          Close
        </Button>
      </div>
    </div>
  );
}
