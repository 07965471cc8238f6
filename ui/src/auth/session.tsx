// Who is signed in and what they may do, for the whole console.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import { http } from '../api/endpoints';
import type { Me, Permission, Preferences, RoleInfo } from '../api/types';
import { allows, type Action } from './permissions';
import { applyTheme } from '../lib/theme';
import { setTimezone } from '../lib/format';

export interface Session {
  status: 'loading' | 'anonymous' | 'signedIn';
  me: Me | null;
  roles: RoleInfo[];
  preferences: Preferences;
  can: (action: Action) => boolean;
  login: (username: string, password: string, totp?: string) => Promise<void>;
  logout: () => Promise<void>;
  setPreferences: (p: Preferences) => void;
}

const DEFAULT_PREFERENCES: Preferences = { theme: 'system', timezone: null };

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The permissions of the signed-in user: from /users/me, else their role's row of /roles. */
export function permissionsOf(me: Me | null, roles: RoleInfo[]): Set<Permission> {
  if (!me) return new Set();
  if (Array.isArray(me.permissions)) return new Set(me.permissions);
  return new Set(roles.find((r) => r.role === me.role)?.permissions ?? []);
}

/** A session value for tests and for pages shown before login. */
export function makeSession(me: Me | null, roles: RoleInfo[] = [], overrides: Partial<Session> = {}): Session {
  const perms = permissionsOf(me, roles);
  return {
    status: me ? 'signedIn' : 'anonymous',
    me,
    roles,
    preferences: DEFAULT_PREFERENCES,
    can: (action) => allows(perms, action),
    login: async () => undefined,
    logout: async () => undefined,
    setPreferences: () => undefined,
    ...overrides,
  };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Session['status']>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [roles, setRoles] = useState<RoleInfo[]>([]);
  const [preferences, setPrefs] = useState<Preferences>(DEFAULT_PREFERENCES);

  const load = useCallback(async () => {
    const [who, roleList, prefs] = await Promise.all([http.me(), http.roles().catch(() => []), http.preferences().catch(() => DEFAULT_PREFERENCES)]);
    setMe(who);
    setRoles(roleList);
    setPrefs(prefs);
    applyTheme(prefs.theme);
    setTimezone(prefs.timezone);
    setStatus('signedIn');
  }, []);

  useEffect(() => {
    const off = api.onSessionChange((signedIn) => {
      if (!signedIn) {
        setMe(null);
        setStatus('anonymous');
      }
    });
    if (api.hasRefreshToken) {
      api
        .refresh()
        .then((ok) => (ok ? load() : setStatus('anonymous')))
        .catch(() => setStatus('anonymous'));
    } else {
      setStatus('anonymous');
    }
    return () => {
      off();
    };
  }, [load]);

  const value = useMemo<Session>(() => {
    const perms = permissionsOf(me, roles);
    return {
      status,
      me,
      roles,
      preferences,
      can: (action) => allows(perms, action),
      login: async (username, password, totp) => {
        await api.login(username, password, totp);
        await load();
      },
      logout: async () => {
        await api.logout();
        setMe(null);
        setStatus('anonymous');
      },
      setPreferences: (p) => {
        setPrefs(p);
        applyTheme(p.theme);
        setTimezone(p.timezone);
      },
    };
  }, [status, me, roles, preferences, load]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
