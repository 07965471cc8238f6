// The rows after one node, with the rows it rejected and why.
import type { NodePreview } from '../../api/types';
import { Table, Td } from '../ui';

function cell(v: unknown): string {
  if (v === null || v === undefined) return '∅';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export function PreviewTable({ preview }: { preview: NodePreview }) {
  return (
    <div className="space-y-2" data-testid="preview">
      <p className="text-sm text-gray-800 dark:text-gray-200">
        After <strong>{preview.name}</strong> (step {preview.step}): {preview.rows.length} rows shown, {preview.rejected.length} rejected.
      </p>
      <Table caption={`Preview after ${preview.name}`} head={preview.fields.map((f) => (
        <span key={f.name}>
          {f.name}
          <span className="block text-xs font-normal text-gray-700 dark:text-gray-300">{f.type}</span>
        </span>
      ))} empty="No rows.">
        {preview.rows.map((r, i) => (
          <tr key={i}>
            {preview.fields.map((f, j) => (
              <Td key={f.name} className="whitespace-nowrap">{cell(r[j])}</Td>
            ))}
          </tr>
        ))}
      </Table>
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
