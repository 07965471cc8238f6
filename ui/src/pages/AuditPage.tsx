// The audit log: who changed what, when and from where; searchable.
import { useState, type FormEvent } from 'react';
import { http } from '../api/endpoints';
import { Button, Field, LoadError, PageHeader, Spinner, Table, Td, TextInput } from '../components/ui';
import { formatDateTime } from '../lib/format';
import { useAsync } from '../lib/useAsync';

export default function AuditPage() {
  const [filters, setFilters] = useState({ q: '', actor: '', from: '', to: '' });
  const [applied, setApplied] = useState(filters);
  const entries = useAsync(
    () => http.audit({ q: applied.q, actor: applied.actor, from: applied.from ? new Date(applied.from).toISOString() : undefined, to: applied.to ? new Date(applied.to).toISOString() : undefined, size: 200 }),
    [applied],
  );
  const search = (e: FormEvent) => {
    e.preventDefault();
    setApplied(filters);
  };
  return (
    <>
      <PageHeader title="Audit log" />
      <form onSubmit={search} className="mb-3 grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-5" aria-label="Search the audit log">
        <Field label="Text">{(id) => <TextInput id={id} type="search" value={filters.q} onChange={(e) => setFilters({ ...filters, q: e.target.value })} />}</Field>
        <Field label="User">{(id) => <TextInput id={id} value={filters.actor} onChange={(e) => setFilters({ ...filters, actor: e.target.value })} />}</Field>
        <Field label="From">{(id) => <TextInput id={id} type="datetime-local" value={filters.from} onChange={(e) => setFilters({ ...filters, from: e.target.value })} />}</Field>
        <Field label="To">{(id) => <TextInput id={id} type="datetime-local" value={filters.to} onChange={(e) => setFilters({ ...filters, to: e.target.value })} />}</Field>
        <div>
          <Button type="submit" variant="primary">
            Search
          </Button>
        </div>
      </form>
      <LoadError error={entries.error} what="the audit log" />
      {entries.loading && <Spinner />}
      {entries.data && (
        <Table caption="Audit entries" head={['When', 'Who', 'What', 'On', 'From', 'Detail']} empty="Nothing found.">
          {entries.data.map((a, i) => (
            <tr key={`${a.id}-${i}`}>
              <Td className="whitespace-nowrap">{formatDateTime(a.at)}</Td>
              <Td>{a.actor}</Td>
              <Td>{a.action}</Td>
              <Td>{a.target}</Td>
              <Td>{a.ip}</Td>
              <Td className="text-xs">{a.detail}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
