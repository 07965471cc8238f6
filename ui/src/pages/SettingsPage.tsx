// My preferences (theme, time zone), password and second factor; the system settings (admins).
import { useState, type FormEvent } from 'react';
import { messageOf } from '../api/client';
import { http } from '../api/endpoints';
import type { Preferences } from '../api/types';
import { useSession } from '../auth/session';
import { Button, Card, Field, LoadError, Notice, PageHeader, Select, Table, Td, TextInput } from '../components/ui';
import { TIMEZONES } from '../lib/format';
import { useAsync } from '../lib/useAsync';

export default function SettingsPage() {
  const { me, preferences, setPreferences, can } = useSession();
  const [prefs, setPrefs] = useState<Preferences>(preferences);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string }>();
  const [pw, setPw] = useState({ currentPassword: '', newPassword: '' });
  const [totp, setTotp] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [code, setCode] = useState('');
  const system = useAsync(can('settings.view') ? () => http.settings.list() : null, []);
  const [edits, setEdits] = useState<Record<string, string>>({});

  const run = async (f: () => Promise<unknown>, done: string) => {
    try {
      await f();
      setMessage({ kind: 'success', text: done });
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  };
  const savePrefs = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => setPreferences(await http.savePreferences(prefs)), 'Preferences saved.');
  };

  return (
    <>
      <PageHeader title="Settings">
        Signed in as {me?.username} ({me?.role})
      </PageHeader>
      {message && <div className="mb-3"><Notice kind={message.kind}>{message.text}</Notice></div>}
      <div className="grid gap-4 xl:grid-cols-2">
        <Card title="Appearance and time">
          <form onSubmit={savePrefs} className="space-y-3" aria-label="Preferences">
            <Field label="Theme">
              {(id) => (
                <Select id={id} value={prefs.theme} onChange={(e) => setPrefs({ ...prefs, theme: e.target.value as Preferences['theme'] })}>
                  <option value="system">Follow the system</option>
                  <option value="light">Light</option>
                  <option value="dark">Dark</option>
                </Select>
              )}
            </Field>
            <Field label="Time zone" hint={prefs.timezoneIsDefault ? 'Now the server default.' : undefined}>
              {(id, d) => (
                <Select id={id} aria-describedby={d} value={prefs.timezone ?? ''} onChange={(e) => setPrefs({ ...prefs, timezone: e.target.value || null })}>
                  <option value="">Server default</option>
                  {TIMEZONES.map((z) => (
                    <option key={z}>{z}</option>
                  ))}
                </Select>
              )}
            </Field>
            <Button type="submit" variant="primary">
              Save preferences
            </Button>
          </form>
        </Card>
        <Card title="Password">
          <form
            className="space-y-3"
            aria-label="Change password"
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => http.changePassword(pw.currentPassword, pw.newPassword), 'Password changed; log in again on your other devices.');
            }}
          >
            <Field label="Current password" required>{(id) => <TextInput id={id} type="password" autoComplete="current-password" required value={pw.currentPassword} onChange={(e) => setPw({ ...pw, currentPassword: e.target.value })} />}</Field>
            <Field label="New password" required>{(id) => <TextInput id={id} type="password" autoComplete="new-password" required value={pw.newPassword} onChange={(e) => setPw({ ...pw, newPassword: e.target.value })} />}</Field>
            <Button type="submit">Change password</Button>
          </form>
        </Card>
        <Card title="Second factor (TOTP)">
          <p className="mb-2 text-sm">{me?.totpEnabled ? 'On: logging in asks for a code of your authenticator app.' : 'Off.'}</p>
          {!me?.totpEnabled && !totp && <Button onClick={() => run(async () => setTotp(await http.totp.enrol()), 'Add the secret to your app, then confirm with a code.')}>Set up</Button>}
          {totp && (
            <div className="space-y-2">
              <p className="text-sm">
                Secret: <code className="font-mono break-all">{totp.secret}</code>
              </p>
              <Field label="Code from the app" required>{(id) => <TextInput id={id} inputMode="numeric" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} />}</Field>
              <Button variant="primary" onClick={() => run(() => http.totp.confirm(code), 'Second factor on.')}>
                Confirm
              </Button>
            </div>
          )}
          {me?.totpEnabled && !me.totpRequired && (
            <div className="flex items-end gap-2">
              <Field label="Current code">{(id) => <TextInput id={id} inputMode="numeric" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)} />}</Field>
              <Button onClick={() => run(() => http.totp.disable(code), 'Second factor off.')}>Turn off</Button>
            </div>
          )}
        </Card>
        {can('settings.view') && (
          <Card title="System settings">
            <LoadError error={system.error} what="system settings" />
            <Table caption="System settings" head={['Setting', 'Value', ...(can('settings.edit') ? [''] : [])]}>
              {system.data?.map((s) => (
                <tr key={s.name}>
                  <Td>
                    <div className="font-medium">{s.name}</div>
                    <div className="text-xs text-gray-700 dark:text-gray-300">{s.description} (default {s.defaultValue})</div>
                  </Td>
                  <Td>
                    {can('settings.edit') ? (
                      <TextInput aria-label={s.name} value={edits[s.name] ?? s.value} onChange={(e) => setEdits({ ...edits, [s.name]: e.target.value })} />
                    ) : (
                      s.value
                    )}
                  </Td>
                  {can('settings.edit') && (
                    <Td>
                      <Button disabled={edits[s.name] === undefined || edits[s.name] === s.value} onClick={() => run(async () => (await http.settings.set(s.name, edits[s.name]), system.reload()), `${s.name} saved.`)}>
                        Save
                      </Button>
                    </Td>
                  )}
                </tr>
              ))}
            </Table>
          </Card>
        )}
      </div>
    </>
  );
}
