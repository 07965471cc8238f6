// Test data in the server's real shapes: schemas as the engine's ConfigSchemas makes them.
import type { JsonSchema, Me, Permission, Role } from '../api/types';

export const postgresSchema: JsonSchema = {
  type: 'object',
  properties: {
    database: { type: 'string', description: 'Database name', minLength: 1 },
    host: { type: 'string', description: 'Server host name or address; default 127.0.0.1' },
    password: { type: 'string', description: 'Password; empty for trust authentication', format: 'password', writeOnly: true },
    port: { type: 'integer', description: 'Server port; default 5432', minimum: 1, maximum: 65535 },
    ssl_mode: { type: 'string', enum: ['disable', 'require'] },
    tables: { type: 'array', items: { type: 'string' } },
  },
  required: ['database'],
  additionalProperties: false,
};

export const csvSchema: JsonSchema = {
  type: 'object',
  properties: {
    path: { type: 'string', description: 'A CSV file, a folder or a glob', minLength: 1 },
    header: { type: 'boolean', description: 'Whether the first line holds the column names. Default: true.' },
    columns: { type: 'object', additionalProperties: { type: 'string' }, description: 'Column types by name' },
  },
  required: ['path'],
};

export const renameSchema: JsonSchema = {
  type: 'object',
  properties: {
    fields: {
      description: 'Fields renamed one by one: from the old name to the new one',
      type: 'array',
      items: { type: 'object', properties: { from: { type: 'string', minLength: 1 }, to: { type: 'string', minLength: 1 } }, required: ['from', 'to'], additionalProperties: false },
    },
    rule: { type: 'string', enum: ['snake_case', 'lower', 'upper'] },
  },
  additionalProperties: false,
};

export const PERMISSIONS: Record<Role, Permission[]> = {
  ADMIN: ['ACCOUNT', 'USERS_ADMIN', 'ADMINS_MANAGE', 'SETTINGS_READ', 'SETTINGS_WRITE', 'CONNECTIONS_READ', 'CONNECTIONS_WRITE', 'PIPELINES_READ', 'PIPELINES_WRITE', 'PREVIEW_DATA', 'RUNS_READ', 'RUNS_TRIGGER', 'LOGS_READ', 'SCHEDULES_READ', 'SCHEDULES_WRITE', 'ALERTS_READ', 'ALERTS_WRITE', 'MONITORING_READ', 'AUDIT_READ', 'DASHBOARDS_READ', 'DASHBOARDS_WRITE', 'ANALYTICS_READ'],
  DEVELOPER: [],
  DESIGNER: ['ACCOUNT', 'SETTINGS_READ', 'CONNECTIONS_READ', 'CONNECTIONS_WRITE', 'PIPELINES_READ', 'PIPELINES_WRITE', 'PREVIEW_DATA', 'RUNS_READ', 'DASHBOARDS_READ'],
  EXECUTOR: ['ACCOUNT', 'SETTINGS_READ', 'CONNECTIONS_READ', 'PIPELINES_READ', 'RUNS_READ', 'RUNS_TRIGGER', 'LOGS_READ', 'SCHEDULES_READ', 'SCHEDULES_WRITE', 'ALERTS_READ', 'ALERTS_WRITE', 'MONITORING_READ', 'DASHBOARDS_READ'],
  VIEWER: ['ACCOUNT', 'SETTINGS_READ', 'CONNECTIONS_READ', 'PIPELINES_READ', 'RUNS_READ', 'SCHEDULES_READ', 'DASHBOARDS_READ'],
  EXECUTIVE: ['ACCOUNT', 'SETTINGS_READ', 'DASHBOARDS_READ', 'ANALYTICS_READ'],
};

export function meAs(role: Role): Me {
  return { id: `id-${role}`, username: role.toLowerCase(), email: `${role.toLowerCase()}@example.org`, role, permissions: PERMISSIONS[role], totpEnabled: false, totpRequired: false, viaApiKey: false };
}

/** A fetch that answers by "METHOD path" and records every call. */
export function fakeFetch(routes: Record<string, (body: unknown, init: RequestInit) => { status?: number; json?: unknown }>) {
  const calls: { method: string; path: string; body: unknown; headers: Record<string, string> }[] = [];
  const fn = async (url: string | URL | Request, init: RequestInit = {}) => {
    const path = String(url).replace(/^https?:\/\/[^/]+/, '');
    const method = init.method ?? 'GET';
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method, path, body, headers: (init.headers ?? {}) as Record<string, string> });
    const key = Object.keys(routes).find((k) => k === `${method} ${path}` || k === `${method} ${path.split('?')[0]}`);
    const answer = key ? routes[key](body, init) : { status: 404, json: { status: 404, detail: `no route ${method} ${path}` } };
    const status = answer.status ?? 200;
    return new Response(answer.json === undefined ? null : JSON.stringify(answer.json), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { fn: fn as typeof fetch, calls };
}

/** lookup's config as `dagg connectors --json lookup` prints it (descriptions shortened). */
export const lookupSchema: JsonSchema = {
  type: 'object',
  properties: {
    columns: { description: 'Reference columns to add to each row', type: 'array', items: { type: 'object', properties: { as: { type: 'string' }, column: { type: 'string', minLength: 1 } }, required: ['column'], additionalProperties: false } },
    delimiter: { type: 'string', description: 'Column separator of the file (default ,)', minLength: 1, maxLength: 1 },
    file: { type: 'string', description: 'CSV file with a header row. Set file or query, not both', minLength: 1 },
    key: { description: 'Which row fields match which reference columns', type: 'array', items: { type: 'object', properties: { column: { type: 'string', minLength: 1 }, field: { type: 'string', minLength: 1 } }, required: ['column', 'field'], additionalProperties: false } },
    on_missing: { type: 'string', enum: ['keep', 'reject', 'drop'] },
    query: {
      type: 'object',
      properties: {
        cache_seconds: { type: 'integer', minimum: 0, maximum: 86400 },
        config: { type: 'object', description: "The connector's settings, as in a source's config" },
        connection: { type: 'string', description: 'A connection stored in the server, by name. Set connection or connector', minLength: 1 },
        connector: { type: 'string', description: 'A connector that runs queries (postgres, mysql, sqlserver), set up by config. Set connection or connector', minLength: 1 },
        sql: { type: 'string', description: 'A read query (SELECT or WITH ...)', minLength: 1 },
      },
      required: ['sql'],
      additionalProperties: false,
      description: 'A read-only database query whose rows are the reference table. Set file or query, not both',
    },
  },
  required: ['columns', 'key'],
  additionalProperties: false,
};

/** The browser's side of one socket: what the console sent, and a way to answer as the server. */
export class ServerSide {
  static OPEN = 1;
  static last: ServerSide;
  readyState = 0;
  sent: unknown[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string) {
    ServerSide.last = this;
  }
  send(text: string) {
    this.sent.push(JSON.parse(text));
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  answer(body: object) {
    this.onmessage?.({ data: JSON.stringify(body) });
  }
}
