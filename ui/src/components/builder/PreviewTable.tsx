// The rows after one node, with the rows it rejected and why, and the rows that explode ... into:
// sent to child streams (one tab each, beside the node's own rows).
import { useId, useState, type KeyboardEvent } from 'react';
import type { FieldInfo, NodePreview } from '../../api/types';
import { Table, Td } from '../ui';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '∅';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/**
 * The preview of one node, with the child-stream rows of every node up to it: rows an earlier
 * explode sent away still reach the destination, so the panel shows them beside the node's own.
 */
export function previewUpTo(previews: NodePreview[], step: number): NodePreview | null {
  const shown = previews.find((p) => p.step === step) ?? previews[previews.length - 1];
  if (!shown) return null;
  return { ...shown, children: previews.filter((p) => p.step <= shown.step).flatMap((p) => p.children) };
}

function Rows({ caption, fields, rows }: { caption: string; fields: FieldInfo[]; rows: unknown[][] }) {
  return (
    <Table
      caption={caption}
      head={fields.map((f) => (
        <span key={f.name}>
          {f.name}
          <span className="block text-xs font-normal text-gray-700 dark:text-gray-300">{f.type}</span>
        </span>
      ))}
      empty="No rows."
    >
      {rows.map((r, i) => (
        <tr key={i}>
          {fields.map((f, j) => (
            <Td key={f.name} className="whitespace-nowrap">
              {cell(r[j])}
            </Td>
          ))}
        </tr>
      ))}
    </Table>
  );
}

function NodeRows({ preview }: { preview: NodePreview }) {
  return (
    <div className="space-y-2">
      <p className="text-sm text-gray-800 dark:text-gray-200">
        After <strong>{preview.name}</strong> (step {preview.step}): {preview.rows.length} rows shown, {preview.rejected.length} rejected.
      </p>
      <Rows caption={`Preview after ${preview.name}`} fields={preview.fields} rows={preview.rows} />
      {preview.rejected.length > 0 && (
        <Table caption="Rejected rows" head={['Position', 'Field', 'Reason', 'Input']}>
          {preview.rejected.map((r, i) => (
            <tr key={i}>
              <Td>{r.position ?? ''}</Td>
              <Td>{r.field}</Td>
              <Td>{r.reason}</Td>
              <Td className="font-mono text-xs">{r.raw}</Td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}

export function PreviewTable({ preview }: { preview: NodePreview }) {
  const base = useId();
  const [tab, setTab] = useState(0);
  const children = preview.children ?? [];
  if (children.length === 0) {
    return (
      <div data-testid="preview">
        <NodeRows preview={preview} />
      </div>
    );
  }
  const labels = [`Rows after ${preview.name}`, ...children.map((c) => `Child stream ${c.stream}`)];
  const current = Math.min(tab, labels.length - 1);
  // The tab pattern of WAI-ARIA: arrows move between tabs, Home and End jump to the ends.
  const onKey = (e: KeyboardEvent) => {
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: labels.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const i = (next + labels.length) % labels.length;
    setTab(i);
    document.getElementById(`${base}-tab-${i}`)?.focus();
  };
  const child = current > 0 ? children[current - 1] : null;
  return (
    <div className="space-y-2" data-testid="preview">
      <div role="tablist" aria-label="Preview streams" className="flex flex-wrap gap-1 border-b border-gray-300 dark:border-gray-700" onKeyDown={onKey}>
        {labels.map((label, i) => (
          <button
            key={label + i}
            type="button"
            role="tab"
            id={`${base}-tab-${i}`}
            aria-selected={i === current}
            aria-controls={`${base}-panel`}
            tabIndex={i === current ? 0 : -1}
            onClick={() => setTab(i)}
            className={`-mb-px rounded-t-md border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 ${
              i === current
                ? 'border-gray-300 border-b-white bg-white text-gray-900 dark:border-gray-700 dark:border-b-gray-800 dark:bg-gray-800 dark:text-gray-100'
                : 'border-transparent text-blue-800 hover:bg-blue-50 dark:text-blue-300 dark:hover:bg-gray-700'
            }`}
          >
            {label}
            {i > 0 && <span className="ml-1 text-xs font-normal">({children[i - 1].rows.length} rows)</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${current}`}>
        {child ? (
          <div className="space-y-2">
            <p className="text-sm text-gray-800 dark:text-gray-200">
              Sent to child stream <strong>{child.stream}</strong> by <strong>{child.stepName}</strong> (step {child.step}): {child.rows.length} rows shown. The destination
              writes them to their own table, {child.stream}.
            </p>
            <Rows caption={`Child stream ${child.stream}`} fields={child.fields} rows={child.rows} />
          </div>
        ) : (
          <NodeRows preview={preview} />
        )}
      </div>
    </div>
  );
}
