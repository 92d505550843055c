/**
 * Issue 14 (bench-findings §12): DataTable renders once per mount and once per sort in a
 * real browser, where its stacked-layout check (a container query read through a computed
 * style, and a ResizeObserver on the scroll box and the table) runs. The check decides
 * before paint and renders again only when the decision changes: a wide table is one
 * commit per mount and per sort, a narrow one is cards already when the mount returns.
 * (A ResizeObserver callback, after the frame, re-rendered the whole table for nothing,
 * and so did the scroll box kept in state: three commits per mount, two per sort.)
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { DataTable } from '../../src/components/ui/DataTable/DataTable';
import {
  defineDataTable,
  useDataTable,
  useDataTableColumns,
  type DataTableColumnContext,
  type DataTableColumns,
} from '../../src/hooks/dataTable';
import { settledList } from '../lists';
import { RevampdProvider } from '../../src/provider/RevampdProvider';
import { testProviderProps } from '../render';

afterEach(() => cleanup());

interface Row {
  id: string;
  name: string;
  amount: number;
}

const rowTable = defineDataTable<Row>();

function rowColumns(_: DataTableColumnContext): DataTableColumns<Row, 'name' | 'amount'> {
  const h = rowTable.columnHelper;
  return h.columns([
    h.accessor('name', { header: 'Name', sortFn: 'text', meta: { rowHeader: true } }),
    h.accessor('amount', { header: 'Amount', sortFn: 'number', meta: { align: 'end' } }),
  ]);
}

const ROWS: Row[] = Array.from({ length: 30 }, (_, index) => ({
  id: `r${index}`,
  name: `Row ${(index * 7) % 30}`,
  amount: index * 100,
}));

// One list object, as the query cache hands the same one to every render.
const LIST = settledList(ROWS);

function RowsTable() {
  const columns = useDataTableColumns(rowColumns);
  const table = useDataTable({ features: rowTable.features, columns, list: LIST, getRowId: (row) => row.id });
  return <DataTable instance={table} list={LIST} caption="Rows" emptyMessage="No rows." />;
}

/** Mounts the table in a box `width` px wide; `commits()` counts React commits in it. */
function renderInBox(width: number) {
  let count = 0;
  render(
    <RevampdProvider {...testProviderProps()}>
      <div style={{ inlineSize: `${width}px` }}>
        <Profiler id="table" onRender={() => (count += 1)}>
          <RowsTable />
        </Profiler>
      </div>
    </RevampdProvider>,
  );
  return {
    commits: () => count,
    reset: () => {
      count = 0;
    },
  };
}

/** Two painted frames: a ResizeObserver's callbacks and what they scheduled have run. */
const frames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

const root = () => screen.getByRole('table', { name: 'Rows' }).closest('.rvp-DataTable');

describe('DataTable commits', () => {
  it('a wide table: one commit per mount and one per sort, none after the frame', async () => {
    const table = renderInBox(1000);
    expect(root()).not.toHaveAttribute('data-stacked');
    await frames();
    expect(table.commits()).toBe(1);

    table.reset();
    await userEvent.click(screen.getByRole('button', { name: /^Name/ }));
    await frames();
    expect(screen.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(table.commits()).toBe(1);
    expect(root()).not.toHaveAttribute('data-stacked');
  });

  it('a narrow table is cards as the mount returns (before paint), and a sort keeps them', async () => {
    const table = renderInBox(320);
    // Synchronously after the mount: the decision was made in React's layout phase.
    expect(root()).toHaveAttribute('data-stacked');
    const first = within(screen.getByRole('table', { name: 'Rows' })).getAllByRole('row')[1];
    expect(first).toHaveTextContent('Amount');
    await frames();
    // The first render (a table) and the one the decision asked for (cards).
    expect(table.commits()).toBe(2);

    table.reset();
    await userEvent.click(screen.getByRole('button', { name: /^Amount/ }));
    await frames();
    expect(table.commits()).toBe(1);
    expect(root()).toHaveAttribute('data-stacked');
  });
});
