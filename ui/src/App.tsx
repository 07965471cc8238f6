import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { SessionProvider, useSession } from './auth/session';
import { Allowed, Layout, NAV } from './components/Layout';
import { Spinner } from './components/ui';
import { LoginPage } from './pages/LoginPage';
import type { Action } from './auth/permissions';

const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const ConnectionsPage = lazy(() => import('./pages/ConnectionsPage'));
const ConnectionEditPage = lazy(() => import('./pages/ConnectionEditPage'));
const PipelinesPage = lazy(() => import('./pages/PipelinesPage'));
const BuilderPage = lazy(() => import('./pages/BuilderPage'));
const RunsPage = lazy(() => import('./pages/RunsPage'));
const RunPage = lazy(() => import('./pages/RunPage'));
const SchedulesPage = lazy(() => import('./pages/SchedulesPage'));
const MonitoringPage = lazy(() => import('./pages/MonitoringPage'));
const LogsPage = lazy(() => import('./pages/LogsPage'));
const UsersPage = lazy(() => import('./pages/UsersPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const ApiKeysPage = lazy(() => import('./pages/ApiKeysPage'));
const SettingsPage = lazy(() => import('./pages/SettingsPage'));

function Home() {
  const { can } = useSession();
  if (can('dashboard.view')) return <DashboardPage />;
  const first = NAV.find((n) => n.to !== '/' && can(n.action));
  return <Navigate to={first?.to ?? '/settings'} replace />;
}

function Signed({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'loading') return <div className="p-6"><Spinner label="Opening your session" /></div>;
  if (status === 'anonymous') return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return (
    <Layout>
      <Suspense fallback={<Spinner />}>{children}</Suspense>
    </Layout>
  );
}

const page = (action: Action, element: ReactNode) => (
  <Signed>
    <Allowed action={action}>{element}</Allowed>
  </Signed>
);

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/" element={<Signed><Home /></Signed>} />
      <Route path="/connections" element={page('connections.view', <ConnectionsPage />)} />
      <Route path="/connections/new" element={page('connections.edit', <ConnectionEditPage />)} />
      <Route path="/connections/:id" element={page('connections.view', <ConnectionEditPage />)} />
      <Route path="/pipelines" element={page('pipelines.view', <PipelinesPage />)} />
      <Route path="/pipelines/new" element={page('pipelines.edit', <BuilderPage />)} />
      <Route path="/pipelines/:id" element={page('pipelines.view', <BuilderPage />)} />
      <Route path="/pipelines/:id/mapping" element={page('pipelines.view', <BuilderPage mapping />)} />
      <Route path="/runs" element={page('runs.view', <RunsPage />)} />
      <Route path="/runs/:id" element={page('runs.view', <RunPage />)} />
      <Route path="/schedules" element={page('schedules.view', <SchedulesPage />)} />
      <Route path="/monitoring" element={page('alerts.view', <MonitoringPage />)} />
      <Route path="/logs" element={page('logs.view', <LogsPage />)} />
      <Route path="/users" element={page('users.admin', <UsersPage />)} />
      <Route path="/audit" element={page('audit.view', <AuditPage />)} />
      <Route path="/api-keys" element={page('account', <ApiKeysPage />)} />
      <Route path="/settings" element={page('account', <SettingsPage />)} />
      <Route path="*" element={<Signed><p role="alert">No page here. Use the menu.</p></Signed>} />
    </Routes>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <AppRoutes />
      </SessionProvider>
    </BrowserRouter>
  );
}
