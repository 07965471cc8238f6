// What can be put on the canvas: sources, transform steps, destinations (connectors and stored
// connections). Drag an item onto the canvas, or press its button to add it at the end of the chain.
import type { ComponentSpec, Connection } from '../../api/types';
import type { NodeData } from '../../lib/pipelineGraph';

export const DRAG_TYPE = 'application/x-dagg-node';

export interface PaletteItem {
  key: string;
  label: string;
  hint: string;
  data: NodeData;
}

export function paletteItems(connectors: ComponentSpec[], transforms: ComponentSpec[], connections: Connection[]) {
  const kindsOf = (id: string) => connectors.filter((c) => c.id === id).map((c) => c.kind).join(', ');
  const endpoint = (kind: 'source' | 'destination'): PaletteItem[] => [
    ...connections
      .filter((c) => kindsOf(c.connector).includes(kind))
      .map((c) => ({ key: `${kind}-conn-${c.id}`, label: c.name, hint: `stored connection (${c.connector})`, data: { kind, component: c.connector, connection: c.name, config: {} } })),
    ...connectors
      .filter((c) => c.kind.includes(kind))
      .map((c) => ({ key: `${kind}-${c.id}`, label: c.title, hint: c.id, data: { kind, component: c.id, config: {} } })),
  ];
  return {
    sources: endpoint('source'),
    steps: transforms.map((t) => ({ key: `step-${t.id}`, label: t.title, hint: t.id, data: { kind: 'step' as const, component: t.id, config: {} } })),
    destinations: endpoint('destination'),
  };
}

export function Palette({ groups, onAdd, disabled }: { groups: ReturnType<typeof paletteItems>; onAdd: (d: NodeData) => void; disabled?: boolean }) {
  const section = (title: string, items: PaletteItem[]) => (
    <details open className="mb-2">
      <summary className="cursor-pointer py-1 text-sm font-semibold">{title}</summary>
      <ul className="space-y-1" aria-label={title}>
        {items.map((it) => (
          <li
            key={it.key}
            draggable={!disabled}
            data-testid={`palette-${it.key}`}
            onDragStart={(e) => {
              e.dataTransfer.setData(DRAG_TYPE, JSON.stringify(it.data));
              e.dataTransfer.effectAllowed = 'move';
            }}
            className="flex cursor-grab items-center justify-between gap-1 rounded border border-gray-300 bg-white px-2 py-1 text-sm dark:border-gray-600 dark:bg-gray-800"
          >
            <span className="min-w-0">
              <span className="block truncate">{it.label}</span>
              <span className="block truncate text-xs text-gray-700 dark:text-gray-300">{it.hint}</span>
            </span>
            <button
              type="button"
              disabled={disabled}
              onClick={() => onAdd(it.data)}
              className="shrink-0 rounded px-1.5 text-blue-800 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-600 dark:text-blue-300 dark:hover:bg-gray-700"
              aria-label={`Add ${it.label} (${it.hint})`}
            >
              +
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
  return (
    <nav aria-label="Palette" className="text-gray-900 dark:text-gray-100">
      {section('Sources', groups.sources)}
      {section('Transform steps', groups.steps)}
      {section('Destinations', groups.destinations)}
    </nav>
  );
}
