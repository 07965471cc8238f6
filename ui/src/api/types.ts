// The shapes the console reads and sends. Endpoints that exist in the server today (auth, users,
// roles, settings, preferences, API keys) are exact; the rest follow issue 5's contract and are
// marked UNCERTAIN where the field names are our best reading of it. Incoming JSON for the
// uncertain ones goes through normalize.ts, so a renamed field is fixed in one place.

export type Role = 'ADMIN' | 'DEVELOPER' | 'DESIGNER' | 'EXECUTOR' | 'VIEWER' | 'EXECUTIVE';

export type Permission =
  | 'ACCOUNT'
  | 'USERS_ADMIN'
  | 'ADMINS_MANAGE'
  | 'SETTINGS_READ'
  | 'SETTINGS_WRITE'
  | 'CONNECTIONS_READ'
  | 'CONNECTIONS_WRITE'
  | 'PIPELINES_READ'
  | 'PIPELINES_WRITE'
  | 'PREVIEW_DATA'
  | 'RUNS_READ'
  | 'RUNS_TRIGGER'
  | 'LOGS_READ'
  | 'SCHEDULES_READ'
  | 'SCHEDULES_WRITE'
  | 'ALERTS_READ'
  | 'ALERTS_WRITE'
  | 'MONITORING_READ'
  | 'AUDIT_READ'
  | 'DASHBOARDS_READ'
  | 'DASHBOARDS_WRITE'
  | 'ANALYTICS_READ';

/** POST /api/v1/auth/login and /refresh. */
export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType?: string;
}

/** application/problem+json, with the extra properties the server adds. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  totpRequired?: boolean;
  secret?: string;
  otpauthUri?: string;
  lockedUntil?: string;
  errors?: { field: string; message: string }[];
  [key: string]: unknown;
}

/** GET /api/v1/users/me. */
export interface Me {
  id: string;
  username: string;
  email: string;
  role: Role;
  permissions: Permission[];
  totpEnabled: boolean;
  totpRequired: boolean;
  viaApiKey: boolean;
}

/** GET /api/v1/roles. */
export interface RoleInfo {
  role: Role;
  description: string;
  enabled: boolean;
  permissions: Permission[];
}

export interface User {
  id: string;
  username: string;
  email: string;
  role: Role;
  enabled: boolean;
  totpEnabled: boolean;
  totpRequired: boolean;
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  key: string | null;
}

export interface Preferences {
  theme: 'light' | 'dark' | 'system';
  timezone: string | null;
  timezoneIsDefault?: boolean;
}

export interface SystemSetting {
  name: string;
  value: string;
  defaultValue: string;
  description: string;
}

// ---- JSON Schema (as ConfigSchemas.of makes it: victools, draft 2020-12) ----

export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  writeOnly?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  additionalProperties?: boolean | JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

// ---- Connectors, transforms, connections (UNCERTAIN: issue 5 + brief) ----

/** GET /api/v1/connectors and /api/v1/transforms. kind: "source", "destination", "source, destination", "step". */
export interface ComponentSpec {
  id: string;
  kind: string;
  title: string;
  description: string;
  configSchema: JsonSchema;
  /** A source a lookup step can query by SQL (postgres, mysql, sqlserver). */
  answersQueries?: boolean;
}

export interface Connection {
  id: string;
  name: string;
  connector: string;
  config: Record<string, unknown>;
  description?: string | null;
  createdBy?: string;
  createdAt?: string;
  updatedBy?: string;
  updatedAt?: string;
}

export interface ConnectionRequest {
  name: string;
  connector: string;
  config: Record<string, unknown>;
  description?: string;
}

export interface CheckResult {
  ok: boolean;
  message: string;
}

export interface FieldInfo {
  name: string;
  type: string;
  nullable?: boolean;
}

export interface DiscoveredStream {
  name: string;
  fields: FieldInfo[];
  primaryKey: string[];
  cursorCandidates: string[];
}

// ---- Pipelines (UNCERTAIN) ----

/** A pipeline written as JSON in the shape of its YAML file (snake_case keys inside configs). */
export interface PipelineDoc {
  name: string;
  description?: string;
  source: EndpointDoc & { streams?: (string | { name: string; cursor?: string })[] };
  transforms?: Record<string, unknown>[];
  destination: EndpointDoc & { mode?: string; key?: string[] | string; table?: string };
  quality?: { max_rejected_ratio?: number };
}

export interface EndpointDoc {
  connector?: string;
  connection?: string;
  config?: Record<string, unknown>;
}

export interface Pipeline {
  id: string;
  name: string;
  description?: string | null;
  version: number;
  yaml?: string;
  spec?: PipelineDoc;
  createdBy?: string;
  createdAt?: string;
  updatedAt?: string;
  lastRun?: RunSummary | null;
  schedule?: { cron: string; timezone: string; description?: string; paused?: boolean } | null;
  status?: string;
}

export interface PipelineVersion {
  version: number;
  comment?: string | null;
  createdBy: string;
  createdAt: string;
}

export interface ValidationProblem {
  line: number;
  field: string;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  problems: ValidationProblem[];
}

export interface Rejected {
  stream?: string;
  position?: number;
  field?: string;
  reason: string;
  raw?: string;
}

export interface NodePreview {
  step: number;
  name: string;
  fields: FieldInfo[];
  rows: unknown[][];
  rejected: Rejected[];
  /** The rows this node sent into child streams (explode with `into:`); usually none. */
  children: ChildPreview[];
}

/** The rows one node sent into a child stream, with the node that sent them. */
export interface ChildPreview {
  stream: string;
  fields: FieldInfo[];
  rows: unknown[][];
  step: number;
  stepName: string;
}

export interface PipelineTemplate {
  id: string;
  title: string;
  description: string;
  pipeline: PipelineDoc;
}

export interface MappingSuggestion {
  source: string;
  target: string;
  score: number;
  reason: string;
}

// ---- Runs (UNCERTAIN) ----

export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled' | 'cancelling';

export interface LedgerCounts {
  read: number;
  written: number;
  rejected: number;
  filtered: number;
  produced?: number;
  bytes?: number;
}

export interface StreamLedger extends LedgerCounts {
  stream: string;
  status?: string;
  message?: string | null;
}

export interface RunSummary {
  id: string;
  pipelineId: string;
  pipelineName: string;
  pipelineVersion?: number;
  status: RunStatus;
  trigger?: string;
  startedBy?: string;
  queuedAt?: string;
  startedAt?: string | null;
  finishedAt?: string | null;
  ledger: LedgerCounts;
  error?: string | null;
}

export interface RunDetail extends RunSummary {
  streams: StreamLedger[];
  /** Live figures; the server may send them on the run or only over the WebSocket. */
  rowsPerSecond?: number;
  rowsTotal?: number | null;
  bytesRead?: number;
  bytesTotal?: number | null;
}

export interface LogLine {
  time: string;
  level: string;
  message: string;
  runId?: string;
  stream?: string;
  logger?: string;
}

export interface Page<T> {
  items: T[];
  total?: number;
}

// ---- Schedules, alerts, audit, dashboard (UNCERTAIN) ----

export interface Schedule {
  id: string;
  pipelineId: string;
  pipelineName?: string;
  cron: string;
  timezone: string;
  description?: string;
  paused: boolean;
  nextRuns: string[];
  dependsOn: string[];
}

export interface ScheduleRequest {
  pipelineId: string;
  cron: string;
  timezone: string;
  dependsOn?: string[];
}

/** POST /api/v1/schedules/{id}/backfill: bounds inclusive; step P1D, PT6H or a whole number. */
export interface BackfillRequest {
  from: string;
  to: string;
  step?: string;
}

/** Its 202 answer: the runs started, one per cursor range. */
export interface BackfillResult {
  scheduleId: string;
  pipelineId: string;
  runs: { runId: string; cursorFrom: string; cursorTo: string }[];
}

export type AlertKind = 'run_failed' | 'duration_over' | 'rows_under' | 'rows_over' | 'anomaly';

export interface AlertRule {
  id: string;
  name: string;
  kind: AlertKind | string;
  pipelineId?: string | null;
  threshold?: number | null;
  channels: string[];
  webhookUrl?: string | null;
  email?: string | null;
  enabled: boolean;
}

export interface AlertEvent {
  id: string;
  ruleId?: string;
  ruleName?: string;
  pipelineId?: string;
  pipelineName?: string;
  runId?: string | null;
  severity?: string;
  message: string;
  createdAt: string;
  acknowledgedAt?: string | null;
  acknowledgedBy?: string | null;
}

export interface AuditEntry {
  id: string | number;
  at: string;
  actor: string;
  action: string;
  target?: string;
  detail?: string;
  ip?: string;
}

export interface Dashboard {
  runsToday: number;
  successRate: number | null;
  rowsMoved: number;
  failures: number;
  throughput: { hour: string; rows: number }[];
  running: RunSummary[];
}

// ---- Live updates over /ws (UNCERTAIN) ----

export type LiveMessage =
  | { type: 'run-status'; runId: string; status: RunStatus; pipelineId?: string; error?: string }
  | {
      type: 'progress';
      runId: string;
      stream?: string;
      rowsRead: number;
      rowsWritten: number;
      rowsRejected: number;
      rowsPerSecond: number;
      rowsTotal?: number | null;
      bytesRead?: number;
      bytesTotal?: number | null;
    }
  | { type: 'log'; runId?: string; line: LogLine }
  | { type: 'alert'; event: AlertEvent }
  /** The server now sends the topic's messages: what a page loaded before may have changed unheard. */
  | { type: 'subscribed'; topic: string };
