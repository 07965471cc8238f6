// The one place where JSON of the endpoints still being written is turned into the console's types.
// Each reader accepts the names we expect and the obvious alternatives (camelCase or snake_case,
// arrays or {items}), so a server that differs a little still shows right. Adjust here after merge.
import type {
  AlertEvent,
  AuditEntry,
  BackfillResult,
  ChildPreview,
  ComponentSpec,
  Dashboard,
  DiscoveredStream,
  FieldInfo,
  LedgerCounts,
  LiveMessage,
  LogLine,
  NodePreview,
  Pipeline,
  PipelineTemplate,
  Rejected,
  RunDetail,
  RunStatus,
  RunSummary,
  Schedule,
  StreamLedger,
  ValidationResult,
} from './types';

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown, d = ''): string => (v === null || v === undefined ? d : String(v));
const num = (v: unknown, d = 0): number => (typeof v === 'number' ? v : v == null || v === '' ? d : Number(v) || d);
const optStr = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));

/** First defined value among keys (camelCase first, then snake_case and older names). */
function pick(o: Json, ...keys: string[]): unknown {
  for (const k of keys) if (o[k] !== undefined) return o[k];
  return undefined;
}

/** A list, from a bare array or a page object ({items}, {content}, {data}). */
export function list<T>(v: unknown, each: (x: unknown) => T): T[] {
  const arr = Array.isArray(v) ? v : (pick(obj(v), 'items', 'content', 'data', 'results', 'steps') as unknown[]);
  return Array.isArray(arr) ? arr.map(each) : [];
}

export function total(v: unknown, fallback: number): number {
  const t = pick(obj(v), 'total', 'totalElements', 'count');
  return t === undefined ? fallback : num(t);
}

export function componentSpec(v: unknown): ComponentSpec {
  const o = obj(v);
  return {
    id: str(o.id),
    // The server names kinds in upper case and lists a connector once per kind.
    kind: str(pick(o, 'kind', 'kinds', 'type'), 'step').toLowerCase(),
    title: str(o.title, str(o.id)),
    description: str(o.description),
    configSchema: obj(pick(o, 'configSchema', 'config_schema', 'schema')) as ComponentSpec['configSchema'],
    answersQueries: o.answersQueries === true,
  };
}

/** A data type as the engine writes it: "bigint", {kind: "DECIMAL", precision, scale} ... */
export function typeName(t: unknown): string {
  if (typeof t === 'string') return t.toLowerCase();
  const o = obj(t);
  const kind = str(pick(o, 'kind', 'name', 'type')).toLowerCase();
  if (kind === 'decimal' && o.precision !== undefined) return `decimal(${o.precision},${num(o.scale)})`;
  return kind || 'unknown';
}

export function field(v: unknown): FieldInfo {
  if (typeof v === 'string') return { name: v, type: '' };
  const o = obj(v);
  const nullable = pick(o, 'nullable', 'optional');
  return { name: str(o.name), type: typeName(pick(o, 'type', 'dataType')), nullable: nullable === undefined ? undefined : Boolean(nullable) };
}

function fields(v: unknown): FieldInfo[] {
  if (Array.isArray(v)) return v.map(field);
  const o = obj(v);
  if (Array.isArray(o.fields)) return o.fields.map(field);
  return [];
}

export function discoveredStream(v: unknown): DiscoveredStream {
  const o = obj(v);
  return {
    name: str(o.name),
    fields: fields(pick(o, 'fields', 'schema')),
    primaryKey: (pick(o, 'primaryKey', 'primary_key') as string[]) ?? [],
    cursorCandidates: (pick(o, 'cursorCandidates', 'cursor_candidates') as string[]) ?? [],
  };
}

export function ledger(v: unknown): LedgerCounts {
  const o = obj(v);
  return {
    read: num(pick(o, 'read', 'rowsRead', 'rows_read')),
    written: num(pick(o, 'written', 'rowsWritten', 'rows_written')),
    rejected: num(pick(o, 'rejected', 'rowsRejected', 'rows_rejected')),
    filtered: num(pick(o, 'filtered', 'rowsFiltered', 'rows_filtered')),
    produced: num(pick(o, 'produced')),
    bytes: num(pick(o, 'bytes', 'bytesRead')),
  };
}

const STATUSES: RunStatus[] = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'cancelling'];
export function runStatus(v: unknown): RunStatus {
  const s = str(v).toLowerCase();
  if (s === 'canceled') return 'cancelled';
  if (s === 'success' || s === 'completed') return 'succeeded';
  return (STATUSES as string[]).includes(s) ? (s as RunStatus) : 'queued';
}

export function runSummary(v: unknown): RunSummary {
  const o = obj(v);
  const nested = pick(o, 'ledger', 'totals');
  return {
    id: str(o.id),
    pipelineId: str(pick(o, 'pipelineId', 'pipeline_id')),
    pipelineName: str(pick(o, 'pipelineName', 'pipeline', 'pipeline_name')),
    pipelineVersion: pick(o, 'pipelineVersion', 'version') as number | undefined,
    status: runStatus(pick(o, 'status', 'state')),
    trigger: optStr(o.trigger) ?? undefined,
    startedBy: optStr(pick(o, 'startedBy', 'started_by')) ?? undefined,
    queuedAt: optStr(pick(o, 'queuedAt', 'createdAt', 'queued_at')) ?? undefined,
    startedAt: optStr(pick(o, 'startedAt', 'started_at')),
    finishedAt: optStr(pick(o, 'finishedAt', 'endedAt', 'finished_at')),
    ledger: ledger(nested ?? o),
    error: optStr(pick(o, 'error', 'message', 'failure')),
  };
}

export function streamLedger(v: unknown): StreamLedger {
  const o = obj(v);
  return { stream: str(pick(o, 'stream', 'name')), status: optStr(o.status) ?? undefined, message: optStr(o.message), ...ledger(pick(o, 'ledger') ?? o) };
}

export function runDetail(v: unknown): RunDetail {
  const o = obj(v);
  return {
    ...runSummary(v),
    streams: list(pick(o, 'streams', 'ledgers'), streamLedger),
    rowsPerSecond: num(pick(o, 'rowsPerSecond', 'rate')),
    rowsTotal: (pick(o, 'rowsTotal', 'estimatedRows') as number | null | undefined) ?? null,
    bytesRead: num(pick(o, 'bytesRead')),
    bytesTotal: (pick(o, 'bytesTotal') as number | null | undefined) ?? null,
  };
}

export function rejected(v: unknown): Rejected {
  const o = obj(v);
  return {
    stream: optStr(o.stream) ?? undefined,
    position: pick(o, 'position', 'line', 'row') as number | undefined,
    field: optStr(o.field) ?? undefined,
    reason: str(pick(o, 'reason', 'message')),
    raw: optStr(pick(o, 'raw', 'input')) ?? undefined,
  };
}

/** Rows as arrays in the order of the fields, from arrays or from objects keyed by field name. */
function rowsOf(v: unknown, fs: FieldInfo[]): unknown[][] {
  return (Array.isArray(v) ? v : []).map((r) => (Array.isArray(r) ? r : fs.map((f) => obj(r)[f.name])));
}

export function nodePreview(v: unknown): NodePreview {
  const o = obj(v);
  const fs = fields(pick(o, 'fields', 'schema'));
  const step = num(o.step);
  const name = str(o.name);
  const children = list(pick(o, 'children', 'childStreams'), (c): ChildPreview => {
    const q = obj(c);
    const cfs = fields(pick(q, 'fields', 'schema'));
    return { stream: str(pick(q, 'stream', 'name')), fields: cfs, rows: rowsOf(q.rows, cfs), step, stepName: name };
  });
  return { step, name, fields: fs, rows: rowsOf(o.rows, fs), rejected: list(o.rejected, rejected), children };
}

export function backfillResult(v: unknown): BackfillResult {
  const o = obj(v);
  return {
    scheduleId: str(pick(o, 'scheduleId', 'schedule_id')),
    pipelineId: str(pick(o, 'pipelineId', 'pipeline_id')),
    runs: list(o.runs, (r) => {
      const q = obj(r);
      return { runId: str(pick(q, 'runId', 'id')), cursorFrom: str(pick(q, 'cursorFrom', 'from')), cursorTo: str(pick(q, 'cursorTo', 'to')) };
    }),
  };
}

export function pipeline(v: unknown): Pipeline {
  const o = obj(v);
  const last = pick(o, 'lastRun', 'last_run');
  const schedule = obj(pick(o, 'schedule'));
  return {
    id: str(o.id),
    name: str(o.name),
    description: optStr(o.description),
    version: num(pick(o, 'version', 'currentVersion', 'current_version'), 1),
    yaml: optStr(o.yaml) ?? undefined,
    spec: (pick(o, 'spec', 'pipeline', 'definition') as Pipeline['spec']) ?? undefined,
    createdBy: optStr(pick(o, 'createdBy')) ?? undefined,
    createdAt: optStr(o.createdAt) ?? undefined,
    updatedAt: optStr(o.updatedAt) ?? undefined,
    lastRun: last ? runSummary(last) : null,
    schedule: schedule.cron
      ? { cron: str(schedule.cron), timezone: str(schedule.timezone, 'UTC'), description: optStr(pick(schedule, 'description', 'human')) ?? undefined, paused: Boolean(schedule.paused) }
      : null,
    status: optStr(o.status) ?? undefined,
  };
}

export function template(v: unknown): PipelineTemplate {
  const o = obj(v);
  return {
    id: str(pick(o, 'id', 'name')),
    title: str(pick(o, 'title', 'name')),
    description: str(o.description),
    pipeline: (pick(o, 'pipeline', 'spec', 'definition') as PipelineTemplate['pipeline']) ?? { name: '', source: {}, destination: {} },
  };
}

export function validation(v: unknown): ValidationResult {
  const o = obj(v);
  const problems = list(pick(o, 'problems', 'errors'), (p) => {
    const q = obj(p);
    return { line: num(q.line), field: str(pick(q, 'field', 'path')), message: str(pick(q, 'message', 'detail')) };
  });
  return { valid: o.valid === undefined ? problems.length === 0 : Boolean(o.valid), problems };
}

export function schedule(v: unknown): Schedule {
  const o = obj(v);
  return {
    id: str(o.id),
    pipelineId: str(pick(o, 'pipelineId', 'pipeline_id')),
    pipelineName: optStr(pick(o, 'pipelineName', 'pipeline')) ?? undefined,
    cron: str(o.cron),
    timezone: str(pick(o, 'timezone', 'timeZone', 'zone'), 'UTC'),
    description: optStr(pick(o, 'description', 'human', 'humanReadable', 'reading')) ?? undefined,
    paused: Boolean(o.paused),
    nextRuns: ((pick(o, 'nextRuns', 'next_runs', 'nextFireTimes') as unknown[]) ?? []).map((x) => str(x)),
    dependsOn: ((pick(o, 'dependsOn', 'dependencies', 'after') as unknown[]) ?? []).map((x) =>
      typeof x === 'string' ? x : str(pick(obj(x), 'pipelineId', 'id')),
    ),
  };
}

export function alertEvent(v: unknown): AlertEvent {
  const o = obj(v);
  return {
    id: str(o.id),
    ruleId: optStr(pick(o, 'ruleId')) ?? undefined,
    ruleName: optStr(pick(o, 'ruleName', 'rule')) ?? undefined,
    pipelineId: optStr(pick(o, 'pipelineId')) ?? undefined,
    pipelineName: optStr(pick(o, 'pipelineName', 'pipeline')) ?? undefined,
    runId: optStr(pick(o, 'runId')),
    severity: optStr(o.severity) ?? undefined,
    message: str(pick(o, 'message', 'detail')),
    createdAt: str(pick(o, 'createdAt', 'at', 'firedAt', 'time')),
    acknowledgedAt: optStr(pick(o, 'acknowledgedAt', 'ackedAt')),
    acknowledgedBy: optStr(pick(o, 'acknowledgedBy', 'ackedBy')),
  };
}

export function auditEntry(v: unknown): AuditEntry {
  const o = obj(v);
  return {
    id: (o.id as string | number) ?? '',
    at: str(pick(o, 'at', 'time', 'createdAt', 'timestamp')),
    actor: str(pick(o, 'actor', 'username', 'user', 'who')),
    action: str(pick(o, 'action', 'what')),
    target: optStr(pick(o, 'target', 'resource', 'entity')) ?? undefined,
    detail: optStr(pick(o, 'detail', 'details')) ?? undefined,
    ip: optStr(pick(o, 'ip', 'clientIp', 'from', 'remoteAddress')) ?? undefined,
  };
}

export function logLine(v: unknown): LogLine {
  if (typeof v === 'string') return { time: '', level: 'INFO', message: v };
  const o = obj(v);
  return {
    time: str(pick(o, 'time', '@timestamp', 'timestamp', 'at')),
    level: str(pick(o, 'level', 'log.level'), 'INFO').toUpperCase(),
    message: str(pick(o, 'message', 'msg', 'line')),
    runId: optStr(pick(o, 'runId')) ?? undefined,
    stream: optStr(o.stream) ?? undefined,
    logger: optStr(pick(o, 'logger', 'log.logger')) ?? undefined,
  };
}

export function dashboard(v: unknown): Dashboard {
  const o = obj(v);
  const rate = pick(o, 'successRate', 'success_rate');
  return {
    runsToday: num(pick(o, 'runsToday', 'runs_today')),
    successRate: rate === undefined || rate === null ? null : num(rate),
    rowsMoved: num(pick(o, 'rowsMoved', 'rows_moved', 'rowsToday')),
    failures: num(pick(o, 'failures', 'failuresToday', 'failed')),
    throughput: list(pick(o, 'throughput', 'throughputPerHour'), (p) => {
      const q = obj(p);
      return { hour: str(pick(q, 'hour', 'at', 'time')), rows: num(pick(q, 'rows', 'value')) };
    }),
    running: list(pick(o, 'running', 'runningNow'), runSummary),
  };
}

/** A WebSocket message, or null for one the console does not know. */
export function liveMessage(v: unknown): LiveMessage | null {
  const o = obj(v);
  const runId = str(pick(o, 'runId', 'run_id', 'id'));
  switch (str(o.type)) {
    // The server names a run's status change "status" (LiveMessage.Kind.STATUS).
    case 'status':
      return { type: 'run-status', runId, status: runStatus(pick(o, 'status', 'state')), pipelineId: optStr(o.pipelineId) ?? undefined, error: optStr(o.error) ?? undefined };
    case 'progress': {
      const l = ledger(pick(o, 'ledger') ?? o);
      return {
        type: 'progress',
        runId,
        stream: optStr(o.stream) ?? undefined,
        rowsRead: l.read,
        rowsWritten: l.written,
        rowsRejected: l.rejected,
        rowsPerSecond: num(pick(o, 'rowsPerSecond', 'rate')),
        rowsTotal: (pick(o, 'rowsTotal', 'estimatedRows') as number | null | undefined) ?? null,
        bytesRead: num(pick(o, 'bytesRead')),
        bytesTotal: (pick(o, 'bytesTotal') as number | null | undefined) ?? null,
      };
    }
    case 'log':
      return { type: 'log', runId: runId || undefined, line: logLine(pick(o, 'line', 'entry') ?? o) };
    case 'alert':
      return { type: 'alert', event: alertEvent(pick(o, 'event', 'alert') ?? o) };
    case 'subscribed':
      return { type: 'subscribed', topic: str(o.topic) };
    default:
      return null;
  }
}
