// How source, step and destination nodes look on the canvas; problems show on the node itself.
import { Handle, Position, type NodeProps, type Node } from '@xyflow/react';
import type { NodeData } from '../../lib/pipelineGraph';

type FlowNode = Node<NodeData>;

const frame: Record<NodeData['kind'], string> = {
  source: 'border-emerald-700 dark:border-emerald-400',
  step: 'border-blue-700 dark:border-blue-400',
  destination: 'border-purple-700 dark:border-purple-400',
};

function Body({ data, selected }: { data: NodeData; selected?: boolean }) {
  const problems = data.problems ?? [];
  const title = data.connection ?? data.component ?? '?';
  return (
    <div
      className={`w-48 rounded-md border-2 bg-white px-3 py-2 text-left text-gray-900 shadow dark:bg-gray-800 dark:text-gray-100 ${problems.length ? 'border-red-600 dark:border-red-400' : frame[data.kind]} ${selected ? 'ring-2 ring-amber-500' : ''}`}
      data-testid={`node-${data.kind}-${data.component}`}
    >
      <div className="text-xs font-semibold tracking-wide text-gray-700 uppercase dark:text-gray-300">{data.kind}</div>
      <div className="truncate font-medium">{title}</div>
      {data.connection && data.component && <div className="truncate text-xs text-gray-700 dark:text-gray-300">connection · {data.component}</div>}
      {problems.length > 0 && (
        <ul className="mt-1 space-y-0.5 text-xs text-red-700 dark:text-red-300" data-testid="node-problems">
          {problems.slice(0, 3).map((p, i) => (
            <li key={i}>⚠ {p}</li>
          ))}
          {problems.length > 3 && <li>and {problems.length - 3} more</li>}
        </ul>
      )}
    </div>
  );
}

const handle = '!h-3 !w-3 !bg-gray-700 dark:!bg-gray-300';

export function SourceNode({ data, selected }: NodeProps<FlowNode>) {
  return (
    <>
      <Body data={data} selected={selected} />
      <Handle type="source" position={Position.Right} className={handle} />
    </>
  );
}

export function StepNode({ data, selected }: NodeProps<FlowNode>) {
  return (
    <>
      <Handle type="target" position={Position.Left} className={handle} />
      <Body data={data} selected={selected} />
      <Handle type="source" position={Position.Right} className={handle} />
    </>
  );
}

export function DestinationNode({ data, selected }: NodeProps<FlowNode>) {
  return (
    <>
      <Handle type="target" position={Position.Left} className={handle} />
      <Body data={data} selected={selected} />
    </>
  );
}

export const nodeTypes = { source: SourceNode, step: StepNode, destination: DestinationNode };
