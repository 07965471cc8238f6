// Numbers, dates and durations as the user reads them, in their time zone.
let zone: string | undefined;

export function setTimezone(tz: string | null | undefined): void {
  zone = tz || undefined;
}

export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined || Number.isNaN(n) ? '–' : new Intl.NumberFormat().format(Math.round(n));
}

export function formatRate(perSecond: number | null | undefined): string {
  return perSecond ? `${formatNumber(perSecond)} rows/s` : '–';
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium', timeZone: zone }).format(d);
  } catch {
    return d.toLocaleString();
  }
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(undefined, { timeStyle: 'medium', timeZone: zone }).format(d);
  } catch {
    return d.toLocaleTimeString();
  }
}

export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || ms < 0 || Number.isNaN(ms)) return '–';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function durationOf(start?: string | null, end?: string | null): number | null {
  if (!start) return null;
  const a = new Date(start).getTime();
  const b = end ? new Date(end).getTime() : Date.now();
  return Number.isNaN(a) || Number.isNaN(b) ? null : b - a;
}

export function percent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined) return '–';
  const r = ratio > 1 ? ratio / 100 : ratio; // the server may send 0.97 or 97
  return `${(r * 100).toFixed(1)} %`;
}

export const TIMEZONES: string[] = (() => {
  const withValues = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
  try {
    return withValues.supportedValuesOf ? withValues.supportedValuesOf('timeZone') : ['UTC', 'Europe/Berlin', 'Europe/London', 'America/New_York'];
  } catch {
    return ['UTC'];
  }
})();
