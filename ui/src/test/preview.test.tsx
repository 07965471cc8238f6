import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { list, nodePreview } from '../api/normalize';
import { PreviewTable, previewUpTo } from '../components/builder/PreviewTable';

// POST /api/v1/pipelines/{id}/preview as the server answers it (InspectResponses.Preview) for
// orders.json -> explode: {field: items, into: order_items, parent_key: [id], index: line}.
const answer = {
  steps: [
    {
      step: 0,
      name: 'source',
      fields: [
        { name: 'id', type: 'bigint', nullable: true },
        { name: 'items', type: 'json', nullable: true },
      ],
      rows: [
        [1, ['tea', 'cake']],
        [2, []],
      ],
      rejected: [],
      children: [],
    },
    {
      step: 1,
      name: 'explode',
      fields: [{ name: 'id', type: 'bigint', nullable: true }],
      rows: [[1], [2]],
      rejected: [],
      children: [
        {
          stream: 'order_items',
          fields: [
            { name: 'id', type: 'bigint', nullable: true },
            { name: 'line', type: 'int', nullable: false },
            { name: 'items', type: 'string', nullable: true },
          ],
          rows: [
            [1, 0, 'tea'],
            [1, 1, 'cake'],
          ],
        },
      ],
    },
    { step: 2, name: 'rename', fields: [{ name: 'order_id', type: 'bigint', nullable: true }], rows: [[1], [2]], rejected: [], children: [] },
  ],
};

describe('preview of child streams', () => {
  it('reads the rows a step sends into a child stream, naming the step', () => {
    const nodes = list(answer, nodePreview);
    expect(nodes[0].children).toEqual([]);
    expect(nodes[1].children).toEqual([
      {
        stream: 'order_items',
        step: 1,
        stepName: 'explode',
        fields: [
          { name: 'id', type: 'bigint', nullable: true },
          { name: 'line', type: 'int', nullable: false },
          { name: 'items', type: 'string', nullable: true },
        ],
        rows: [
          [1, 0, 'tea'],
          [1, 1, 'cake'],
        ],
      },
    ]);
  });

  it('keeps the child rows of earlier steps when a later node is previewed', () => {
    const nodes = list(answer, nodePreview);
    expect(previewUpTo(nodes, 2)?.children.map((c) => c.stream)).toEqual(['order_items']);
    expect(previewUpTo(nodes, 0)?.children).toEqual([]);
    expect(previewUpTo([], 1)).toBeNull();
  });

  it('shows the node rows and each child stream in tabs', async () => {
    const shown = previewUpTo(list(answer, nodePreview), 2)!;
    render(<PreviewTable preview={shown} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Rows after rename', 'Child stream order_items(2 rows)']);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('After rename (step 2): 2 rows shown');

    await userEvent.click(tabs[1]);
    const panel = screen.getByRole('tabpanel');
    expect(panel).toHaveAccessibleName('Child stream order_items (2 rows)');
    expect(panel).toHaveTextContent('Sent to child stream order_items by explode (step 1): 2 rows shown');
    const table = within(panel).getByRole('table', { name: 'Child stream order_items' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['idbigint', 'lineint', 'itemsstring']);
    expect(within(table).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['10tea', '11cake']);
  });

  it('moves between the tabs with the arrow keys', async () => {
    render(<PreviewTable preview={previewUpTo(list(answer, nodePreview), 1)!} />);
    screen.getAllByRole('tab')[0].focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /order_items/ })).toHaveFocus();
    expect(screen.getByRole('tab', { name: /order_items/ })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Rows after explode' })).toHaveFocus();
  });

  it('shows a node without child streams as before, without tabs', () => {
    render(<PreviewTable preview={list(answer, nodePreview)[0]} />);
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByRole('table', { name: 'Preview after source' })).toBeInTheDocument();
  });
});
