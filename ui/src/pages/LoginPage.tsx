// Username and password, then the authenticator code when the server asks for one (and, when an
// admin requires a second factor not yet set up, the secret to add to the authenticator first).
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError, messageOf } from '../api/client';
import { useSession } from '../auth/session';
import { Button, Field, Notice, TextInput } from '../components/ui';

export function LoginPage() {
  const { login, status } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const [enrol, setEnrol] = useState<{ secret: string; uri: string } | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (status === 'signedIn') return <Navigate to={from} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await login(username, password, step === 'totp' ? totp : undefined);
      navigate(from, { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.problem.totpRequired) {
        if (err.problem.secret) setEnrol({ secret: String(err.problem.secret), uri: String(err.problem.otpauthUri ?? '') });
        if (step === 'totp') setError(err.message);
        setStep('totp');
      } else {
        setError(messageOf(err));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="flex min-h-screen items-center justify-center p-4">
      <form onSubmit={submit} className="w-full max-w-sm space-y-4 rounded-lg border border-gray-300 bg-white p-6 shadow-sm dark:border-gray-700 dark:bg-gray-800" aria-labelledby="login-title">
        <h1 id="login-title" className="text-xl font-semibold">
          Data Aggregator
        </h1>
        {step === 'password' ? (
          <>
            <Field label="Username" required>
              {(id) => <TextInput id={id} name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} autoFocus />}
            </Field>
            <Field label="Password" required>
              {(id) => <TextInput id={id} name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />}
            </Field>
          </>
        ) : (
          <>
            {enrol && (
              <Notice>
                An admin requires a second factor for this account. Add this secret to your authenticator app:{' '}
                <code className="font-mono break-all" data-testid="totp-secret">{enrol.secret}</code>
                {enrol.uri && (
                  <>
                    {' '}
                    (<a className="underline" href={enrol.uri}>open in app</a>)
                  </>
                )}
              </Notice>
            )}
            <Field label="Authenticator code" hint="The 6-digit code of your authenticator app." required>
              {(id, d) => (
                <TextInput id={id} name="totp" aria-describedby={d} inputMode="numeric" autoComplete="one-time-code" pattern="\d{6}" maxLength={6} required value={totp} onChange={(e) => setTotp(e.target.value)} autoFocus />
              )}
            </Field>
          </>
        )}
        {error && <Notice kind="error">{error}</Notice>}
        <div className="flex items-center justify-between gap-2">
          {step === 'totp' && (
            <Button variant="ghost" onClick={() => (setStep('password'), setTotp(''), setError(undefined))}>
              Back
            </Button>
          )}
          <Button type="submit" variant="primary" disabled={busy} className="ml-auto">
            {busy ? 'Signing in…' : step === 'totp' ? 'Verify' : 'Log in'}
          </Button>
        </div>
      </form>
    </main>
  );
}
