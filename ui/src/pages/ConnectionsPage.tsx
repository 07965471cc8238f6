import { Link } from 'react-router';
import { http } from '../api/endpoints';
import { useSession } from '../auth/session';
import { LoadError, PageHeader, Spinner, Table, Td } from '../components/ui';
import { formatDateTime } from '../lib/format';
import { useAsync } from '../lib/useAsync';

export default function ConnectionsPage() {
  const { can } = useSession();
  const list = useAsync(() => http.connections.list(), []);
  return (
    <>
      <PageHeader
        title="Connections"
        actions={
          can('connections.edit') && (
            <Link to="/connections/new" className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">
              New connection
            </Link>
          )
        }
      >
        Stored settings for sources and destinations; secrets are kept encrypted and never shown.
      </PageHeader>
      <LoadError error={list.error} what="connections" />
      {list.loading && <Spinner />}
      {list.data && (
        <Table caption="Connections" head={['Name', 'Connector', 'Description', 'Changed']} empty="No connections yet.">
          {list.data.map((c) => (
            <tr key={c.id}>
              <Td>
                <Link className="font-medium text-blue-800 underline dark:text-blue-300" to={`/connections/${c.id}`}>
                  {c.name}
                </Link>
              </Td>
              <Td>{c.connector}</Td>
              <Td>{c.description}</Td>
              <Td>{formatDateTime(c.updatedAt ?? c.createdAt)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
