/**
 * DataTable as a view over `useDataTable` and a list: typed cell overrides by column id,
 * the view-only row actions column, the forwarded ref and host props, and the states it
 * draws through ResourceStates. The rows come from an in-memory list, not the network.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, Profiler, useState, type ReactElement, type Ref } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { RevampdError } from '../../../api/errors';
import {
  defineDataTable,
  useDataTable,
  useDataTableColumns,
  type DataTableColumnContext,
  type DataTableColumns,
} from '../../../hooks/dataTable';
import type { ListQuery } from '../../../hooks/shared';
import { RevampdProvider } from '../../../provider/RevampdProvider';
import { settledList } from '../../../../test/lists';
import { testProviderProps } from '../../../../test/render';
import { DataTable, type DataTableProps } from './DataTable';

// -------------------------------------------------------------------------------------------------
// A small table of its own
// -------------------------------------------------------------------------------------------------

interface Row {
  id: string;
  name: string;
  status: 'open' | 'closed';
  amount: number;
}

type RowColumnId = 'name' | 'status' | 'amount';

const rowTable = defineDataTable<Row>();

function rowColumns({ format }: DataTableColumnContext): DataTableColumns<Row, RowColumnId> {
  const h = rowTable.columnHelper;
  return h.columns([
    h.accessor('name', { header: 'Name', sortFn: 'text', meta: { rowHeader: true, csv: (row) => row.name } }),
    h.accessor('status', { header: 'Status', sortFn: 'text', meta: { csv: (row) => row.status } }),
    h.accessor('amount', {
      header: 'Amount',
      sortFn: 'number',
      cell: (info) => format.money({ amount: info.row.original.amount, currency: 'USD' }),
      meta: { align: 'end', csv: (row) => row.amount },
    }),
  ]);
}

const ROWS: Row[] = [
  { id: 'r1', name: 'First', status: 'open', amount: 100 },
  { id: 'r2', name: 'Second', status: 'closed', amount: 250 },
];

const listOf = (items: Row[], overrides: Partial<ListQuery<Row>> = {}) => settledList(items, overrides);

type TableProps = Omit<DataTableProps<Row, RowColumnId>, 'instance' | 'list' | 'caption' | 'emptyMessage'>;

function RowsTable({
  list,
  tableRef,
  ...props
}: { list: ListQuery<Row>; tableRef?: Ref<HTMLDivElement> } & TableProps) {
  const columns = useDataTableColumns(rowColumns);
  const table = useDataTable({ features: rowTable.features, columns, list, getRowId: (row) => row.id });
  return (
    <DataTable
      ref={tableRef}
      instance={table}
      list={list}
      caption="Rows"
      emptyMessage="No rows."
      {...props}
    />
  );
}

function renderTable(ui: ReactElement) {
  return render(<RevampdProvider {...testProviderProps()}>{ui}</RevampdProvider>);
}

const bodyRows = () =>
  within(screen.getByRole('table', { name: 'Rows' }))
    .getAllByRole('row')
    .slice(1);

// -------------------------------------------------------------------------------------------------
// Tests
// -------------------------------------------------------------------------------------------------

describe('DataTable', () => {
  it('renders a cell override by column id; other columns render their own cell', () => {
    renderTable(
      <RowsTable list={listOf(ROWS)} cells={{ status: (row) => <mark>{row.status.toUpperCase()}</mark> }} />,
    );
    const [first] = bodyRows();
    if (!first) throw new Error('no rows');
    const cells = within(first).getAllByRole('cell');
    expect(within(first).getByRole('rowheader')).toHaveTextContent('First');
    expect(cells[0]).toHaveTextContent('OPEN');
    expect(cells[1]).toHaveTextContent('$1.00');
  });

  it('draws row actions in a trailing column that neither sorts nor goes into the CSV', async () => {
    let csv = '';
    function WithActions() {
      const list = listOf(ROWS);
      const columns = useDataTableColumns(rowColumns);
      const table = useDataTable({ features: rowTable.features, columns, list, getRowId: (row) => row.id });
      csv = table.toCsv();
      return (
        <DataTable
          instance={table}
          list={list}
          caption="Rows"
          emptyMessage="No rows."
          rowActions={{
            header: 'Actions',
            render: (row) => (row.status === 'open' ? <button type="button">Close {row.name}</button> : null),
          }}
        />
      );
    }
    renderTable(<WithActions />);
    const actionsHeader = screen.getByRole('columnheader', { name: 'Actions' });
    expect(within(actionsHeader).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').at(-1)).toBe(actionsHeader);
    const [first, second] = bodyRows();
    expect(within(first as HTMLElement).getByRole('button', { name: 'Close First' })).toBeInTheDocument();
    expect(within(second as HTMLElement).queryByRole('button')).not.toBeInTheDocument();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Name,Status,Amount');

    // The sortable columns still sort; the actions follow their rows.
    await userEvent.click(within(screen.getByRole('columnheader', { name: /^Amount/ })).getByRole('button'));
    expect(within(bodyRows()[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Second');
  });

  it('renders once per mount and once per sort: no second render for its own layout (issue 14, bench-findings §12)', async () => {
    // Stable across renders, as a list from the query cache is.
    const list = listOf(ROWS);
    let commits = 0;
    renderTable(
      <Profiler id="table" onRender={() => (commits += 1)}>
        <RowsTable list={list} />
      </Profiler>,
    );
    expect(bodyRows()).toHaveLength(2);
    expect(commits).toBe(1);

    commits = 0;
    await userEvent.click(screen.getByRole('button', { name: /Name/ }));
    await waitFor(() =>
      expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort'),
    );
    expect(commits).toBe(1);
  });

  it('observes its scroll box while mounted and stops when it goes (nothing left observing)', () => {
    // jsdom has no ResizeObserver: a stand-in that records what is observed and disconnected.
    const observing = new Set<Element>();
    class RecordingObserver {
      private readonly targets: Element[] = [];
      observe(target: Element) {
        this.targets.push(target);
        observing.add(target);
      }
      unobserve() {}
      disconnect() {
        for (const target of this.targets) observing.delete(target);
      }
    }
    vi.stubGlobal('ResizeObserver', RecordingObserver);
    try {
      const view = renderTable(<RowsTable list={listOf(ROWS)} />);
      expect(observing.size).toBeGreaterThan(0);
      view.unmount();
      expect(observing.size).toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('forwards its ref to the root and puts id, aria-* and data-* on it', () => {
    const ref = createRef<HTMLDivElement>();
    renderTable(
      <RowsTable list={listOf(ROWS)} tableRef={ref} id="rows" aria-describedby="help" data-host="x" />,
    );
    const root = ref.current;
    expect(root).toBeInstanceOf(HTMLDivElement);
    expect(root).toContainElement(screen.getByRole('table', { name: 'Rows' }));
    expect(root).toHaveAttribute('id', 'rows');
    expect(root).toHaveAttribute('aria-describedby', 'help');
    expect(root).toHaveAttribute('data-host', 'x');
    expect(root).toHaveAttribute('data-state', 'ready');
  });

  it('has boolean data-* attributes only when true: no row is marked without a target', () => {
    renderTable(<RowsTable list={listOf(ROWS)} />);
    for (const row of bodyRows()) expect(row).not.toHaveAttribute('data-targeted');
    renderTable(<RowsTable list={listOf(ROWS)} targetRowId="r2" />);
    const marked = document.querySelectorAll('tr[data-targeted]');
    expect(marked).toHaveLength(1);
    expect(marked[0]).toHaveAttribute('data-targeted', '');
  });

  it('shows the empty message, the error with Retry and the stale note through the shared states', async () => {
    const { unmount } = renderTable(<RowsTable list={listOf([])} />);
    expect(screen.getByText('No rows.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    unmount();

    let retried = 0;
    const error = new RevampdError({ kind: 'http', status: 500, code: 'server_error', message: 'Boom.' });
    const failed = renderTable(
      <RowsTable list={listOf([], { status: 'error', error, refetch: () => void retried++ })} />,
    );
    await userEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }));
    expect(retried).toBe(1);
    failed.unmount();

    renderTable(<RowsTable list={listOf(ROWS, { status: 'error', error })} />);
    expect(screen.getByText(/it may be out of date/)).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(2);
  });

  it('"Next page" past the loaded rows fetches the next server page and shows it: one paging model (issue 11)', async () => {
    const many = (from: number, count: number): Row[] =>
      Array.from({ length: count }, (_, index) => ({
        id: `r${from + index}`,
        name: `Row ${String(from + index).padStart(2, '0')}`,
        status: 'open',
        amount: from + index,
      }));
    let fetches = 0;
    function Growing() {
      const [items, setItems] = useState(() => many(1, 20));
      const list = listOf(items, {
        hasNextPage: items.length < 27,
        fetchNextPage: () => {
          fetches += 1;
          setTimeout(() => setItems((rows) => [...rows, ...many(rows.length + 1, 7)]), 0);
        },
      });
      return <RowsTable list={list} />;
    }
    renderTable(<Growing />);
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    // The server has more than the loaded rows: "+", and no second "Load more" model.
    expect(within(nav).getByText('1–10 of 20+')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Load more/ })).not.toBeInTheDocument();
    await userEvent.click(within(nav).getByRole('button', { name: 'Next page' }));
    expect(within(nav).getByText('11–20 of 20+')).toBeInTheDocument();
    expect(fetches).toBe(0);

    await userEvent.click(within(nav).getByRole('button', { name: 'Next page' }));
    expect(fetches).toBe(1);
    // The new rows arrive on a later task, as a fetch's would: wait for the page they open.
    expect(await within(nav).findByText('21–27 of 27')).toBeInTheDocument();
    expect(within(bodyRows()[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Row 21');
    expect(within(nav).getByRole('button', { name: 'Next page' })).toHaveAttribute('aria-disabled', 'true');

    // Back, and Next again, stays within the loaded rows.
    await userEvent.click(within(nav).getByRole('button', { name: 'Previous page' }));
    expect(within(nav).getByText('11–20 of 27')).toBeInTheDocument();
    expect(fetches).toBe(1);
  });

  it('shows no export control when the host switched exportCsv off', () => {
    render(
      <RevampdProvider {...testProviderProps({ features: { exportCsv: false } })}>
        <RowsTable list={listOf(ROWS)} exportName="rows" />
      </RevampdProvider>,
    );
    expect(screen.getByRole('table', { name: 'Rows' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).not.toBeInTheDocument();
  });

  it('exports every page of the list, fetched first, as one CSV', async () => {
    const many = (from: number, count: number): Row[] =>
      Array.from({ length: count }, (_, index) => ({
        id: `r${from + index}`,
        name: `Row ${from + index}`,
        status: 'open',
        amount: from + index,
      }));
    const saved: string[] = [];
    const createObjectURL = URL.createObjectURL;
    const revokeObjectURL = URL.revokeObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      void (blob as Blob).text().then((text) => saved.push(text));
      return 'blob:rows';
    };
    URL.revokeObjectURL = () => undefined;
    try {
      function Growing() {
        const [items, setItems] = useState(() => many(1, 5));
        const list = listOf(items, {
          hasNextPage: items.length < 15,
          fetchNextPage: () =>
            setTimeout(() => setItems((rows) => [...rows, ...many(rows.length + 1, 5)]), 0),
        });
        return <RowsTable list={list} exportName="rows" />;
      }
      renderTable(<Growing />);
      await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
      await waitFor(() => expect(saved).toHaveLength(1));
      const lines = (saved[0] ?? '')
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean);
      expect(lines).toHaveLength(1 + 15);
      expect(lines.at(-1)).toBe('Row 15,open,15');
    } finally {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
    }
  });
});
