// The user's own API keys: create (the key is shown once), list, revoke.
import { useState, type FormEvent } from 'react';
import { messageOf } from '../api/client';
import { http } from '../api/endpoints';
import { Button, Card, Field, LoadError, Notice, PageHeader, Spinner, Table, Td, TextInput } from '../components/ui';
import { formatDateTime } from '../lib/format';
import { useAsync } from '../lib/useAsync';

export default function ApiKeysPage() {
  const keys = useAsync(() => http.apiKeys.list(), []);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const create = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const k = await http.apiKeys.create(name);
      setCreated(k.key);
      setName('');
      keys.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const revoke = async (id: string) => {
    if (!confirm('Revoke this key? Programs using it stop working.')) return;
    try {
      await http.apiKeys.revoke(id);
      keys.reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <>
      <PageHeader title="API keys">A key acts as you, with your role. Send it as the X-API-Key header.</PageHeader>
      {error && <Notice kind="error">{error}</Notice>}
      {created && (
        <Notice kind="success">
          Your new key (shown only now, copy it): <code className="font-mono break-all" data-testid="new-api-key">{created}</code>
        </Notice>
      )}
      <LoadError error={keys.error} what="API keys" />
      {keys.loading && <Spinner />}
      {keys.data && (
        <Table caption="API keys" head={['Name', 'Starts with', 'Created', 'Last used', '']} empty="No keys yet.">
          {keys.data.map((k) => (
            <tr key={k.id}>
              <Td>{k.name}</Td>
              <Td className="font-mono">{k.prefix}…</Td>
              <Td>{formatDateTime(k.createdAt)}</Td>
              <Td>{formatDateTime(k.lastUsedAt)}</Td>
              <Td>
                <Button variant="danger" onClick={() => revoke(k.id)} aria-label={`Revoke ${k.name}`}>
                  Revoke
                </Button>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <Card title="New key" className="mt-4">
        <form onSubmit={create} className="flex flex-wrap items-end gap-3" aria-label="New API key">
          <Field label="Name" required>{(id) => <TextInput id={id} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}</Field>
          <Button type="submit" variant="primary">
            Create key
          </Button>
        </form>
      </Card>
    </>
  );
}
