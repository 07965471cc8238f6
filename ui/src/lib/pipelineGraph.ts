// The builder's canvas and the pipeline definition, both ways. A pipeline is a chain: one source,
// transform steps in order, one destination. The canvas may hold anything while it is drawn; turning
// it into a definition names every node that keeps it from being a chain.
import type { EndpointDoc, PipelineDoc, ValidationProblem } from '../api/types';

export type NodeKind = 'source' | 'step' | 'destination';

export interface NodeData extends Record<string, unknown> {
  kind: NodeKind;
  /** Connector id (source, destination) or step id (rename, filter, ...). */
  component: string;
  /** A stored connection's name instead of connector + config. */
  connection?: string;
  config: Record<string, unknown>;
  streams?: string[];
  mode?: string;
  key?: string[];
  table?: string;
  problems?: string[];
}

export interface GraphNode {
  id: string;
  type: NodeKind;
  position: { x: number; y: number };
  data: NodeData;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const GAP = 260;

export function edgeId(source: string, target: string): string {
  return `${source}->${target}`;
}

function endpointData(kind: NodeKind, e: EndpointDoc): Pick<NodeData, 'kind' | 'component' | 'connection' | 'config'> {
  return { kind, component: e.connector ?? '', connection: e.connection, config: { ...(e.config ?? {}) } };
}

export function docToGraph(doc: PipelineDoc): Graph {
  const nodes: GraphNode[] = [];
  const source = doc.source ?? {};
  nodes.push({
    id: 'source',
    type: 'source',
    position: { x: 0, y: 80 },
    data: { ...endpointData('source', source), streams: (source.streams ?? []).map((s) => (typeof s === 'string' ? s : s.name)) },
  });
  (doc.transforms ?? []).forEach((t, i) => {
    const [id, config] = Object.entries(t)[0] ?? ['', {}];
    nodes.push({
      id: `step-${i}`,
      type: 'step',
      position: { x: GAP * (i + 1), y: 80 },
      data: { kind: 'step', component: id, config: (config && typeof config === 'object' ? config : { value: config }) as Record<string, unknown> },
    });
  });
  const d = doc.destination ?? {};
  nodes.push({
    id: 'destination',
    type: 'destination',
    position: { x: GAP * (nodes.length), y: 80 },
    data: { ...endpointData('destination', d), mode: d.mode, key: d.key === undefined ? undefined : Array.isArray(d.key) ? d.key : [d.key], table: d.table },
  });
  const edges = nodes.slice(1).map((n, i) => ({ id: edgeId(nodes[i].id, n.id), source: nodes[i].id, target: n.id }));
  return { nodes, edges };
}

export interface ChainProblem {
  nodeId?: string;
  message: string;
}

/** The nodes in pipeline order, from the source along the edges, or what stops it being a chain. */
export function chainOf(graph: Graph): { chain: GraphNode[]; problems: ChainProblem[] } {
  const problems: ChainProblem[] = [];
  const sources = graph.nodes.filter((n) => n.data.kind === 'source');
  const destinations = graph.nodes.filter((n) => n.data.kind === 'destination');
  if (sources.length === 0) problems.push({ message: 'Add a source from the palette.' });
  if (sources.length > 1) sources.slice(1).forEach((n) => problems.push({ nodeId: n.id, message: 'A pipeline reads from one source; remove this one.' }));
  if (destinations.length === 0) problems.push({ message: 'Add a destination from the palette.' });
  if (destinations.length > 1) destinations.slice(1).forEach((n) => problems.push({ nodeId: n.id, message: 'A pipeline writes to one destination; remove this one.' }));
  const chain: GraphNode[] = [];
  const seen = new Set<string>();
  let current: GraphNode | undefined = sources[0];
  while (current && !seen.has(current.id)) {
    chain.push(current);
    seen.add(current.id);
    const out = graph.edges.filter((e) => e.source === current!.id);
    if (out.length > 1) problems.push({ nodeId: current.id, message: 'Rows flow on to one next step only; remove the extra connection.' });
    current = out.length ? graph.nodes.find((n) => n.id === out[0].target) : undefined;
  }
  if (current && seen.has(current.id)) problems.push({ nodeId: current.id, message: 'The connections make a loop.' });
  for (const n of graph.nodes) {
    if (!seen.has(n.id) && !(sources.length > 1 && n.data.kind === 'source') && !(destinations.length > 1 && n.data.kind === 'destination' && n !== destinations[0])) {
      problems.push({ nodeId: n.id, message: 'Not connected: link it between the source and the destination.' });
    }
  }
  const last = chain[chain.length - 1];
  if (destinations.length && last && last.data.kind !== 'destination') {
    problems.push({ nodeId: last.id, message: 'Connect this node on to the destination.' });
  }
  return { chain, problems };
}

function endpointDoc(d: NodeData): EndpointDoc {
  const config = Object.keys(d.config ?? {}).length ? d.config : undefined;
  return d.connection ? { connection: d.connection, ...(config ? { config } : {}) } : { connector: d.component, ...(config ? { config } : {}) };
}

/** The definition the canvas draws; steps follow the chain from the source. */
export function graphToDoc(name: string, graph: Graph, extra: Partial<PipelineDoc> = {}): { doc: PipelineDoc; problems: ChainProblem[] } {
  const { chain, problems } = chainOf(graph);
  const src = graph.nodes.find((n) => n.data.kind === 'source')?.data;
  const dst = graph.nodes.find((n) => n.data.kind === 'destination')?.data;
  const steps = chain.filter((n) => n.data.kind === 'step');
  const doc: PipelineDoc = {
    name,
    ...(extra.description ? { description: extra.description } : {}),
    source: src ? { ...endpointDoc(src), ...(src.streams?.length ? { streams: src.streams } : {}) } : {},
    ...(steps.length ? { transforms: steps.map((s) => ({ [s.data.component]: s.data.config ?? {} })) } : {}),
    destination: dst
      ? { ...endpointDoc(dst), ...(dst.mode ? { mode: dst.mode } : {}), ...(dst.key?.length ? { key: dst.key } : {}), ...(dst.table ? { table: dst.table } : {}) }
      : {},
    ...(extra.quality ? { quality: extra.quality } : {}),
  };
  return { doc, problems };
}

/** Which node a validation problem is about ("source.config.path", "/transforms/1/rename", ...). */
export function nodeOfProblem(p: Pick<ValidationProblem, 'field'>, graph: Graph): string | undefined {
  const f = p.field.replace(/^\//, '');
  if (/^source\b/.test(f)) return graph.nodes.find((n) => n.data.kind === 'source')?.id;
  if (/^destination\b/.test(f)) return graph.nodes.find((n) => n.data.kind === 'destination')?.id;
  const m = /^transforms(?:\[|\/|\.)(\d+)/.exec(f);
  if (m) {
    const { chain } = chainOf(graph);
    return chain.filter((n) => n.data.kind === 'step')[Number(m[1])]?.id;
  }
  return undefined;
}

/** Index of a node as the preview API counts: 0 the source, 1.. the steps, then the destination. */
export function previewStepOf(nodeId: string, graph: Graph): number | undefined {
  const { chain } = chainOf(graph);
  const i = chain.findIndex((n) => n.id === nodeId);
  return i < 0 ? undefined : i;
}
