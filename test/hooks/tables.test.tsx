/**
 * The headless table layer on its own, without a widget: column factories hold raw values
 * (sorting and CSV never see labels), `useDataTable` keeps its page in range without
 * writing state while rendering and pages past the loaded rows through the server's next
 * page (one paging model, issue 11), and `useConfirmedAction` runs a confirmed action once.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { sortFn_alphanumeric, type SortingState } from '@tanstack/react-table';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockDb, seedLarge } from '../../mocks';
import { RevampdError } from '../../src/api/errors';
import type { AddOn, Invoice, Payout, Ticket, WalletTransaction } from '../../src/api/schemas';
import { addOnsColumns, addOnsTableDefinition, type AddOnsTableColumnId } from '../../src/hooks/addOnsTable';
import {
  defineDataTable,
  useDataTable,
  useDataTableColumns,
  useDataTableRowTarget,
  type DataTableColumnFactory,
  type DataTableColumns,
  type DataTableDefinition,
  type DataTableTargetList,
} from '../../src/hooks/dataTable';
import {
  invoicesColumns,
  invoicesTableDefinition,
  type InvoicesTableColumnId,
} from '../../src/hooks/invoicesTable';
import {
  payoutsColumns,
  payoutsTableDefinition,
  type PayoutsTableColumnId,
} from '../../src/hooks/payoutsTable';
import {
  ticketsColumns,
  ticketsTableDefinition,
  type TicketsTableColumnId,
} from '../../src/hooks/ticketsColumns';
import { useConfirmedAction } from '../../src/hooks/useConfirmedAction';
import {
  walletTransactionsColumns,
  walletTransactionsTableDefinition,
} from '../../src/hooks/walletTransactionsTable';
import { frFR } from '../../src/locales/fr-FR';
import { createWrapper } from '../render';

function ticket(index: number, overrides: Partial<Ticket>): Ticket {
  const base = {
    id: `tkt_${index}`,
    number: index,
    title: `Ticket ${index}`,
    description: 'A description.',
    status: 'open',
    priority: 'low',
    assignee: null,
    createdAt: '2026-01-01T12:00:00.000Z',
    updatedAt: `2026-01-0${index}T12:00:00.000Z`,
  };
  // The ticket contract grows (conversations); the columns read only the fields above.
  return { ...base, ...overrides } as Ticket;
}

const TICKETS: Ticket[] = [
  ticket(1, { status: 'in_progress', priority: 'high', assignee: { id: 'u1', name: 'Ada' } }),
  ticket(2, { status: 'closed', priority: 'medium' }),
  ticket(3, { status: 'open', priority: 'low' }),
];

/** Renders `useDataTable` over the factory's columns, with the provider's messages. */
function renderTable<TRow extends { id: string }, TColumnId extends string>(
  definition: DataTableDefinition<TRow>,
  factory: DataTableColumnFactory<TRow, TColumnId>,
  data: TRow[],
  provider = {},
) {
  return renderHook(
    () =>
      useDataTable({
        features: definition.features,
        columns: useDataTableColumns(factory),
        data,
        getRowId: (row) => row.id,
      }),
    { wrapper: createWrapper(provider) },
  );
}

const csvLines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('column factories', () => {
  it('ticket CSV holds raw status and priority codes, the same in French (issue 8)', () => {
    const english = renderTable(ticketsTableDefinition, ticketsColumns, TICKETS).result.current.toCsv();
    const french = renderTable(ticketsTableDefinition, ticketsColumns, TICKETS, {
      locale: 'fr-FR',
      baseMessages: frFR,
    }).result.current.toCsv();
    const [header, first, second] = csvLines(english);
    expect(header).toBe('Number,Title,Status,Priority,Assigned To,Last update');
    expect(first).toBe('1,Ticket 1,in_progress,high,Ada,2026-01-01T12:00:00.000Z');
    expect(second).toBe('2,Ticket 2,closed,medium,,2026-01-02T12:00:00.000Z');
    expect(english).not.toMatch(/In progress|High/);
    // Only the headers are words of the language; the cells are the same codes.
    expect(csvLines(french).slice(1)).toEqual(csvLines(english).slice(1));
  });

  it('ticket status and priority sort by the rank of the raw code, in any language', () => {
    const order = (provider: object, columnId: TicketsTableColumnId) => {
      const { result } = renderTable(ticketsTableDefinition, ticketsColumns, TICKETS, provider);
      act(() => result.current.toggleSort(columnId));
      act(() => result.current.toggleSort(columnId));
      expect(result.current.sort).toEqual({ columnId, direction: 'ascending' });
      return result.current.sortedRows.map((row) => row.original.number);
    };
    const french = { locale: 'fr-FR', baseMessages: frFR };
    // Workflow order: open, in progress, closed; priority low to high.
    expect(order({}, 'status')).toEqual([3, 1, 2]);
    expect(order(french, 'status')).toEqual([3, 1, 2]);
    expect(order({}, 'priority')).toEqual([3, 2, 1]);
    expect(order(french, 'priority')).toEqual([3, 2, 1]);
  });

  it('each factory builds exactly the columns its id type names, none of them view-only', () => {
    const ids = <TRow extends { id: string }, TColumnId extends string>(
      definition: DataTableDefinition<TRow>,
      factory: DataTableColumnFactory<TRow, TColumnId>,
    ) =>
      renderTable(definition, factory, [])
        .result.current.table.getAllLeafColumns()
        .map((column) => column.id);

    expect(ids<AddOn, AddOnsTableColumnId>(addOnsTableDefinition, addOnsColumns)).toEqual([
      'name',
      'detail',
      'status',
      'quantity',
      'price',
      'since',
    ] satisfies AddOnsTableColumnId[]);
    expect(ids<Invoice, InvoicesTableColumnId>(invoicesTableDefinition, invoicesColumns)).toEqual([
      'number',
      'date',
      'type',
      'status',
      'total',
      'amountDue',
    ] satisfies InvoicesTableColumnId[]);
    expect(ids<Payout, PayoutsTableColumnId>(payoutsTableDefinition, payoutsColumns)).toEqual([
      'date',
      'status',
      'amount',
      'walletCredit',
    ] satisfies PayoutsTableColumnId[]);
    expect(ids<Ticket, TicketsTableColumnId>(ticketsTableDefinition, ticketsColumns)).toEqual([
      'number',
      'title',
      'status',
      'priority',
      'assignee',
      'updated',
    ] satisfies TicketsTableColumnId[]);
  });
});

// -------------------------------------------------------------------------------------------------
// useDataTable
// -------------------------------------------------------------------------------------------------

interface Item {
  id: string;
  value: number;
}

const itemTable = defineDataTable<Item>();
const itemColumns = itemTable.columnHelper.columns([
  itemTable.columnHelper.accessor('value', {
    header: 'Value',
    sortFn: 'number',
    meta: { csv: (row) => row.value },
  }),
]);
const items = (count: number): Item[] =>
  Array.from({ length: count }, (_, index) => ({ id: `i${index}`, value: index }));

describe('useDataTable', () => {
  it('goes back to the first page when rows change, in that very render, without writing state while rendering (issue 11)', () => {
    const errors = vi.spyOn(console, 'error');
    const seen: { pageIndex: number; rows: number }[] = [];
    const { result, rerender } = renderHook(
      ({ data }: { data: Item[] }) => {
        const table = useDataTable({
          features: itemTable.features,
          columns: itemColumns,
          data,
          getRowId: (row) => row.id,
        });
        seen.push({ pageIndex: table.pagination.pageIndex, rows: table.rows.length });
        return table;
      },
      { wrapper: createWrapper(), initialProps: { data: items(30) } },
    );
    act(() => result.current.pagination.setPageIndex(2));
    expect(result.current.rows[0]?.original.value).toBe(20);
    expect(result.current.pagination.position).toBe('21–30 of 30');

    seen.length = 0;
    rerender({ data: items(15) });
    // Never a render of an empty page past the end, nor of the old page over new rows.
    expect(seen.every((frame) => frame.pageIndex === 0 && frame.rows === 10)).toBe(true);
    expect(result.current.pagination).toMatchObject({ pageIndex: 0, pageCount: 2, canNext: true });
    expect(result.current.pagination.position).toBe('1–10 of 15');

    // Rows that only grow (a next page arriving) keep the page the person chose.
    act(() => result.current.pagination.next());
    rerender({ data: items(30) });
    expect(result.current.pagination.pageIndex).toBe(1);
    act(() => result.current.pagination.next());
    expect(result.current.pagination.pageIndex).toBe(2);

    // A row updated in place (same ids) keeps it too.
    rerender({ data: items(30).map((item) => (item.id === 'i3' ? { ...item, value: 99 } : item)) });
    expect(result.current.pagination.pageIndex).toBe(2);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('without a list, "Next page" stops at the last loaded row: the host loads pages itself', () => {
    const { result } = renderHook(
      () =>
        useDataTable({
          features: itemTable.features,
          columns: itemColumns,
          data: items(13),
          getRowId: (row) => row.id,
        }),
      { wrapper: createWrapper() },
    );
    act(() => result.current.pagination.next());
    expect(result.current.pagination).toMatchObject({
      pageIndex: 1,
      hasMore: false,
      canNext: false,
      position: '11–13 of 13',
    });
    act(() => result.current.pagination.next());
    expect(result.current.pagination.pageIndex).toBe(1);
  });

  it('with a list, "Next page" past the loaded rows fetches the next server page and shows it once it arrives (issue 11)', () => {
    let fetched = 0;
    const listOf = (count: number, hasNextPage: boolean) => ({
      items: items(count),
      error: null,
      hasNextPage,
      isFetchingNextPage: false,
      fetchNextPage: () => void fetched++,
    });
    const { result, rerender } = renderHook(
      ({ list }: { list: ReturnType<typeof listOf> }) =>
        useDataTable({ features: itemTable.features, columns: itemColumns, list, getRowId: (row) => row.id }),
      { wrapper: createWrapper(), initialProps: { list: listOf(20, true) } },
    );
    expect(result.current.pagination.position).toBe('1–10 of 20+');
    act(() => result.current.pagination.next());
    expect(result.current.pagination.position).toBe('11–20 of 20+');
    expect(fetched).toBe(0);

    // The loaded rows ran out: the next server page is fetched, this page stays until it arrives.
    act(() => result.current.pagination.next());
    expect(fetched).toBe(1);
    expect(result.current.pagination).toMatchObject({ pageIndex: 1, loadingNext: true });
    rerender({ list: listOf(27, false) });
    expect(result.current.pagination).toMatchObject({ pageIndex: 2, loadingNext: false, canNext: false });
    expect(result.current.pagination.position).toBe('21–27 of 27');
    expect(result.current.rows.map((row) => row.original.value)).toEqual([20, 21, 22, 23, 24, 25, 26]);
  });

  it('exports every page: the remaining server pages are fetched before the CSV is made', async () => {
    const pages: Item[][] = [items(10), items(20), items(25)];
    let loaded = 0;
    const { result, rerender } = renderHook(
      ({ page }: { page: number }) =>
        useDataTable({
          features: itemTable.features,
          columns: itemColumns,
          list: {
            items: pages[page] as Item[],
            error: null,
            hasNextPage: page < pages.length - 1,
            isFetchingNextPage: false,
            fetchNextPage: () => void (loaded += 1),
          },
          getRowId: (row) => row.id,
        }),
      { wrapper: createWrapper(), initialProps: { page: 0 } },
    );
    let csv: Promise<string> = Promise.resolve('');
    act(() => {
      csv = result.current.exportCsv();
    });
    expect(result.current.exporting).toBe(true);
    expect(loaded).toBe(1);
    rerender({ page: 1 });
    expect(loaded).toBe(2);
    rerender({ page: 2 });
    const lines = csvLines(await csv).filter(Boolean);
    expect(lines).toHaveLength(1 + 25);
    expect(lines[0]).toBe('Value');
    await waitFor(() => expect(result.current.exporting).toBe(false));
  });

  it('exports nothing and fetches nothing when the host switched exportCsv off', async () => {
    let loaded = 0;
    const { result } = renderHook(
      () =>
        useDataTable({
          features: itemTable.features,
          columns: itemColumns,
          list: {
            items: items(10),
            error: null,
            hasNextPage: true,
            isFetchingNextPage: false,
            fetchNextPage: () => void (loaded += 1),
          },
          getRowId: (row) => row.id,
        }),
      { wrapper: createWrapper({ features: { exportCsv: false } }) },
    );
    expect(result.current.canExportCsv).toBe(false);
    await expect(result.current.exportCsv()).rejects.toMatchObject({ code: 'feature_disabled' });
    expect(loaded).toBe(0);
  });
});

// -------------------------------------------------------------------------------------------------
// useDataTable: a table builds only the page's rows, sorted or not (issue 14)
// -------------------------------------------------------------------------------------------------

describe("useDataTable over 10,000 rows builds only the page's rows (issue 14)", () => {
  const MANY = items(10_000);
  // TanStack asks every row it builds for its id: the calls count the `Row`s made.
  const FEW = 100;

  /** useDataTable over MANY, counting `getRowId` calls, with an optional row target. */
  function renderMany(target: { id: string | null } = { id: null }, defaultSorting?: SortingState) {
    const getRowId = vi.fn((row: Item) => row.id);
    const list: DataTableTargetList = {
      items: MANY,
      status: 'success',
      error: null,
      hasNextPage: false,
      isFetchingNextPage: false,
      fetchNextPage: () => undefined,
    };
    const view = renderHook(
      () => {
        const table = useDataTable({
          features: itemTable.features,
          columns: itemColumns,
          data: MANY,
          getRowId,
          defaultSorting,
        });
        return { table, target: useDataTableRowTarget(table, list, target.id) };
      },
      { wrapper: createWrapper() },
    );
    return { ...view, getRowId };
  }

  const page = (rows: readonly { id: string; index: number; original: Item }[]) =>
    rows.map((row) => ({ id: row.id, index: row.index, original: row.original }));

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('renders its first page without building a row for every loaded row, and pages the same way', () => {
    vi.useFakeTimers();
    const { result, getRowId } = renderMany();
    expect(getRowId.mock.calls.length).toBeLessThan(FEW);
    expect(page(result.current.table.rows)).toEqual(
      MANY.slice(0, 10).map((original, index) => ({ id: original.id, index, original })),
    );
    expect(result.current.table.rows[0]?.original).toBe(MANY[0]);
    expect(result.current.table.pagination.position).toBe('1–10 of 10,000');

    act(() => result.current.table.pagination.setPageIndex(420));
    expect(page(result.current.table.rows)).toEqual(
      MANY.slice(4200, 4210).map((original, i) => ({ id: original.id, index: 4200 + i, original })),
    );
    // Cells render from these rows as from the model's.
    expect(result.current.table.rows[3]?.getAllCells().map((cell) => cell.getValue())).toEqual([4203]);
    act(() => result.current.table.pagination.setPageSize(25));
    expect(result.current.table.rows.map((row) => row.id)).toEqual(
      MANY.slice(4200, 4225).map((item) => item.id),
    );
    expect(getRowId.mock.calls.length).toBeLessThan(FEW);
  });

  it("sorts without building a row for every loaded row: only the page's, in the sorted order", () => {
    const { result, getRowId } = renderMany();
    act(() => result.current.table.toggleSort('value'));
    expect(result.current.table.sort).toEqual({ columnId: 'value', direction: 'descending' });
    expect(page(result.current.table.rows)).toEqual(
      [9999, 9998, 9997, 9996, 9995, 9994, 9993, 9992, 9991, 9990].map((index) => ({
        id: `i${index}`,
        // The row's index is its place in the rows given, as in TanStack's model.
        index,
        original: MANY[index],
      })),
    );
    // Paging cuts the same order, without sorting again.
    act(() => result.current.table.pagination.setPageIndex(420));
    expect(result.current.table.rows.map((row) => row.original.value)).toEqual(
      MANY.slice(5790, 5800)
        .map((item) => item.value)
        .reverse(),
    );
    act(() => result.current.table.pagination.next());
    expect(result.current.table.rows[0]?.original.value).toBe(9999 - 4210);
    act(() => result.current.table.toggleSort('value'));
    expect(result.current.table.sort).toEqual({ columnId: 'value', direction: 'ascending' });
    expect(result.current.table.pagination.pageIndex).toBe(0);
    expect(result.current.table.rows.map((row) => row.id)).toEqual(MANY.slice(0, 10).map((item) => item.id));
    expect(getRowId.mock.calls.length).toBeLessThan(FEW);

    // `sortedRows` is still TanStack's model, built on read, in the same order.
    const { sortedRows, rows } = result.current.table;
    expect(sortedRows).toHaveLength(MANY.length);
    expect(page(sortedRows.slice(0, 10))).toEqual(page(rows));
  });

  it('exports the CSV in the sorted order without building the rows', () => {
    const { result, getRowId } = renderMany();
    act(() => result.current.table.toggleSort('value'));
    const lines = csvLines(result.current.table.toCsv()).filter(Boolean);
    expect(lines).toHaveLength(1 + MANY.length);
    expect(lines.slice(0, 4)).toEqual(['Value', '9999', '9998', '9997']);
    expect(lines[MANY.length]).toBe('0');
    expect(getRowId.mock.calls.length).toBeLessThan(FEW);
  });

  it('a row target brings its page into view; without a target the loaded rows are not built', () => {
    const idle = renderMany();
    expect(idle.result.current.target).toEqual({ rowId: null, status: 'idle' });
    expect(idle.getRowId.mock.calls.length).toBeLessThan(FEW);
    idle.unmount();

    const { result } = renderMany({ id: 'i5003' });
    expect(result.current.target).toEqual({ rowId: 'i5003', status: 'found' });
    expect(result.current.table.pagination.pageIndex).toBe(500);
    expect(result.current.table.rows.map((row) => row.id)).toContain('i5003');
  });

  it('a row target finds its page in the current sort, by id, without building the rows', () => {
    // Near the start of the rows given, near the end of the sort: its place is found from
    // its id in a few calls, where TanStack's model would build all 10,000 rows.
    const { result, getRowId } = renderMany({ id: 'i3' }, [{ id: 'value', desc: true }]);
    expect(result.current.target).toEqual({ rowId: 'i3', status: 'found' });
    expect(result.current.table.indexOfRow('i3')).toBe(9996);
    expect(result.current.table.pagination.pageIndex).toBe(999);
    expect(result.current.table.rows.map((row) => row.id)).toEqual([
      'i9',
      'i8',
      'i7',
      'i6',
      'i5',
      'i4',
      'i3',
      'i2',
      'i1',
      'i0',
    ]);
    expect(getRowId.mock.calls.length).toBeLessThan(FEW);
    expect(result.current.table.indexOfRow('nope')).toBe(-1);
  });

  it('leaves nothing scheduled: no row model is built later either', () => {
    vi.useFakeTimers();
    const { result, getRowId } = renderMany();
    act(() => vi.runAllTimers());
    expect(getRowId.mock.calls.length).toBeLessThan(FEW);
    act(() => result.current.table.toggleSort('value'));
    act(() => vi.runAllTimers());
    expect(getRowId.mock.calls.length).toBeLessThan(FEW);
  });
});

// -------------------------------------------------------------------------------------------------
// useDataTable's sorted order is TanStack's
// -------------------------------------------------------------------------------------------------

describe("useDataTable sorts as TanStack's sorted row model does", () => {
  /**
   * For every sortable column, both directions (the first as TanStack's
   * `getNextSortingOrder` picks it): every row's place (all rows on one page) is its place
   * in `table.getRowModel()`, which TanStack still builds and sorts on request.
   */
  function expectTanStackOrder<TRow extends { id: string }>(
    features: DataTableDefinition<TRow>['features'],
    columns: DataTableColumns<TRow>,
    data: TRow[],
  ): number {
    const { result } = renderHook(
      () => useDataTable({ features, columns, data, getRowId: (row) => row.id }),
      { wrapper: createWrapper() },
    );
    act(() => result.current.pagination.setPageSize(data.length));
    let checked = 0;
    for (const column of result.current.table.getAllLeafColumns().filter((c) => c.getCanSort())) {
      const first = result.current.table.getColumn(column.id)?.getNextSortingOrder();
      for (const direction of [first, first === 'asc' ? 'desc' : 'asc']) {
        act(() => result.current.toggleSort(column.id));
        expect(result.current.sort).toEqual({
          columnId: column.id,
          direction: direction === 'asc' ? 'ascending' : 'descending',
        });
        const model = result.current.table.getRowModel().rows;
        const ours = result.current.rows;
        expect(
          ours.map((row) => row.id),
          `${column.id} ${direction}`,
        ).toEqual(model.map((row) => row.id));
        expect(ours.map((row) => row.index)).toEqual(model.map((row) => row.index));
        const last = model[model.length - 1];
        if (last) expect(result.current.indexOfRow(last.id)).toBe(model.length - 1);
        checked += 1;
      }
    }
    return checked;
  }

  // The mock store's generated rows, several of each status (ties), with some rows' codes
  // unknown to the columns (their rank is missing: `undefined`) and some dates invalid (NaN).
  const scope = createMockDb().scope('org_sort', 'revampd');
  seedLarge(scope, { payouts: 1_500, tickets: 400 });
  const damaged = <TRow extends object>(rows: readonly TRow[], damage: (row: TRow) => TRow): TRow[] =>
    rows.map((row, index) => (index % 13 === 5 ? damage(row) : row));

  const columnsOf = <TRow extends { id: string }, TColumnId extends string>(
    factory: DataTableColumnFactory<TRow, TColumnId>,
  ) => renderHook(() => useDataTableColumns(factory), { wrapper: createWrapper() }).result.current;

  it('for every column of the payouts, wallet, tickets, invoices and add-ons tables', () => {
    const payouts = damaged(
      scope.payouts,
      (row) => ({ ...row, status: 'bogus', createdAt: 'never', paidAt: null }) as unknown as Payout,
    );
    expect(expectTanStackOrder(payoutsTableDefinition.features, columnsOf(payoutsColumns), payouts)).toBe(8);
    const wallet = damaged(
      scope.walletTransactions,
      (row) => ({ ...row, kind: 'bogus', description: '' }) as unknown as WalletTransaction,
    );
    expect(
      expectTanStackOrder(
        walletTransactionsTableDefinition.features,
        columnsOf(walletTransactionsColumns),
        wallet,
      ),
    ).toBe(10);
    const tickets = damaged(
      scope.tickets,
      (row) => ({ ...row, priority: 'bogus', assignee: null }) as unknown as Ticket,
    );
    expect(expectTanStackOrder(ticketsTableDefinition.features, columnsOf(ticketsColumns), tickets)).toBe(12);
    expect(scope.invoices.length + scope.addOns.length).toBeGreaterThan(0);
    expectTanStackOrder(invoicesTableDefinition.features, columnsOf(invoicesColumns), scope.invoices);
    expectTanStackOrder(addOnsTableDefinition.features, columnsOf(addOnsColumns), scope.addOns);
  });

  interface Odd {
    id: string;
    value: number | undefined;
    name: string;
  }
  const odd = defineDataTable<Odd>();
  const h = odd.columnHelper;
  const value = (row: Odd) => row.value;
  const oddColumns = h.columns([
    h.accessor(value, { id: 'missingLast', sortFn: 'number' }),
    h.accessor(value, { id: 'first', sortFn: 'number', sortUndefined: 'first' }),
    h.accessor(value, { id: 'last', sortFn: 'number', sortUndefined: 'last' }),
    h.accessor(value, { id: 'minusOne', sortFn: 'number', sortUndefined: -1 }),
    h.accessor(value, { id: 'asValues', sortFn: 'number', sortUndefined: false }),
    h.accessor(value, { id: 'inverted', sortFn: 'number', invertSorting: true, sortDescFirst: false }),
    h.accessor('name', { sortFn: 'text' }),
    // A value-level sort with `resolveDataValue` (lower case), then natural order.
    h.accessor('name', { id: 'alphanumeric', sortFn: sortFn_alphanumeric }),
    // Sort functions of rows, not values, and `auto`: TanStack's model sorts these.
    h.accessor('name', { id: 'byRows', sortFn: (a, b) => a.original.name.length - b.original.name.length }),
    h.accessor('name', { id: 'auto' }),
    h.display({ id: 'actions' }),
  ]);
  const NAMES = ['item10', 'Item2', 'item2', '', 'émile', 'Emile', 'zed', 'a1b2'];
  const oddRows: Odd[] = Array.from({ length: 200 }, (_, index) => ({
    id: `o${index}`,
    value: index % 7 === 0 ? undefined : index % 11 === 0 ? Number.NaN : (index * 37) % 23,
    name: NAMES[index % NAMES.length] as string,
  }));

  it('with missing values, NaN, ties, sortUndefined, invertSorting and resolveDataValue', () => {
    expect(expectTanStackOrder(odd.features, oddColumns, oddRows)).toBe(20);
  });

  it("by several columns (a host's defaultSorting): TanStack's model sorts them", () => {
    const defaultSorting = [
      { id: 'minusOne', desc: false },
      { id: 'alphanumeric', desc: true },
    ];
    const { result } = renderHook(
      () =>
        useDataTable({
          features: odd.features,
          columns: oddColumns,
          data: oddRows,
          getRowId: (row) => row.id,
          defaultSorting,
          defaultPageSize: oddRows.length,
        }),
      { wrapper: createWrapper() },
    );
    const model = result.current.table.getRowModel().rows.map((row) => row.id);
    expect(model.slice(0, 3)).not.toEqual(['o0', 'o1', 'o2']);
    expect(result.current.rows.map((row) => row.id)).toEqual(model);
  });

  it('with no rows, one row, and all ties', () => {
    expectTanStackOrder(odd.features, oddColumns, []);
    expectTanStackOrder(odd.features, oddColumns, oddRows.slice(1, 2));
    expect(
      expectTanStackOrder(
        odd.features,
        oddColumns,
        oddRows.map((row) => ({ ...row, value: 1, name: 'same' })),
      ),
    ).toBe(20);
  });
});

// -------------------------------------------------------------------------------------------------
// useConfirmedAction
// -------------------------------------------------------------------------------------------------

interface Thing {
  id: string;
  name: string;
  active: boolean;
}

const THINGS: Thing[] = [
  { id: 't1', name: 'One', active: true },
  { id: 't2', name: 'Two', active: false },
];

/** A mutation stand-in: each call waits for `settle`, then resolves or rejects. */
function fakeMutation() {
  const state = {
    calls: [] as string[],
    isPending: false,
    error: null as RevampdError | null,
    resets: 0,
    settle: (() => undefined) as (outcome: RevampdError | null) => void,
  };
  const mutation = {
    get isPending() {
      return state.isPending;
    },
    get error() {
      return state.error;
    },
    reset: () => {
      state.resets++;
      state.error = null;
    },
    mutate: ({ id }: { id: string }) => {
      state.calls.push(id);
      state.isPending = true;
      return new Promise<Thing>((resolve, reject) => {
        state.settle = (outcome) => {
          state.isPending = false;
          if (outcome) {
            state.error = outcome;
            reject(outcome);
          } else resolve({ id, name: `${id} done`, active: false });
        };
      });
    },
  };
  return { state, mutation };
}

function renderAction(mutation: ReturnType<typeof fakeMutation>['mutation']) {
  return renderHook(
    () =>
      useConfirmedAction({
        items: THINGS,
        getId: (thing) => thing.id,
        canRun: (thing) => thing.active,
        mutation,
        variables: (thing) => ({ id: thing.id }),
        successNotice: (result) => `${result.name}.`,
        describeError: (error) => (error.code === 'too_late' ? 'Too late.' : null),
      }),
    { wrapper: createWrapper() },
  );
}

describe('useConfirmedAction', () => {
  it('runs the mutation once whatever the confirms, closes on success and says so', async () => {
    const { state, mutation } = fakeMutation();
    const { result } = renderAction(mutation);
    act(() => result.current.request(THINGS[1] as Thing));
    expect(result.current.target).toBeNull();

    act(() => result.current.request(THINGS[0] as Thing));
    expect(result.current.target?.id).toBe('t1');
    let first: Promise<void> = Promise.resolve();
    let second: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.confirm();
      second = result.current.confirm();
    });
    expect(second).toBe(first);
    await act(async () => {
      state.settle(null);
      await first;
    });
    expect(state.calls).toEqual(['t1']);
    expect(result.current.target).toBeNull();
    expect(result.current.notice).toBe('t1 done.');
  });

  it('shows the error only while its confirmation is open, in plain words', async () => {
    const { state, mutation } = fakeMutation();
    const { result, rerender } = renderAction(mutation);
    act(() => result.current.request(THINGS[0] as Thing));
    let attempt: Promise<void> = Promise.resolve();
    act(() => {
      attempt = result.current.confirm();
    });
    await act(async () => {
      state.settle(new RevampdError({ kind: 'http', status: 409, code: 'too_late', message: 'Too late.' }));
      await attempt;
    });
    rerender();
    expect(result.current.target?.id).toBe('t1');
    expect(result.current.error?.code).toBe('too_late');
    expect(result.current.errorText).toBe('Too late.');

    act(() => result.current.dismiss());
    expect(result.current.error).toBeNull();
    expect(result.current.errorText).toBeNull();
    // Opening it again starts clean.
    act(() => result.current.request(THINGS[0] as Thing));
    await waitFor(() => expect(result.current.error).toBeNull());
    expect(state.resets).toBeGreaterThan(0);
  });
});
