// The visual pipeline builder: palette, canvas (React Flow), the selected node's settings, data
// preview after any node, save (a new version), validate, run; templates to start from; schema
// mapping for map steps. A role without PIPELINES_WRITE sees the pipeline read-only.
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import { Background, Controls, ReactFlow, ReactFlowProvider, addEdge, useEdgesState, useNodesState, useReactFlow, type Connection as FlowConnection, type Edge, type Node } from '@xyflow/react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ApiError, messageOf } from '../api/client';
import { http } from '../api/endpoints';
import type { FieldInfo, NodePreview, PipelineDoc, PipelineTemplate, ValidationProblem } from '../api/types';
import { useSession } from '../auth/session';
import { nodeTypes } from '../components/builder/FlowNodes';
import { MappingEditor, type MapConfig } from '../components/builder/MappingEditor';
import { NodePanel } from '../components/builder/NodePanel';
import { DRAG_TYPE, Palette, paletteItems } from '../components/builder/Palette';
import { PreviewTable, previewUpTo } from '../components/builder/PreviewTable';
import { Button, Card, Dialog, Field, LoadError, Notice, PageHeader, Spinner, TextArea, TextInput } from '../components/ui';
import { chainOf, docToGraph, edgeId, graphToDoc, nodeOfProblem, previewStepOf, type Graph, type NodeData } from '../lib/pipelineGraph';
import { docOf, toYaml } from '../lib/pipelineYaml';
import { missingRequired } from '../lib/schema';
import { useAsync } from '../lib/useAsync';
import { formatDateTime } from '../lib/format';
import { download } from './PipelinesPage';

type FlowNode = Node<NodeData>;
let counter = 0;
const newId = (kind: string) => `${kind}-${Date.now().toString(36)}-${counter++}`;

function problemsOfSave(e: unknown): ValidationProblem[] {
  if (!(e instanceof ApiError)) return [];
  const raw = (e.problem.problems ?? e.problem.errors ?? []) as { line?: number; field?: string; message?: string }[];
  return raw.map((p) => ({ line: p.line ?? 0, field: p.field ?? '', message: p.message ?? '' }));
}

function Builder({ mapping }: { mapping?: boolean }) {
  const { id } = useParams();
  const navigate = useNavigate();
  const { can } = useSession();
  const editable = can('pipelines.edit');
  const flow = useReactFlow();
  const connectors = useAsync(() => http.connectors(), []);
  const transforms = useAsync(() => http.transforms(), []);
  const connections = useAsync(can('connections.view') ? () => http.connections.list() : null, []);
  const templates = useAsync(!id && editable ? () => http.pipelines.templates() : null, [id]);
  const existing = useAsync(id ? () => http.pipelines.get(id) : null, [id]);

  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [nodes, setNodes, onNodesChange] = useNodesState<FlowNode>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [serverProblems, setServerProblems] = useState<ValidationProblem[]>([]);
  // A message that survives the move from /pipelines/new to /pipelines/<id> after the first save.
  const carried = (useLocation().state as { message?: string } | null)?.message;
  const [message, setMessage] = useState<{ kind: 'error' | 'success' | 'info'; text: string } | undefined>(carried ? { kind: 'success', text: carried } : undefined);
  const [preview, setPreview] = useState<NodePreview | null>(null);
  const [busy, setBusy] = useState<string>();
  const [yamlOpen, setYamlOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const versions = useAsync(historyOpen && id ? () => http.pipelines.versions(id) : null, [historyOpen, id]);
  const [mappingFor, setMappingFor] = useState<string | null>(null);
  const [mappingSource, setMappingSource] = useState<{ fields: FieldInfo[]; note?: string }>({ fields: [] });

  const load = useCallback(
    (doc: PipelineDoc) => {
      const g = docToGraph(doc);
      setName(doc.name ?? '');
      setDescription(doc.description ?? '');
      setNodes(g.nodes as FlowNode[]);
      setEdges(g.edges);
      setSelected(null);
    },
    [setNodes, setEdges],
  );

  useEffect(() => {
    if (!existing.data) return;
    try {
      load(docOf(existing.data));
      setDirty(false);
    } catch (e) {
      setMessage({ kind: 'error', text: `The stored YAML cannot be drawn: ${messageOf(e)}` });
    }
  }, [existing.data, load]);

  const specs = useMemo(() => [...(connectors.data ?? []), ...(transforms.data ?? [])], [connectors.data, transforms.data]);
  const graph: Graph = useMemo(() => ({ nodes: nodes.map((n) => ({ id: n.id, type: n.data.kind, position: n.position, data: n.data })), edges }), [nodes, edges]);

  // Problems on each node: the chain's shape, required settings left empty, the server's validation.
  const { shown, general } = useMemo(() => {
    const byNode = new Map<string, string[]>();
    const add = (nodeId: string, m: string) => byNode.set(nodeId, [...(byNode.get(nodeId) ?? []), m]);
    const general: string[] = [];
    const { problems } = chainOf(graph);
    problems.forEach((p) => (p.nodeId ? add(p.nodeId, p.message) : general.push(p.message)));
    for (const n of nodes) {
      const spec = specs.find((s) => s.id === n.data.component && (n.data.kind === 'step' ? s.kind === 'step' : s.kind.includes(n.data.kind)));
      if (spec && !n.data.connection) Object.entries(missingRequired(spec.configSchema, n.data.config)).forEach(([f, m]) => add(n.id, `${f} ${m}`));
    }
    serverProblems.forEach((p) => {
      const nodeId = nodeOfProblem(p, graph);
      const text = `${p.line ? `line ${p.line}: ` : ''}${p.field ? `${p.field}: ` : ''}${p.message}`;
      if (nodeId) add(nodeId, text);
      else general.push(text);
    });
    // A stored connection read from YAML names no connector; the connection knows it.
    const connectorOf = (d: NodeData) => d.component || (connections.data ?? []).find((c) => c.name === d.connection)?.connector || '';
    return { shown: nodes.map((n) => ({ ...n, data: { ...n.data, component: connectorOf(n.data), problems: byNode.get(n.id) ?? [] } })), general };
  }, [graph, nodes, specs, serverProblems, connections.data]);

  const touch = () => {
    setDirty(true);
    setServerProblems([]);
  };

  const addNode = (data: NodeData, position?: { x: number; y: number }, autoConnect = false) => {
    const nodeId = newId(data.kind);
    const { chain } = chainOf(graph);
    const at = position ?? { x: 40 + 260 * nodes.length, y: 80 + (nodes.length % 2) * 40 };
    const node: FlowNode = { id: nodeId, type: data.kind, position: at, data: { ...data, config: { ...data.config } } };
    setNodes((ns) => [...ns, node]);
    if (autoConnect) {
      // Keyboard path: put it where it belongs in the chain.
      const dest = chain.find((n) => n.data.kind === 'destination');
      const last = [...chain].reverse().find((n) => n.data.kind !== 'destination');
      setEdges((es) => {
        let next = es;
        if (data.kind === 'source' && chain.length === 0) {
          const d = nodes.find((n) => n.data.kind === 'destination');
          if (d) next = [...next, { id: edgeId(nodeId, d.id), source: nodeId, target: d.id }];
        } else if (data.kind === 'step' && last) {
          if (dest) next = next.filter((e) => !(e.source === last.id && e.target === dest.id));
          next = [...next, { id: edgeId(last.id, nodeId), source: last.id, target: nodeId }];
          if (dest) next = [...next, { id: edgeId(nodeId, dest.id), source: nodeId, target: dest.id }];
        } else if (data.kind === 'destination' && last) {
          next = [...next, { id: edgeId(last.id, nodeId), source: last.id, target: nodeId }];
        }
        return next;
      });
    }
    setSelected(nodeId);
    touch();
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const raw = e.dataTransfer.getData(DRAG_TYPE);
    if (!raw || !editable) return;
    addNode(JSON.parse(raw) as NodeData, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  };

  const onConnect = (c: FlowConnection) => {
    setEdges((es) => addEdge({ ...c, id: edgeId(c.source, c.target) }, es));
    touch();
  };

  const updateNode = (nodeId: string, data: NodeData) => {
    setNodes((ns) => ns.map((n) => (n.id === nodeId ? { ...n, data } : n)));
    touch();
  };
  const removeNode = (nodeId: string) => {
    setNodes((ns) => ns.filter((n) => n.id !== nodeId));
    setEdges((es) => es.filter((e) => e.source !== nodeId && e.target !== nodeId));
    setSelected(null);
    touch();
  };

  const save = async (): Promise<string | undefined> => {
    if (!name.trim()) {
      setMessage({ kind: 'error', text: 'Give the pipeline a name.' });
      return;
    }
    const { doc } = graphToDoc(name.trim(), graph, { description });
    setBusy('save');
    setMessage(undefined);
    try {
      const saved = id ? await http.pipelines.update(id, doc) : await http.pipelines.create(doc);
      setDirty(false);
      const text = `Saved as version ${saved.version}.`;
      setMessage({ kind: 'success', text });
      if (!id) navigate(`/pipelines/${saved.id}`, { replace: true, state: { message: text } });
      void validate(saved.id, false);
      return saved.id;
    } catch (e) {
      setServerProblems(problemsOfSave(e));
      setMessage({ kind: 'error', text: `Not saved: ${messageOf(e)}` });
    } finally {
      setBusy(undefined);
    }
  };

  const validate = async (pipelineId = id, withDraft = true) => {
    if (!pipelineId) return;
    try {
      const result = await http.pipelines.validate(pipelineId, withDraft ? graphToDoc(name, graph, { description }).doc : undefined);
      setServerProblems(result.problems);
      if (withDraft) setMessage({ kind: result.valid ? 'success' : 'error', text: result.valid ? 'The pipeline is valid.' : `${result.problems.length} problem(s) found; see the nodes.` });
    } catch (e) {
      if (withDraft) setMessage({ kind: 'error', text: `Could not validate: ${messageOf(e)}` });
    }
  };

  const previewAfter = async (nodeId: string) => {
    if (!id) return setMessage({ kind: 'info', text: 'Save the pipeline first: the preview reads the saved version.' });
    const step = previewStepOf(nodeId, graph);
    if (step === undefined) return setMessage({ kind: 'error', text: 'Connect this node to the source to preview it.' });
    setBusy('preview');
    try {
      const nodesPreview = await http.pipelines.preview(id, step, 50);
      setPreview(previewUpTo(nodesPreview, step));
      if (dirty) setMessage({ kind: 'info', text: 'You have unsaved changes; the preview shows the saved version.' });
    } catch (e) {
      setMessage({ kind: 'error', text: `Preview failed: ${messageOf(e)}` });
    } finally {
      setBusy(undefined);
    }
  };

  const run = async () => {
    if (!id) return;
    setBusy('run');
    try {
      const r = await http.pipelines.run(id);
      navigate(`/runs/${r.id}`);
    } catch (e) {
      setMessage({ kind: 'error', text: `Could not start: ${messageOf(e)}` });
      setBusy(undefined);
    }
  };

  const openMapping = useCallback(
    async (nodeId: string) => {
      setMappingFor(nodeId);
      setMappingSource({ fields: [], note: 'Reading the fields that reach this step…' });
      const step = previewStepOf(nodeId, graph);
      if (!id || step === undefined || step < 1) {
        setMappingSource({ fields: [], note: 'Save the pipeline (with its source connected) to see the source fields.' });
        return;
      }
      try {
        const p = await http.pipelines.preview(id, step - 1, 20);
        const before = p.find((x) => x.step === step - 1) ?? p[0];
        setMappingSource({ fields: before?.fields ?? [], note: dirty ? 'Fields of the saved version.' : undefined });
      } catch (e) {
        setMappingSource({ fields: [], note: `Could not read the source fields: ${messageOf(e)}` });
      }
    },
    [graph, id, dirty],
  );

  // /pipelines/:id/mapping opens the mapping of the first map step.
  useEffect(() => {
    if (!mapping || !existing.data || mappingFor || nodes.length === 0) return;
    const m = nodes.find((n) => n.data.kind === 'step' && n.data.component === 'map');
    if (m) void openMapping(m.id);
    else setMessage({ kind: 'info', text: 'This pipeline has no map step; add one from the palette to map its schema.' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mapping, existing.data, nodes.length]);

  const selectedNode = shown.find((n) => n.id === selected);
  const groups = paletteItems(connectors.data ?? [], transforms.data ?? [], connections.data ?? []);
  const draftYaml = yamlOpen ? toYaml(graphToDoc(name, graph, { description }).doc) : '';

  if (id && existing.loading) return <Spinner />;
  return (
    <>
      <PageHeader
        title={id ? `Pipeline ${name}` : 'New pipeline'}
        actions={
          <>
            {existing.data && <span className="self-center text-sm text-gray-700 dark:text-gray-300">version {existing.data.version}{dirty ? ' · unsaved changes' : ''}</span>}
            <Button onClick={() => setYamlOpen(true)}>YAML</Button>
            {id && <Button onClick={() => setHistoryOpen(true)}>Versions</Button>}
            {editable && id && <Button onClick={() => validate()}>Validate</Button>}
            {editable && (
              <Button variant="primary" onClick={() => void save()} disabled={busy !== undefined}>
                {busy === 'save' ? 'Saving…' : 'Save'}
              </Button>
            )}
            {can('runs.trigger') && id && (
              <Button variant="primary" onClick={run} disabled={dirty || busy !== undefined} title={dirty ? 'Save first' : undefined}>
                {busy === 'run' ? 'Starting…' : 'Run'}
              </Button>
            )}
          </>
        }
      />
      <LoadError error={existing.error} what="the pipeline" />
      <LoadError error={connectors.error} what="the connectors" />
      <LoadError error={transforms.error} what="the transform steps" />
      <div className="mb-3 grid gap-3 md:grid-cols-2">
        <Field label="Name" required hint="Letters, digits, '_', '-' or '.'.">
          {(fid, d) => <TextInput id={fid} aria-describedby={d} name="pipeline-name" disabled={!editable} value={name} onChange={(e) => (setName(e.target.value), touch())} />}
        </Field>
        <Field label="Description">
          {(fid) => <TextInput id={fid} disabled={!editable} value={description} onChange={(e) => (setDescription(e.target.value), touch())} />}
        </Field>
      </div>
      {message && <div className="mb-3"><Notice kind={message.kind}>{message.text}</Notice></div>}
      {general.length > 0 && nodes.length > 0 && (
        <div className="mb-3">
          <Notice kind="warning">
            <ul className="list-disc pl-4" data-testid="pipeline-problems">
              {general.map((g, i) => (
                <li key={i}>{g}</li>
              ))}
            </ul>
          </Notice>
        </div>
      )}
      {!id && editable && nodes.length === 0 && (
        <Card title="Start from a template" className="mb-3">
          <div className="flex flex-wrap gap-2">
            {(templates.data ?? []).map((t: PipelineTemplate) => (
              <Button key={t.id} onClick={() => (load({ ...t.pipeline, name: t.pipeline.name || t.id }), touch())} title={t.description}>
                {t.title}
              </Button>
            ))}
            {templates.error ? <span className="text-sm text-gray-700 dark:text-gray-300">No templates from the server.</span> : null}
            <span className="self-center text-sm text-gray-700 dark:text-gray-300">…or drag a source, steps and a destination onto the canvas.</span>
          </div>
        </Card>
      )}
      <div className="grid gap-3 lg:grid-cols-[14rem_minmax(0,1fr)_22rem]">
        {editable && (
          <div className="max-h-[70vh] overflow-y-auto rounded-lg border border-gray-300 bg-gray-50 p-2 dark:border-gray-700 dark:bg-gray-900">
            <Palette groups={groups} onAdd={(d) => addNode(d, undefined, true)} />
          </div>
        )}
        <div
          className={`h-[60vh] min-h-80 rounded-lg border border-gray-300 bg-white dark:border-gray-700 dark:bg-gray-950 ${editable ? '' : 'lg:col-span-2'}`}
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = 'move';
          }}
          onDrop={onDrop}
          data-testid="canvas"
          aria-label="Pipeline canvas"
          role="region"
        >
          <ReactFlow
            nodes={shown}
            edges={edges}
            nodeTypes={nodeTypes}
            onNodesChange={(changes) => {
              onNodesChange(changes);
              if (changes.some((c) => c.type === 'remove')) touch();
            }}
            onEdgesChange={(changes) => {
              onEdgesChange(changes);
              if (changes.some((c) => c.type === 'remove')) touch();
            }}
            onConnect={onConnect}
            onNodeClick={(_, n) => setSelected(n.id)}
            onPaneClick={() => setSelected(null)}
            nodesDraggable={editable}
            nodesConnectable={editable}
            deleteKeyCode={editable ? ['Backspace', 'Delete'] : null}
            fitView={Boolean(id)}
            fitViewOptions={{ maxZoom: 1 }}
            proOptions={{ hideAttribution: true }}
          >
            <Background />
            <Controls showInteractive={false} />
          </ReactFlow>
        </div>
        <aside className="rounded-lg border border-gray-300 bg-white p-3 dark:border-gray-700 dark:bg-gray-800" aria-label="Node settings">
          {selectedNode ? (
            <NodePanel
              key={selectedNode.id}
              node={selectedNode}
              specs={specs}
              connections={connections.data ?? []}
              editable={editable}
              onChange={(d) => updateNode(selectedNode.id, d)}
              onRemove={() => removeNode(selectedNode.id)}
              onPreview={can('pipelines.preview') ? () => previewAfter(selectedNode.id) : undefined}
              onMapping={() => openMapping(selectedNode.id)}
            />
          ) : (
            <div className="space-y-2 text-sm text-gray-800 dark:text-gray-200">
              <p>Select a node to see its settings.</p>
              <p>Nodes on the canvas (keyboard: Tab to a node, Enter to select):</p>
              <ul className="space-y-1">
                {chainOf(graph).chain.map((n) => (
                  <li key={n.id}>
                    <Button variant="ghost" onClick={() => setSelected(n.id)}>
                      {n.data.kind}: {n.data.connection ?? n.data.component}
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </aside>
      </div>
      {busy === 'preview' && <Spinner label="Reading a preview" />}
      {preview && (
        <Card title="Data preview" className="mt-3" actions={<Button onClick={() => setPreview(null)}>Close preview</Button>}>
          <PreviewTable preview={preview} />
        </Card>
      )}
      <Dialog open={yamlOpen} title="Pipeline as YAML" onClose={() => setYamlOpen(false)} wide>
        <TextArea readOnly rows={18} value={draftYaml} aria-label="Pipeline YAML" />
        <div className="mt-2 flex justify-end gap-2">
          <Button onClick={() => download(`${name || 'pipeline'}.yaml`, draftYaml)}>Download</Button>
          <Button onClick={() => setYamlOpen(false)}>Close</Button>
        </div>
      </Dialog>
      <Dialog open={historyOpen} title="Versions" onClose={() => setHistoryOpen(false)}>
        <LoadError error={versions.error} what="the versions" />
        {versions.loading && <Spinner />}
        <ol className="space-y-1 text-sm">
          {versions.data?.map((v) => (
            <li key={v.version}>
              <strong>v{v.version}</strong> by {v.createdBy} on {formatDateTime(v.createdAt)}
              {v.comment ? `: ${v.comment}` : ''}
            </li>
          ))}
        </ol>
      </Dialog>
      <Dialog open={mappingFor !== null} title="Schema mapping" onClose={() => setMappingFor(null)} wide>
        {mappingFor && (
          <MappingEditor
            key={mappingFor}
            sourceFields={mappingSource.fields}
            sourceNote={mappingSource.note}
            config={(nodes.find((n) => n.id === mappingFor)?.data.config ?? {}) as MapConfig}
            editable={editable}
            onCancel={() => setMappingFor(null)}
            onApply={(config) => {
              const n = nodes.find((x) => x.id === mappingFor);
              if (n) updateNode(n.id, { ...n.data, config: config as Record<string, unknown> });
              setMappingFor(null);
            }}
          />
        )}
      </Dialog>
    </>
  );
}

export default function BuilderPage({ mapping }: { mapping?: boolean }) {
  return (
    <ReactFlowProvider>
      <Builder mapping={mapping} />
    </ReactFlowProvider>
  );
}
