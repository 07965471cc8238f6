import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { ComponentSpec, PipelineDoc } from '../api/types';
import { NodePanel } from '../components/builder/NodePanel';
import { chainOf, docToGraph, graphToDoc, nodeOfProblem, previewStepOf, type Graph, type NodeData } from '../lib/pipelineGraph';
import { fromYaml, toYaml } from '../lib/pipelineYaml';
import { csvSchema, postgresSchema, renameSchema } from './fixtures';

const specs: ComponentSpec[] = [
  { id: 'csv', kind: 'source, destination', title: 'CSV', description: 'CSV files', configSchema: csvSchema },
  { id: 'postgres', kind: 'source, destination', title: 'PostgreSQL', description: '', configSchema: postgresSchema },
  { id: 'rename', kind: 'step', title: 'Rename fields', description: '', configSchema: renameSchema },
];

const doc: PipelineDoc = {
  name: 'airports',
  source: { connector: 'csv', config: { path: 'examples/data/airports.csv' } },
  transforms: [{ rename: { rule: 'snake_case' } }],
  destination: { connection: 'warehouse', mode: 'overwrite', table: 'airports' },
};

function PanelHarness({ initial, onData }: { initial: NodeData; onData: (d: NodeData) => void }) {
  const [data, setData] = useState(initial);
  return (
    <NodePanel
      node={{ id: 'n1', data }}
      specs={specs}
      connections={[{ id: 'c1', name: 'warehouse', connector: 'postgres', config: {} }]}
      editable
      onChange={(d) => (setData(d), onData(d))}
      onRemove={() => undefined}
    />
  );
}

describe('builder', () => {
  it('draws a pipeline as a chain and writes the same pipeline back', () => {
    const g = docToGraph(doc);
    expect(g.nodes.map((n) => n.id)).toEqual(['source', 'step-0', 'destination']);
    expect(chainOf(g).problems).toEqual([]);
    expect(graphToDoc('airports', g).doc).toEqual(doc);
    expect(fromYaml(toYaml(doc))).toEqual(doc);
  });

  it('names the node that keeps the canvas from being a chain', () => {
    const g = docToGraph(doc);
    const loose: Graph = { nodes: [...g.nodes, { id: 'x', type: 'step', position: { x: 0, y: 0 }, data: { kind: 'step', component: 'rename', config: {} } }], edges: g.edges };
    expect(chainOf(loose).problems).toEqual([{ nodeId: 'x', message: 'Not connected: link it between the source and the destination.' }]);
    const cut: Graph = { nodes: g.nodes, edges: g.edges.filter((e) => e.target !== 'destination') };
    expect(chainOf(cut).problems.map((p) => p.nodeId)).toEqual(['destination', 'step-0']);
  });

  it('puts server validation problems and previews on the right node', () => {
    const g = docToGraph(doc);
    expect(nodeOfProblem({ field: 'source.config.path' }, g)).toBe('source');
    expect(nodeOfProblem({ field: '/transforms/0/rename/rule' }, g)).toBe('step-0');
    expect(nodeOfProblem({ field: 'destination.mode' }, g)).toBe('destination');
    expect(nodeOfProblem({ field: 'name' }, g)).toBeUndefined();
    expect(previewStepOf('step-0', g)).toBe(1);
  });

  it('configures a step node with a form drawn from its schema', async () => {
    const seen: NodeData[] = [];
    render(<PanelHarness initial={{ kind: 'step', component: 'rename', config: {} }} onData={(d) => seen.push(d)} />);
    expect(screen.getByRole('heading', { name: /Rename fields/ })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText(/Rule/), 'snake_case');
    await userEvent.click(screen.getByRole('button', { name: 'Add fields' }));
    await userEvent.type(screen.getByLabelText(/^From/), 'iata');
    await userEvent.type(screen.getByLabelText(/^To/), 'code');
    expect(seen.at(-1)?.config).toEqual({ rule: 'snake_case', fields: [{ from: 'iata', to: 'code' }] });
  });

  it('switches a destination to a stored connection and sets its write mode and table', async () => {
    const seen: NodeData[] = [];
    render(<PanelHarness initial={{ kind: 'destination', component: 'postgres', config: { database: 'x' } }} onData={(d) => seen.push(d)} />);
    expect(screen.getByLabelText(/^Database/)).toHaveValue('x');
    await userEvent.selectOptions(screen.getByLabelText('Use'), 'conn:warehouse');
    expect(seen.at(-1)).toMatchObject({ connection: 'warehouse', component: 'postgres', config: {} });
    expect(screen.queryByLabelText(/^Database/)).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Write mode'), 'overwrite');
    await userEvent.type(screen.getByLabelText(/^Table/), 'airports');
    expect(seen.at(-1)).toMatchObject({ mode: 'overwrite', table: 'airports' });
  });

  it('shows the problems of a node in its panel', () => {
    render(<PanelHarness initial={{ kind: 'source', component: 'csv', config: {}, problems: ['path is required'] }} onData={() => undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent('path is required');
  });
});
