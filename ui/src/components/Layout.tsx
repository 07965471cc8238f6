// The frame of every signed-in page: skip link, navigation (a menu button on a phone), the user's
// name and role, and log out. Only the pages the role may see are listed.
import { useState, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useSession } from '../auth/session';
import type { Action } from '../auth/permissions';
import { Button } from './ui';

export const NAV: { to: string; label: string; action: Action }[] = [
  { to: '/', label: 'Dashboard', action: 'dashboard.view' },
  { to: '/connections', label: 'Connections', action: 'connections.view' },
  { to: '/pipelines', label: 'Pipelines', action: 'pipelines.view' },
  { to: '/runs', label: 'Runs', action: 'runs.view' },
  { to: '/schedules', label: 'Schedules', action: 'schedules.view' },
  { to: '/monitoring', label: 'Monitoring & alerts', action: 'alerts.view' },
  { to: '/logs', label: 'Logs', action: 'logs.view' },
  { to: '/users', label: 'Users & roles', action: 'users.admin' },
  { to: '/audit', label: 'Audit log', action: 'audit.view' },
  { to: '/api-keys', label: 'API keys', action: 'account' },
  { to: '/settings', label: 'Settings', action: 'account' },
];

export function Layout({ children }: { children: ReactNode }) {
  const { me, can, logout } = useSession();
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const items = NAV.filter((n) => can(n.action));
  const link = ({ isActive }: { isActive: boolean }) =>
    `block rounded-md px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-blue-600 ${
      isActive ? 'bg-blue-700 text-white' : 'text-gray-800 hover:bg-gray-200 dark:text-gray-200 dark:hover:bg-gray-800'
    }`;
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-blue-800">
        Skip to content
      </a>
      <header className="sticky top-0 z-20 flex items-center justify-between gap-2 border-b border-gray-300 bg-white px-4 py-2 dark:border-gray-700 dark:bg-gray-900">
        <div className="flex items-center gap-2">
          <Button variant="ghost" className="lg:hidden" aria-expanded={open} aria-controls="nav" onClick={() => setOpen(!open)}>
            <span aria-hidden="true">☰</span>
            <span className="sr-only">Menu</span>
          </Button>
          <span className="font-semibold text-blue-800 dark:text-blue-300">Data Aggregator</span>
        </div>
        <div className="flex items-center gap-3 text-sm">
          <span className="hidden text-gray-800 sm:inline dark:text-gray-200" data-testid="whoami">
            {me?.username} <span className="text-gray-700 dark:text-gray-300">({me?.role.toLowerCase()})</span>
          </span>
          <Button onClick={() => void logout()}>Log out</Button>
        </div>
      </header>
      <div className="lg:flex">
        <nav id="nav" aria-label="Main" className={`${open ? 'block' : 'hidden'} border-b border-gray-300 bg-white p-2 lg:block lg:min-h-[calc(100vh-49px)] lg:w-56 lg:shrink-0 lg:border-r lg:border-b-0 dark:border-gray-700 dark:bg-gray-900`}>
          <ul className="space-y-1" onClick={() => setOpen(false)}>
            {items.map((n) => (
              <li key={n.to}>
                <NavLink to={n.to} end={n.to === '/'} className={link}>
                  {n.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1} key={location.pathname} className="min-w-0 flex-1 p-4 lg:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}

/** Shows the page only to a role that may see it; others get a plain note, never a 403. */
export function Allowed({ action, children }: { action: Action; children: ReactNode }) {
  const { can } = useSession();
  if (can(action)) return <>{children}</>;
  return (
    <p role="alert" className="text-sm text-gray-800 dark:text-gray-200">
      Your role does not give access to this page.
    </p>
  );
}
