// What each thing the console offers needs. Pages ask `can('pipelines.edit')`, never a role name,
// so the console hides exactly what the server would refuse (403). One table, like the server's.
import type { Permission } from '../api/types';

export const ACTIONS = {
  'dashboard.view': 'DASHBOARDS_READ',
  'connections.view': 'CONNECTIONS_READ',
  'connections.edit': 'CONNECTIONS_WRITE',
  'pipelines.view': 'PIPELINES_READ',
  'pipelines.edit': 'PIPELINES_WRITE',
  'pipelines.preview': 'PREVIEW_DATA',
  'runs.view': 'RUNS_READ',
  'runs.trigger': 'RUNS_TRIGGER',
  'logs.view': 'LOGS_READ',
  'schedules.view': 'SCHEDULES_READ',
  'schedules.edit': 'SCHEDULES_WRITE',
  'alerts.view': 'ALERTS_READ',
  'alerts.edit': 'ALERTS_WRITE',
  'monitoring.view': 'MONITORING_READ',
  'users.admin': 'USERS_ADMIN',
  'audit.view': 'AUDIT_READ',
  'settings.view': 'SETTINGS_READ',
  'settings.edit': 'SETTINGS_WRITE',
  account: 'ACCOUNT',
} as const satisfies Record<string, Permission>;

export type Action = keyof typeof ACTIONS;

export function allows(permissions: ReadonlySet<Permission> | readonly Permission[], action: Action): boolean {
  const needed = ACTIONS[action];
  return Array.isArray(permissions) ? permissions.includes(needed) : (permissions as ReadonlySet<Permission>).has(needed);
}
