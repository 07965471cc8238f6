// A cron expression in words, shown as the user types ("every day at 06:00 Europe/Berlin"). The
// server's own reading and next run times are shown once saved; this is the live echo. Accepts
// five fields (minute hour day month weekday) and Quartz's six or seven (seconds first, year last).

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

const MACROS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

export type CronReading = { ok: true; text: string } | { ok: false; error: string };

interface Part {
  any: boolean;
  step?: number;
  values: number[];
  raw: string;
}

function parsePart(raw: string, min: number, max: number, names: string[] = [], nameBase = 0, what: string): Part {
  const text = raw.toUpperCase();
  if (text === '*' || text === '?') return { any: true, values: [], raw };
  const values = new Set<number>();
  let step: number | undefined;
  const value = (s: string): number => {
    const named = names.indexOf(s);
    const v = named >= 0 ? named + nameBase : Number(s);
    if (!/^\d+$/.test(s) && named < 0) throw new Error(`'${s}' is not a valid ${what}`);
    // Quartz counts weekdays 1-7 from Sunday, Unix 0-7 from Sunday (7 is Sunday again).
    if (v < min || v > max) throw new Error(`${what} ${s} is outside ${min}-${max}`);
    return v;
  };
  for (const item of text.split(',')) {
    const [range, stepText] = item.split('/');
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) === 0) throw new Error(`'${item}' has a bad step`);
      step = Number(stepText);
    }
    let from = min;
    let to = max;
    if (range !== '*' && range !== '?') {
      const [a, b] = range.split('-');
      from = value(a);
      to = b === undefined ? (stepText ? max : from) : value(b);
    }
    if (from > to) throw new Error(`'${item}' runs backwards`);
    for (let v = from; v <= to; v += step ?? 1) values.add(v);
    if (range === '*' && stepText) return { any: false, step, values: [...values], raw };
  }
  return { any: false, step: undefined, values: [...values].sort((x, y) => x - y), raw };
}

const two = (n: number) => String(n).padStart(2, '0');

function joinWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Consecutive runs read as ranges: Monday to Friday. */
function listOf(values: number[], name: (v: number) => string): string {
  const groups: number[][] = [];
  for (const v of values) {
    const g = groups[groups.length - 1];
    if (g && v === g[g.length - 1] + 1) g.push(v);
    else groups.push([v]);
  }
  return joinWords(groups.map((g) => (g.length > 2 ? `${name(g[0])} to ${name(g[g.length - 1])}` : g.map(name).join(' and '))));
}

function timeOf(minute: Part, hour: Part): string {
  if (minute.any && hour.any) return 'every minute';
  if (minute.step && hour.any) return `every ${minute.step} minutes`;
  if (minute.any) return `every minute of hour ${listOf(hour.values, two)}`;
  if (minute.step) return `every ${minute.step} minutes during hour ${listOf(hour.values, two)}`;
  if (hour.any) return minute.values.length === 1 && minute.values[0] === 0 ? 'every hour, on the hour' : `every hour at minute ${joinWords(minute.values.map(String))}`;
  if (hour.step) return `every ${hour.step} hours at minute ${joinWords(minute.values.map(String))}`;
  const times = hour.values.flatMap((h) => minute.values.map((m) => `${two(h)}:${two(m)}`));
  return times.length > 6 ? `at minute ${joinWords(minute.values.map(String))} of hour ${listOf(hour.values, two)}` : `at ${joinWords(times)}`;
}

export function describeCron(expression: string, timezone?: string): CronReading {
  const trimmed = expression.trim();
  if (!trimmed) return { ok: false, error: 'Write a cron expression, e.g. 0 6 * * * for 06:00 every day.' };
  const expanded = MACROS[trimmed.toLowerCase()] ?? trimmed;
  let parts = expanded.split(/\s+/);
  if (parts.length === 6 || parts.length === 7) parts = parts.slice(1, 6); // Quartz: drop seconds (and year)
  if (parts.length !== 5) return { ok: false, error: `A cron expression has 5 fields (minute hour day month weekday), this one has ${expanded.split(/\s+/).length}.` };
  try {
    const quartz = expanded.split(/\s+/).length >= 6;
    const minute = parsePart(parts[0], 0, 59, [], 0, 'minute');
    const hour = parsePart(parts[1], 0, 23, [], 0, 'hour');
    const dom = parsePart(parts[2], 1, 31, [], 0, 'day of month');
    const month = parsePart(parts[3], 1, 12, MONTH_NAMES, 1, 'month');
    const dowRaw = parsePart(parts[4], quartz ? 1 : 0, 7, DAY_NAMES, quartz ? 1 : 0, 'weekday');
    const dow = { ...dowRaw, values: [...new Set(dowRaw.values.map((v) => (quartz ? v - 1 : v % 7)))].sort((a, b) => a - b) };

    const time = timeOf(minute, hour);
    const recurring = time.startsWith('every');
    let days: string;
    if (!dow.any && dow.values.length < 7) {
      const names = listOf(dow.values, (d) => DAYS[d]);
      days = `every ${names}`;
    } else if (!dom.any) {
      days = dom.step ? `every ${dom.step} days` : `on day ${joinWords(dom.values.map(String))} of the month`;
    } else {
      days = recurring ? '' : 'every day';
    }
    const months = month.any ? '' : `in ${listOf(month.values, (m) => MONTHS[m - 1])}`;
    const text = [recurring ? time : '', days, recurring ? '' : time, months, timezone ?? ''].filter(Boolean).join(' ');
    return { ok: true, text };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
