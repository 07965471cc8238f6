// Pieces shown wherever runs are: the progress bar with rows, rate and ETA.
import type { RunStatus } from '../api/types';
import { formatDuration, formatNumber, formatRate } from '../lib/format';

export interface Progress {
  rowsRead: number;
  rowsWritten: number;
  rowsRejected: number;
  rowsPerSecond: number;
  rowsTotal?: number | null;
  bytesRead?: number;
  bytesTotal?: number | null;
}

/** Share done (0..1) from rows, or from bytes when the source knows its size; null if unknown. */
export function fractionOf(p: Progress, status: RunStatus): number | null {
  if (status === 'succeeded') return 1;
  if (p.rowsTotal && p.rowsTotal > 0) return Math.min(1, p.rowsRead / p.rowsTotal);
  if (p.bytesTotal && p.bytesTotal > 0 && p.bytesRead !== undefined) return Math.min(1, p.bytesRead / p.bytesTotal);
  return null;
}

export function etaOf(p: Progress, fraction: number | null): number | null {
  if (fraction === null || fraction <= 0 || fraction >= 1 || !p.rowsPerSecond) return null;
  const total = p.rowsTotal && p.rowsTotal > 0 ? p.rowsTotal : p.rowsRead / fraction;
  return ((total - p.rowsRead) / p.rowsPerSecond) * 1000;
}

export function ProgressBar({ progress, status, label }: { progress: Progress; status: RunStatus; label: string }) {
  const fraction = fractionOf(progress, status);
  const eta = etaOf(progress, fraction);
  const active = status === 'running' || status === 'queued';
  return (
    <div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={fraction === null ? undefined : Math.round(fraction * 100)}
        aria-valuetext={fraction === null ? `${formatNumber(progress.rowsRead)} rows read` : `${Math.round(fraction * 100)} %`}
        className="h-3 w-full overflow-hidden rounded-full bg-gray-200 dark:bg-gray-700"
      >
        <div
          className={`h-full rounded-full ${status === 'failed' ? 'bg-red-600' : status === 'succeeded' ? 'bg-green-600' : 'bg-blue-600'} ${fraction === null && active ? 'animate-pulse' : ''}`}
          style={{ width: `${fraction === null ? (active ? 100 : 0) : Math.max(2, fraction * 100)}%`, opacity: fraction === null && active ? 0.4 : 1 }}
        />
      </div>
      <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-gray-700 dark:text-gray-300">Rows read</dt>
          <dd className="font-semibold" data-testid="rows-read">{formatNumber(progress.rowsRead)}</dd>
        </div>
        <div>
          <dt className="text-gray-700 dark:text-gray-300">Rows written</dt>
          <dd className="font-semibold" data-testid="rows-written">{formatNumber(progress.rowsWritten)}</dd>
        </div>
        <div>
          <dt className="text-gray-700 dark:text-gray-300">Rate</dt>
          <dd className="font-semibold">{formatRate(progress.rowsPerSecond)}</dd>
        </div>
        <div>
          <dt className="text-gray-700 dark:text-gray-300">ETA</dt>
          <dd className="font-semibold">{active ? (eta === null ? 'unknown' : formatDuration(eta)) : '–'}</dd>
        </div>
      </dl>
    </div>
  );
}
