// Users (create, change role, disable/enable, unlock, reset password, require TOTP) and the roles
// with what each may do. Admin accounts can be changed only by a role with ADMINS_MANAGE.
import { useState, type FormEvent } from 'react';
import { messageOf } from '../api/client';
import { http } from '../api/endpoints';
import type { Role, User } from '../api/types';
import { useSession } from '../auth/session';
import { Badge, Button, Card, Field, LoadError, Notice, PageHeader, Select, Spinner, Table, Td, TextInput } from '../components/ui';
import { formatDateTime } from '../lib/format';
import { useAsync } from '../lib/useAsync';

const ROLES: Role[] = ['ADMIN', 'DEVELOPER', 'DESIGNER', 'EXECUTOR', 'VIEWER', 'EXECUTIVE'];

export default function UsersPage() {
  const { me, roles } = useSession();
  const users = useAsync(() => http.users.list(), []);
  const [form, setForm] = useState({ username: '', email: '', password: '', role: 'VIEWER' as Role });
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string }>();
  const manageAdmins = me?.permissions.includes('ADMINS_MANAGE') ?? false;
  const canChange = (u: User) => u.id !== me?.id && (manageAdmins || u.role !== 'ADMIN');
  const grantable = ROLES.filter((r) => manageAdmins || r !== 'ADMIN');

  const act = async (f: () => Promise<unknown>, done: string) => {
    try {
      await f();
      setMessage({ kind: 'success', text: done });
      users.reload();
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  };
  const create = async (e: FormEvent) => {
    e.preventDefault();
    await act(() => http.users.create(form), `User ${form.username} created.`);
    setForm({ username: '', email: '', password: '', role: 'VIEWER' });
  };

  return (
    <>
      <PageHeader title="Users & roles" />
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <LoadError error={users.error} what="users" />
      {users.loading && <Spinner />}
      {users.data && (
        <Table caption="Users" head={['User', 'Role', 'State', 'Second factor', 'Created', 'Actions']}>
          {users.data.map((u) => (
            <tr key={u.id}>
              <Td>
                <div className="font-medium">{u.username}</div>
                <div className="text-xs text-gray-700 dark:text-gray-300">{u.email}</div>
              </Td>
              <Td>
                {canChange(u) ? (
                  <Select aria-label={`Role of ${u.username}`} value={u.role} onChange={(e) => act(() => http.users.changeRole(u.id, e.target.value as Role), `${u.username} is now ${e.target.value}.`)}>
                    {grantable.map((r) => (
                      <option key={r}>{r}</option>
                    ))}
                  </Select>
                ) : (
                  u.role
                )}
              </Td>
              <Td>
                <Badge value={u.enabled ? 'enabled' : 'disabled'} />
                {u.lockedUntil && new Date(u.lockedUntil) > new Date() && <span className="ml-1 text-xs">locked</span>}
              </Td>
              <Td>{u.totpEnabled ? 'on' : u.totpRequired ? 'required, not set up' : 'off'}</Td>
              <Td className="whitespace-nowrap">{formatDateTime(u.createdAt)}</Td>
              <Td>
                {canChange(u) && (
                  <div className="flex flex-wrap gap-1">
                    <Button onClick={() => act(() => http.users.setEnabled(u.id, !u.enabled), `${u.username} ${u.enabled ? 'disabled' : 'enabled'}.`)}>{u.enabled ? 'Disable' : 'Enable'}</Button>
                    {u.lockedUntil && <Button onClick={() => act(() => http.users.unlock(u.id), `${u.username} unlocked.`)}>Unlock</Button>}
                    <Button onClick={() => act(() => http.users.requireTotp(u.id, !u.totpRequired), 'Second factor setting saved.')}>{u.totpRequired ? 'Stop requiring TOTP' : 'Require TOTP'}</Button>
                    <Button
                      onClick={() => {
                        const p = prompt(`New password for ${u.username}`);
                        if (p) void act(() => http.users.resetPassword(u.id, p), `Password of ${u.username} reset; their sessions ended.`);
                      }}
                    >
                      Reset password
                    </Button>
                  </div>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <Card title="New user" className="mt-4">
        <form onSubmit={create} className="grid gap-3 md:grid-cols-4" aria-label="New user">
          <Field label="Username" required>{(id) => <TextInput id={id} required value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} />}</Field>
          <Field label="Email" required>{(id) => <TextInput id={id} type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />}</Field>
          <Field label="Password" required>{(id) => <TextInput id={id} type="password" autoComplete="new-password" required value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />}</Field>
          <Field label="Role">
            {(id) => (
              <Select id={id} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
                {grantable.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </Select>
            )}
          </Field>
          <div>
            <Button type="submit" variant="primary">
              Create user
            </Button>
          </div>
        </form>
      </Card>
      <Card title="Roles" className="mt-4">
        <Table caption="Roles and their permissions" head={['Role', 'May', 'Permissions']}>
          {roles.map((r) => (
            <tr key={r.role}>
              <Td className="font-medium">
                {r.role}
                {!r.enabled && <div className="text-xs">(disabled on this server)</div>}
              </Td>
              <Td>{r.description}</Td>
              <Td className="text-xs">{r.permissions.join(', ')}</Td>
            </tr>
          ))}
        </Table>
      </Card>
    </>
  );
}
