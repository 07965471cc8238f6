// Every API call the console makes, by resource. Paths follow issue 5; the JSON of endpoints not yet
// merged is read through normalize.ts. Query parameter names marked UNCERTAIN are guesses.
import { api, type ApiClient } from './client';
import * as n from './normalize';
import { toYaml } from '../lib/pipelineYaml';
import type {
  AlertRule,
  ApiKey,
  BackfillRequest,
  CheckResult,
  ConnectionRequest,
  Connection,
  Me,
  MappingSuggestion,
  Page,
  PipelineDoc,
  PipelineVersion,
  Preferences,
  RoleInfo,
  Role,
  ScheduleRequest,
  SystemSetting,
  User,
  FieldInfo,
} from './types';

const q = (params: Record<string, string | number | boolean | undefined | null>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};

export function endpoints(c: ApiClient = api) {
  return {
    me: () => c.get<Me>('/api/v1/users/me'),
    roles: () => c.get<RoleInfo[]>('/api/v1/roles'),
    changePassword: (currentPassword: string, newPassword: string) => c.put<void>('/api/v1/users/me/password', { currentPassword, newPassword }),
    preferences: () => c.get<Preferences>('/api/v1/users/me/preferences'),
    savePreferences: (p: Preferences) => c.put<Preferences>('/api/v1/users/me/preferences', { theme: p.theme, timezone: p.timezone }),
    totp: {
      enrol: () => c.post<{ secret: string; otpauthUri: string }>('/api/v1/auth/totp'),
      confirm: (code: string) => c.post<void>('/api/v1/auth/totp/confirm', { code }),
      disable: (code: string) => c.post<void>('/api/v1/auth/totp/disable', { code }),
    },

    users: {
      list: () => c.get<User[]>('/api/v1/users'),
      create: (u: { username: string; email: string; password: string; role: Role }) => c.post<User>('/api/v1/users', u),
      changeRole: (id: string, role: Role) => c.put<User>(`/api/v1/users/${id}/role`, { role }),
      setEnabled: (id: string, enabled: boolean) => c.post<User>(`/api/v1/users/${id}/${enabled ? 'enable' : 'disable'}`),
      resetPassword: (id: string, password: string) => c.post<User>(`/api/v1/users/${id}/password`, { password }),
      unlock: (id: string) => c.post<User>(`/api/v1/users/${id}/unlock`),
      requireTotp: (id: string, required: boolean) => c.put<User>(`/api/v1/users/${id}/totp`, { required }),
    },
    apiKeys: {
      list: () => c.get<ApiKey[]>('/api/v1/api-keys'),
      create: (name: string) => c.post<ApiKey>('/api/v1/api-keys', { name }),
      revoke: (id: string) => c.delete(`/api/v1/api-keys/${id}`),
    },
    settings: {
      list: () => c.get<SystemSetting[]>('/api/v1/settings'),
      set: (name: string, value: string) => c.put<SystemSetting>(`/api/v1/settings/${encodeURIComponent(name)}`, { value }),
    },

    connectors: async () => n.list(await c.get('/api/v1/connectors'), n.componentSpec),
    transforms: async () => n.list(await c.get('/api/v1/transforms'), n.componentSpec),

    connections: {
      list: () => c.get<unknown>('/api/v1/connections').then((v) => n.list(v, (x) => x as Connection)),
      get: (id: string) => c.get<Connection>(`/api/v1/connections/${id}`),
      create: (r: ConnectionRequest) => c.post<Connection>('/api/v1/connections', r),
      update: (id: string, r: ConnectionRequest) => c.put<Connection>(`/api/v1/connections/${id}`, r),
      remove: (id: string) => c.delete(`/api/v1/connections/${id}`),
      test: (id: string) => c.post<CheckResult>(`/api/v1/connections/${id}/test`),
      discover: async (id: string) => {
        const v = await c.post<unknown>(`/api/v1/connections/${id}/discover`);
        const streams = (v as { streams?: unknown }).streams ?? v;
        return n.list(streams, n.discoveredStream);
      },
    },

    pipelines: {
      list: async () => n.list(await c.get('/api/v1/pipelines'), n.pipeline),
      get: async (id: string) => n.pipeline(await c.get(`/api/v1/pipelines/${id}`)),
      /** UNCERTAIN: the body is {yaml}; issue 5 also allows JSON in the YAML's shape. */
      create: async (spec: PipelineDoc) => n.pipeline(await c.post('/api/v1/pipelines', { yaml: toYaml(spec) })),
      update: async (id: string, spec: PipelineDoc) => n.pipeline(await c.put(`/api/v1/pipelines/${id}`, { yaml: toYaml(spec) })),
      remove: (id: string) => c.delete(`/api/v1/pipelines/${id}`),
      versions: async (id: string) => n.list(await c.get(`/api/v1/pipelines/${id}/versions`), (x) => x as PipelineVersion),
      importYaml: async (yaml: string) => n.pipeline(await c.post('/api/v1/pipelines/import', { yaml })),
      exportYaml: (id: string) => c.get<string>(`/api/v1/pipelines/${id}/export`, { text: true }),
      /** UNCERTAIN: validates the draft sent as {yaml}, or the stored version without a body. */
      validate: async (id: string, spec?: PipelineDoc) => n.validation(await c.post(`/api/v1/pipelines/${id}/validate`, spec ? { yaml: toYaml(spec) } : undefined)),
      preview: async (id: string, step?: number, rows = 50) => n.list(await c.post(`/api/v1/pipelines/${id}/preview${q({ step, rows })}`), n.nodePreview),
      templates: async () => n.list(await c.get('/api/v1/pipeline-templates'), n.template),
      run: async (id: string) => n.runSummary(await c.post(`/api/v1/pipelines/${id}/runs`)),
    },
    suggestMapping: async (source: FieldInfo[], target: FieldInfo[]) =>
      n.list(await c.post('/api/v1/mapping/suggest', { source, target }), (x) => x as MappingSuggestion),

    runs: {
      /** UNCERTAIN filter names: pipelineId, status, from, to, page, size. */
      list: async (f: { pipelineId?: string; status?: string; from?: string; to?: string; page?: number; size?: number } = {}): Promise<Page<ReturnType<typeof n.runSummary>>> => {
        const v = await c.get(`/api/v1/runs${q(f)}`);
        const items = n.list(v, n.runSummary);
        return { items, total: n.total(v, items.length) };
      },
      get: async (id: string) => n.runDetail(await c.get(`/api/v1/runs/${id}`)),
      cancel: (id: string) => c.post<void>(`/api/v1/runs/${id}/cancel`),
      retry: async (id: string) => n.runSummary(await c.post(`/api/v1/runs/${id}/retry`)),
      logs: async (id: string) => n.list(await c.get(`/api/v1/runs/${id}/logs`), n.logLine),
      rejected: async (id: string, page = 0) => n.list(await c.get(`/api/v1/runs/${id}/rejected${q({ page, size: 100 })}`), n.rejected),
    },

    schedules: {
      list: async () => n.list(await c.get('/api/v1/schedules'), n.schedule),
      create: async (r: ScheduleRequest) => n.schedule(await c.post('/api/v1/schedules', r)),
      update: async (id: string, r: ScheduleRequest) => n.schedule(await c.put(`/api/v1/schedules/${id}`, r)),
      remove: (id: string) => c.delete(`/api/v1/schedules/${id}`),
      pause: (id: string) => c.post<void>(`/api/v1/schedules/${id}/pause`),
      resume: (id: string) => c.post<void>(`/api/v1/schedules/${id}/resume`),
      /** 202 with one run per step of the cursor range; 400 names the field at fault. */
      backfill: async (id: string, r: BackfillRequest) => n.backfillResult(await c.post(`/api/v1/schedules/${id}/backfill`, r)),
    },

    alerts: {
      rules: () => c.get<unknown>('/api/v1/alerts/rules').then((v) => n.list(v, (x) => x as AlertRule)),
      createRule: (r: Omit<AlertRule, 'id'>) => c.post<AlertRule>('/api/v1/alerts/rules', r),
      updateRule: (id: string, r: Omit<AlertRule, 'id'>) => c.put<AlertRule>(`/api/v1/alerts/rules/${id}`, r),
      removeRule: (id: string) => c.delete(`/api/v1/alerts/rules/${id}`),
      events: async (f: { acknowledged?: boolean; size?: number } = {}) => n.list(await c.get(`/api/v1/alerts/events${q(f)}`), n.alertEvent),
      ack: (id: string) => c.post<void>(`/api/v1/alerts/events/${id}/ack`),
    },

    /** UNCERTAIN filter names: q (free text), actor, action, from, to. */
    audit: async (f: { q?: string; actor?: string; action?: string; from?: string; to?: string; size?: number } = {}) =>
      n.list(await c.get(`/api/v1/audit${q(f)}`), n.auditEntry),
    dashboard: async () => n.dashboard(await c.get('/api/v1/dashboard')),
    /** UNCERTAIN filter names: q, level, runId, from, to. */
    logs: async (f: { q?: string; level?: string; runId?: string; from?: string; to?: string; size?: number } = {}) =>
      n.list(await c.get(`/api/v1/logs${q(f)}`), n.logLine),
  };
}

export const http = endpoints();
