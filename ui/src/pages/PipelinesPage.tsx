// Pipelines with their last run and schedule; new (builder), import and export YAML, run.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { messageOf } from '../api/client';
import { http } from '../api/endpoints';
import type { Pipeline } from '../api/types';
import { useSession } from '../auth/session';
import { Badge, Button, Dialog, Field, LoadError, Notice, PageHeader, Spinner, Table, Td, TextArea } from '../components/ui';
import { describeCron } from '../lib/cron';
import { formatDateTime } from '../lib/format';
import { useAsync } from '../lib/useAsync';

export function download(filename: string, text: string, type = 'application/yaml') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function PipelinesPage() {
  const { can } = useSession();
  const navigate = useNavigate();
  const list = useAsync(() => http.pipelines.list(), []);
  const [importing, setImporting] = useState(false);
  const [yaml, setYaml] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string }>();

  const doImport = async () => {
    try {
      const p = await http.pipelines.importYaml(yaml);
      setImporting(false);
      setYaml('');
      navigate(`/pipelines/${p.id}`);
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  };
  const doExport = async (p: Pipeline) => {
    try {
      download(`${p.name}.yaml`, await http.pipelines.exportYaml(p.id));
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  };
  const run = async (p: Pipeline) => {
    try {
      const r = await http.pipelines.run(p.id);
      navigate(`/runs/${r.id}`);
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  };

  return (
    <>
      <PageHeader
        title="Pipelines"
        actions={
          can('pipelines.edit') && (
            <>
              <Button onClick={() => setImporting(true)}>Import YAML</Button>
              <Link to="/pipelines/new" className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">
                New pipeline
              </Link>
            </>
          )
        }
      />
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <LoadError error={list.error} what="pipelines" />
      {list.loading && <Spinner />}
      {list.data && (
        <Table caption="Pipelines" head={['Name', 'Version', 'Last run', 'Schedule', 'Actions']} empty="No pipelines yet.">
          {list.data.map((p) => {
            const reading = p.schedule ? p.schedule.description ?? (describeCron(p.schedule.cron, p.schedule.timezone) as { text?: string }).text ?? p.schedule.cron : null;
            return (
              <tr key={p.id}>
                <Td>
                  <Link className="font-medium text-blue-800 underline dark:text-blue-300" to={`/pipelines/${p.id}`}>
                    {p.name}
                  </Link>
                  {p.description && <div className="text-xs text-gray-700 dark:text-gray-300">{p.description}</div>}
                </Td>
                <Td>v{p.version}</Td>
                <Td>
                  {p.lastRun ? (
                    <Link to={`/runs/${p.lastRun.id}`} className="inline-flex items-center gap-2">
                      <Badge value={p.lastRun.status} />
                      <span className="text-xs">{formatDateTime(p.lastRun.finishedAt ?? p.lastRun.startedAt ?? p.lastRun.queuedAt)}</span>
                    </Link>
                  ) : (
                    <span className="text-gray-700 dark:text-gray-300">never run</span>
                  )}
                </Td>
                <Td>{reading ? <span>{reading}{p.schedule?.paused && <> <Badge value="paused" /></>}</span> : <span className="text-gray-700 dark:text-gray-300">manual</span>}</Td>
                <Td>
                  <div className="flex flex-wrap gap-1">
                    {can('runs.trigger') && (
                      <Button variant="primary" onClick={() => run(p)} aria-label={`Run ${p.name}`}>
                        Run
                      </Button>
                    )}
                    <Button onClick={() => doExport(p)} aria-label={`Export ${p.name} as YAML`}>
                      Export
                    </Button>
                  </div>
                </Td>
              </tr>
            );
          })}
        </Table>
      )}
      <Dialog open={importing} title="Import a pipeline from YAML" onClose={() => setImporting(false)}>
        <div className="space-y-3">
          <Field label="YAML file">
            {(id) => (
              <input
                id={id}
                type="file"
                accept=".yaml,.yml,text/yaml"
                className="text-sm"
                onChange={async (e) => {
                  const f = e.target.files?.[0];
                  if (f) setYaml(await f.text());
                }}
              />
            )}
          </Field>
          <Field label="Or paste it">
            {(id) => <TextArea id={id} rows={12} value={yaml} onChange={(e) => setYaml(e.target.value)} />}
          </Field>
          <div className="flex justify-end gap-2">
            <Button onClick={() => setImporting(false)}>Cancel</Button>
            <Button variant="primary" disabled={!yaml.trim()} onClick={doImport}>
              Import
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
