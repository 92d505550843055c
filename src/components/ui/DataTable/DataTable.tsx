'use client';
/**
 * DataTable: the one styled table every list section renders (add-ons, invoices,
 * tickets, payouts, wallet transactions). It is a view over {@link useDataTable} (sorting, pages, CSV) and a
 * {@link ListQuery}-shaped list (loading, errors, cursor paging).
 *
 * Its layout follows its own width, never the viewport's: below a breakpoint that suits the
 * table (a container query in DataTable.css, moved per widget in its CSS) the rows become
 * stacked cards, each value beside its column's label, and the header row becomes the sort
 * buttons above them. It stays a table for assistive tech throughout.
 *
 * @example
 * // Module scope: features must keep their identity.
 * const { features, columnHelper } = defineDataTable<Payout>();
 *
 * // One file per resource: a column factory over raw values, typed by its column ids.
 * function payoutsColumns({ messages, format }: DataTableColumnContext): DataTableColumns<Payout, 'date' | 'amount'> {
 *   return columnHelper.columns([
 *     columnHelper.accessor((row) => Date.parse(row.createdAt), {
 *       id: 'date',
 *       header: messages.payouts.columns.date,
 *       sortFn: 'number', // raw epoch ms, never the formatted text
 *       cell: (info) => format.date(info.row.original.createdAt),
 *       meta: { rowHeader: true, csv: (row) => csvInstant(row.createdAt) },
 *     }),
 *     columnHelper.accessor((row) => row.amount.amount, {
 *       id: 'amount',
 *       header: messages.payouts.columns.amount,
 *       sortFn: 'number', // minor units
 *       cell: (info) => format.money(info.row.original.amount),
 *       meta: {
 *         align: 'end',
 *         csvHeader: moneyCsvHeaders(messages.payouts.columns.amount, messages.csv.currency),
 *         csv: (row) => csvMoney(row.amount),
 *       },
 *     }),
 *   ]);
 * }
 *
 * function usePayoutsTable() {
 *   const list = usePayouts();
 *   const columns = useDataTableColumns(payoutsColumns);
 *   // With `list`, "Next page" past the loaded rows fetches the server's next page.
 *   const table = useDataTable({ features, columns, list, getRowId: (row) => row.id });
 *   return { list, table };
 * }
 *
 * function PayoutHistoryTable() {
 *   const { list, table } = usePayoutsTable();
 *   return (
 *     <DataTable
 *       instance={table}
 *       list={list}
 *       caption="Payout history"
 *       emptyMessage="No payouts yet."
 *       exportName="payouts" // → payouts-2026-11-25.csv
 *       cells={{ amount: (row) => <strong>{format.money(row.amount)}</strong> }}
 *       rowActions={{ header: 'Actions', render: (row) => <Button …/> }}
 *     />
 *   );
 * }
 */
import {
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import type { RowData } from '@tanstack/react-table';
import { csvFileName } from '../../../format/csv';
import {
  DATA_TABLE_PAGE_SIZES,
  useDataTableRowTarget,
  type DataTableInstance,
  type DataTableRow,
} from '../../../hooks/dataTable';
import type { ListQuery } from '../../../hooks/shared';
import { listView } from '../../../model/resourceView';
import { useRevampd, useSectionMessages } from '../../../provider/RevampdProvider';
import { Button } from '../Button';
import { joinClassNames, useElementClass } from '../elementClass';
import { ResourceStates } from '../ResourceState';
import { downloadCsv } from './downloadCsv';
import { enUSTable } from '../../../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// Props
// -------------------------------------------------------------------------------------------------

/** The cursor-paged list a DataTable renders from: a `ListQuery` of rows of every kind. */
export type DataTableListState = ListQuery<unknown>;

/**
 * Custom content of cells, by column id: e.g. a status badge for `status`. A column
 * without an entry renders its own `cell`. Keys are the instance's column ids, so a typo
 * or a removed column is a type error.
 */
export type DataTableCells<TRow, TColumnId extends string> = {
  readonly [K in TColumnId]?: (row: TRow) => ReactNode;
};

/**
 * A trailing column of per-row actions (buttons, links). It belongs to the view: it is not
 * one of the instance's columns, never sorts and is never in the CSV.
 */
export interface DataTableRowActions<TRow> {
  /** The column's header text, e.g. "Actions". */
  header: string;
  /** The actions of a row; `null` for none. */
  render: (row: TRow) => ReactNode;
}

/** Props of {@link DataTable}. */
export interface DataTableProps<TRow extends RowData, TColumnId extends string = string>
  extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** From `useDataTable` (or a table hook such as `useInvoicesTable`). */
  instance: DataTableInstance<TRow, TColumnId>;
  /** The list the rows came from: loading, error, stale and the server's pages follow it. */
  list: DataTableListState;
  /** The table's accessible name, as its `<caption>`. */
  caption: string;
  /** Shows the caption; by default it is for assistive tech only. @default false */
  captionVisible?: boolean | undefined;
  /** Shown instead of the table when the list is empty. */
  emptyMessage: ReactNode;
  /**
   * File-name section of the CSV export (`<exportName>-<YYYY-MM-DD>.csv`); no export without
   * it, nor when the host switched `exportCsv` off. The export holds every row of the list:
   * the server's remaining pages are fetched first.
   */
  exportName?: string | undefined;
  /** Rows-per-page choices. @default [10, 25, 50] */
  pageSizeOptions?: readonly number[] | undefined;
  /** Custom content of cells by column id; other columns render their own `cell`. @default {} */
  cells?: DataTableCells<TRow, NoInfer<TColumnId>> | undefined;
  /** A trailing, view-only column of per-row actions. @default none */
  rowActions?: DataTableRowActions<TRow> | undefined;
  /** Makes the row-header cell (`meta.rowHeader`) a button that opens the row. */
  onRowAction?: ((row: TRow) => void) | undefined;
  /** Accessible name of that button, e.g. "Open ticket #12". */
  rowActionLabel?: ((row: TRow) => string) | undefined;
  /** Skeleton rows while the first page loads. @default 5 */
  skeletonRows?: number | undefined;
  /**
   * The id of a row to bring to the person, e.g. the invoice a link is about: more pages
   * load until it is found (at most 20), its page is shown, and the row is marked
   * (`data-targeted`), scrolled into view and given focus. An id never found marks nothing.
   * @default null
   */
  targetRowId?: string | null | undefined;
  /** Classes added to the root `<div>`, after its own `rvp-DataTable`. */
  className?: string | undefined;
}

// -------------------------------------------------------------------------------------------------
// Stacked layout: narrow containers
// -------------------------------------------------------------------------------------------------

// The custom property DataTable.css sets on the scroll box: `cards`, `table` or `auto`.
const LAYOUT_PROPERTY = '--rvp-DataTable-layout';

// Room (px) a table that did not fit needs beyond its own width before it is one again.
const UNSTACK_MARGIN = 16;

/**
 * Whether the table is drawn as stacked cards, one per row. CSS decides first: a container
 * query on the table's own width sets `--rvp-DataTable-layout: cards` on its scroll box
 * below the table's breakpoint (DataTable.css, moved per widget in its CSS), and a host's
 * CSS may force `cards` or `table`. Above the breakpoint (`auto`) the table stays a table
 * unless it does not fit, as a longer language's headers or a host's own cells can make
 * it: then it is cards too, until its box is as wide as the table needed.
 *
 * The decision is read before paint and whenever the box or the table is resized, so the
 * cells' labels are real text, read in order, only while they show, and a wide table's
 * cells (and their accessible names) stay exactly as they were. Returns a callback ref for
 * the scroll box.
 *
 * The callback ref decides itself, when the box is attached (React's layout phase, before
 * paint, as a layout effect would) and keeps no state of the box: state set from a ref
 * would render the whole table a second time on every mount, for nothing. A state update
 * (and so a second render) happens only when the decision changes.
 */
function useStackedLayout(): [(box: HTMLDivElement | null) => void, boolean] {
  const [stacked, setStacked] = useState(false);
  // `stacked` for the observer's callback, and the box width the wide table last needed.
  const stackedNow = useRef(false);
  const neededWidth = useRef(0);
  const observer = useRef<ResizeObserver | null>(null);
  const attach = useCallback((box: HTMLDivElement | null) => {
    // Called with null when the box goes (React 18 always; React 19 too, as this ref returns
    // no cleanup): the observer goes with it. A ref cleanup would leave React 18 hosts
    // (a supported peer) with an observer never disconnected.
    observer.current?.disconnect();
    observer.current = null;
    if (!box) return;
    const table = box.querySelector<HTMLTableElement>(':scope > table');
    const decide = () => {
      const layout = getComputedStyle(box).getPropertyValue(LAYOUT_PROPERTY).trim();
      let next: boolean;
      if (layout === 'cards' || layout === 'table') next = layout === 'cards';
      // Back to a table only with room to spare, so a width on the edge cannot flip forever.
      else if (stackedNow.current) next = box.offsetWidth < neededWidth.current + UNSTACK_MARGIN;
      else {
        // A wide table that overflows its box is at its narrowest: that is what it needs.
        const overflow = (table?.offsetWidth ?? 0) - box.clientWidth;
        next = overflow > 1;
        if (next) neededWidth.current = box.offsetWidth + overflow;
      }
      if (next === stackedNow.current) return;
      stackedNow.current = next;
      setStacked(next);
    };
    decide();
    // Without ResizeObserver (jsdom) the table stays a table; its scroll box still scrolls.
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(decide);
    observer.current.observe(box);
    if (table) observer.current.observe(table);
  }, []);
  return [attach, stacked];
}

type TableRole = 'table' | 'rowgroup' | 'row' | 'columnheader' | 'rowheader' | 'cell';

const NATIVE_ROLES: Readonly<Record<TableRole, undefined>> = {
  table: undefined,
  rowgroup: undefined,
  row: undefined,
  columnheader: undefined,
  rowheader: undefined,
  cell: undefined,
};
const STACKED_ROLES: Readonly<Record<TableRole, TableRole>> = {
  table: 'table',
  rowgroup: 'rowgroup',
  row: 'row',
  columnheader: 'columnheader',
  rowheader: 'rowheader',
  cell: 'cell',
};

/**
 * The ARIA roles of the table's parts. Some engines drop a table's semantics once CSS
 * changes its parts' `display`, as the stacked cards do; explicit roles keep the table,
 * its rows, headers and cells for assistive tech. The wide table needs none.
 */
function tableRoles(stacked: boolean): Readonly<Record<TableRole, TableRole | undefined>> {
  return stacked ? STACKED_ROLES : NATIVE_ROLES;
}

// -------------------------------------------------------------------------------------------------
// Parts
// -------------------------------------------------------------------------------------------------

const SORT_ICON = { ascending: '▲', descending: '▼', none: '↕' } as const;

// The view-only actions column's id, for `data-column` (styles and tests read it).
const ACTIONS_COLUMN = 'actions';

function HeaderRow<TRow extends RowData>({
  instance,
  interactive,
  rowActions,
  stacked,
}: {
  instance: DataTableInstance<TRow>;
  interactive: boolean;
  rowActions: DataTableRowActions<TRow> | undefined;
  stacked: boolean;
}) {
  const { table, sort } = instance;
  const groups = table.getHeaderGroups();
  const roles = tableRoles(stacked);
  return (
    <>
      {groups.map((group, groupIndex) => (
        <tr key={group.id} role={roles.row}>
          {group.headers.map((header) => {
            const column = header.column;
            const direction = sort?.columnId === column.id ? sort.direction : undefined;
            const canSort = interactive && column.getCanSort();
            return (
              <th
                key={header.id}
                scope="col"
                role={roles.columnheader}
                colSpan={header.colSpan > 1 ? header.colSpan : undefined}
                aria-sort={direction}
                className="rvp-DataTable-columnHeader"
                data-align={column.columnDef.meta?.align ?? 'start'}
                data-column={column.id}
              >
                {header.isPlaceholder ? null : canSort ? (
                  <button
                    type="button"
                    className="rvp-DataTable-sortButton"
                    data-sorted={direction ?? undefined}
                    onClick={() => instance.toggleSort(column.id)}
                  >
                    <table.FlexRender header={header} />
                    <span className="rvp-DataTable-sortIcon" aria-hidden="true">
                      {SORT_ICON[direction ?? 'none']}
                    </span>
                  </button>
                ) : (
                  <table.FlexRender header={header} />
                )}
              </th>
            );
          })}
          {rowActions && groupIndex === groups.length - 1 && (
            <th
              scope="col"
              role={roles.columnheader}
              className="rvp-DataTable-columnHeader"
              data-align="start"
              data-column={ACTIONS_COLUMN}
            >
              {rowActions.header}
            </th>
          )}
        </tr>
      ))}
    </>
  );
}

function BodyRow<TRow extends RowData, TColumnId extends string>({
  row,
  instance,
  cells: overrides,
  rowActions,
  onRowAction,
  rowActionLabel,
  targeted,
  stacked,
  rowClassName,
}: {
  row: DataTableRow<TRow>;
  instance: DataTableInstance<TRow, TColumnId>;
  cells: DataTableCells<TRow, TColumnId> | undefined;
  rowActions: DataTableRowActions<TRow> | undefined;
  onRowAction: ((row: TRow) => void) | undefined;
  rowActionLabel: ((row: TRow) => string) | undefined;
  targeted: boolean;
  stacked: boolean;
  /** `rvp-DataTable-row` and the host's `tableRow` (and `tableCard`) classes. */
  rowClassName: string;
}) {
  const { table } = instance;
  const cells = row.getAllCells();
  const roles = tableRoles(stacked);
  // Focus lands on the cell that names the row, so a screen reader reads which one it is.
  const focusCell = targeted
    ? (cells.find((cell) => cell.column.columnDef.meta?.rowHeader) ?? cells[0])
    : undefined;
  return (
    <tr
      role={roles.row}
      className={rowClassName}
      data-row-id={row.id}
      data-targeted={targeted ? '' : undefined}
    >
      {cells.map((cell) => {
        const meta = cell.column.columnDef.meta;
        // The instance's columns are exactly `TColumnId`; TanStack keeps their ids as strings.
        const render = overrides?.[cell.column.id as TColumnId];
        let content: ReactNode = render ? render(row.original) : <table.FlexRender cell={cell} />;
        if (meta?.rowHeader && onRowAction) {
          content = (
            <button
              type="button"
              className="rvp-DataTable-rowAction"
              aria-label={rowActionLabel?.(row.original)}
              onClick={() => onRowAction(row.original)}
            >
              {content}
            </button>
          );
        }
        const props = {
          className: 'rvp-DataTable-cell',
          'data-align': meta?.align ?? 'start',
          'data-nowrap': meta?.nowrap || meta?.align === 'end' ? '' : undefined,
          'data-column': cell.column.id,
          // Focusable by script only, and only while targeted: cells are not stops otherwise.
          tabIndex: cell === focusCell ? -1 : undefined,
        };
        // The value always sits in its own box, so the label coming and going never remounts
        // it (a focused button inside keeps focus when a phone turns).
        const value = <div className="rvp-DataTable-value">{content}</div>;
        return meta?.rowHeader ? (
          // The row header is the card's title: it names the row, so it needs no label.
          <th key={cell.id} scope="row" role={roles.rowheader} {...props}>
            {value}
          </th>
        ) : (
          <td key={cell.id} role={roles.cell} {...props}>
            {stacked && <span className="rvp-DataTable-label">{instance.columnLabel(cell.column.id)}</span>}
            {value}
          </td>
        );
      })}
      {rowActions && (
        // No label: the buttons name themselves, and sit at the foot of the card.
        <td role={roles.cell} className="rvp-DataTable-cell" data-align="start" data-column={ACTIONS_COLUMN}>
          <div className="rvp-DataTable-value">{rowActions.render(row.original)}</div>
        </td>
      )}
    </tr>
  );
}

/** The focusable cell of the targeted row, once it is rendered. */
function targetedCell(body: HTMLTableSectionElement | null, rowId: string): HTMLElement | null {
  if (!body) return null;
  for (const row of body.rows) {
    // Compared as strings rather than built into a selector: ids come from the API.
    if (row.dataset['rowId'] === rowId) return row.querySelector<HTMLElement>(':scope > [tabindex="-1"]');
  }
  return null;
}

/**
 * Whether moving focus to the targeted row takes it from no one: nothing is focused, a
 * heading is (where a portal or host puts a person who just arrived), or the table has it.
 * A field the person went to while pages loaded keeps focus.
 */
function focusIsFree(cell: HTMLElement): boolean {
  const active = cell.ownerDocument.activeElement;
  if (!active || active === cell.ownerDocument.body) return true;
  if (active.matches('h1, h2, h3, h4, h5, h6')) return true;
  return cell.closest('.rvp-DataTable')?.contains(active) ?? false;
}

function SkeletonRows({
  columns,
  rows,
  stacked,
  rowClassName,
}: {
  columns: number;
  rows: number;
  stacked: boolean;
  rowClassName: string;
}) {
  const roles = tableRoles(stacked);
  return (
    <>
      {Array.from({ length: rows }, (_, rowIndex) => (
        <tr key={rowIndex} role={roles.row} className={rowClassName} data-skeleton="">
          {Array.from({ length: columns }, (_, columnIndex) => (
            <td key={columnIndex} role={roles.cell} className="rvp-DataTable-cell">
              <span className="rvp-Skeleton" aria-hidden="true" />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}

// -------------------------------------------------------------------------------------------------
// DataTable
// -------------------------------------------------------------------------------------------------

// A named function, so React's dev tools and errors say "DataTable".
const renderDataTable = function DataTable<TRow extends RowData, TColumnId extends string>(
  props: DataTableProps<TRow, TColumnId>,
  ref: Ref<HTMLDivElement>,
) {
  const {
    instance,
    list,
    caption,
    captionVisible = false,
    emptyMessage,
    exportName,
    pageSizeOptions = DATA_TABLE_PAGE_SIZES,
    cells,
    rowActions,
    onRowAction,
    rowActionLabel,
    skeletonRows = 5,
    targetRowId,
    className,
    ...rootProps
  } = props;
  const { messages, timeZone } = useRevampd();
  const m = useSectionMessages('table', enUSTable);
  const captionId = useId();
  const pageSizeId = useId();

  const view = listView(list);

  const target = useDataTableRowTarget(instance, list, targetRowId);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const targetOnPage = target.rowId !== null && instance.rows.some((row) => row.id === target.rowId);
  // The row is brought into view and focused once per target; afterwards it only stays marked.
  const broughtFor = useRef<string | null>(null);
  useEffect(() => {
    if (target.rowId === null) {
      if (targetRowId === null || targetRowId === undefined) broughtFor.current = null;
      return;
    }
    if (!targetOnPage || broughtFor.current === target.rowId) return;
    const cell = targetedCell(bodyRef.current, target.rowId);
    if (!cell) return;
    broughtFor.current = target.rowId;
    if (!focusIsFree(cell)) return;
    // The whole row comes into view: as a card (narrow containers) it is taller than its
    // title cell. jsdom has no scrollIntoView; focusing without scrolling keeps "nearest"
    // from jumping.
    const row = cell.closest('tr') ?? cell;
    if (typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'nearest' });
    cell.focus({ preventScroll: true });
  }, [target.rowId, targetRowId, targetOnPage, view.kind]);

  const [scrollBoxRef, stacked] = useStackedLayout();
  const roles = tableRoles(stacked);
  // The host's `appearance.elements`, computed once here rather than in every row.
  const tableClass = joinClassNames('rvp-DataTable-table', useElementClass('table'));
  const rowClass = joinClassNames('rvp-DataTable-row', useElementClass('tableRow', stacked && 'tableCard'));
  const inputClass = useElementClass('input');

  const columnCount = instance.table.getAllLeafColumns().length + (rowActions ? 1 : 0);
  const rootClass = ['rvp-DataTable', className].filter(Boolean).join(' ');
  const stackedAttribute = stacked ? '' : undefined;
  const captionNode = (
    <caption id={captionId} className={captionVisible ? 'rvp-DataTable-caption' : 'rvp-visually-hidden'}>
      {caption}
    </caption>
  );

  if (view.kind === 'loading') {
    // A table-shaped skeleton rather than ResourceStates' lines: the layout does not jump.
    return (
      <div
        {...rootProps}
        ref={ref}
        className={rootClass}
        data-state="loading"
        data-stacked={stackedAttribute}
      >
        <div className="rvp-visually-hidden" role="status">
          {messages.common.loading}
        </div>
        <div className="rvp-DataTable-scroll" ref={scrollBoxRef}>
          <table className={tableClass} role={roles.table} aria-busy="true">
            {captionNode}
            <thead role={roles.rowgroup}>
              <HeaderRow instance={instance} interactive={false} rowActions={rowActions} stacked={stacked} />
            </thead>
            <tbody role={roles.rowgroup}>
              <SkeletonRows
                columns={columnCount}
                rows={skeletonRows}
                stacked={stacked}
                rowClassName={rowClass}
              />
            </tbody>
          </table>
        </div>
      </div>
    );
  }

  const { pagination } = instance;
  // One paging model (useDataTable): rows per page, Previous, the position and Next, which
  // fetches the server's next page when the loaded rows run out.
  const showPaging = list.items.length > Math.min(...pageSizeOptions) || pagination.hasMore;
  const exportCsv = () => {
    instance.exportCsv().then(
      (csv) => downloadCsv(csvFileName(exportName ?? 'export', new Date(), timeZone), csv),
      // A failed page shows as the list's own "may be out of date" note; an export
      // interrupted by a filter change is simply not saved.
      () => undefined,
    );
  };

  return (
    <div
      {...rootProps}
      ref={ref}
      className={rootClass}
      data-state={view.kind}
      data-stacked={stackedAttribute}
    >
      <ResourceStates
        view={view}
        onRetry={list.refetch}
        retrying={list.isFetching}
        updatedAt={list.dataUpdatedAt}
        empty={typeof emptyMessage === 'string' ? <p>{emptyMessage}</p> : emptyMessage}
      >
        {/* Always in the DOM, so a change is announced (a region that appears with text is not). */}
        <div className="rvp-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {instance.announcement}
        </div>
        {exportName !== undefined && instance.canExportCsv && (
          <div className="rvp-DataTable-toolbar">
            <Button variant="secondary" busy={instance.exporting} onClick={exportCsv}>
              {instance.exporting ? m.exporting : m.exportCsv}
            </Button>
          </div>
        )}
        {/* As cards there is no header row above the columns' names, so the row of sort
            buttons gets a caption saying what they do. */}
        {stacked && instance.table.getAllLeafColumns().some((column) => column.getCanSort()) && (
          <p className="rvp-DataTable-sortCaption">{m.sortBy}</p>
        )}
        {/* Not a named region: the widget's section already is one with the same name. The
            sort buttons inside keep a wide table keyboard-scrollable. */}
        <div className="rvp-DataTable-scroll" ref={scrollBoxRef}>
          <table className={tableClass} role={roles.table} aria-busy={list.isFetching || undefined}>
            {captionNode}
            <thead role={roles.rowgroup}>
              <HeaderRow instance={instance} interactive rowActions={rowActions} stacked={stacked} />
            </thead>
            <tbody ref={bodyRef} role={roles.rowgroup}>
              {instance.rows.map((row) => (
                <BodyRow
                  key={row.id}
                  row={row}
                  instance={instance}
                  cells={cells}
                  rowActions={rowActions}
                  onRowAction={onRowAction}
                  rowActionLabel={rowActionLabel}
                  targeted={row.id === target.rowId}
                  stacked={stacked}
                  rowClassName={rowClass}
                />
              ))}
            </tbody>
          </table>
        </div>
        {showPaging && (
          <nav className="rvp-DataTable-pagination" aria-label={m.pagination}>
            <span className="rvp-DataTable-pageSize">
              <label htmlFor={pageSizeId}>{m.rowsPerPage}</label>
              <select
                id={pageSizeId}
                className={inputClass}
                value={pagination.pageSize}
                onChange={(event) => pagination.setPageSize(Number(event.target.value))}
              >
                {pageSizeOptions.map((size) => (
                  <option key={size} value={size}>
                    {size}
                  </option>
                ))}
              </select>
            </span>
            <span className="rvp-DataTable-pageButtons">
              <Button
                variant="ghost"
                aria-disabled={!pagination.canPrevious || undefined}
                onClick={() => pagination.canPrevious && pagination.previous()}
              >
                {m.previousPage}
              </Button>
              {/* Read out when it changes, so a person paging by keyboard hears where they are. */}
              <span className="rvp-DataTable-position" aria-live="polite">
                {pagination.position}
              </span>
              <Button
                variant="ghost"
                busy={pagination.loadingNext}
                aria-disabled={!pagination.canNext || undefined}
                onClick={() => pagination.canNext && pagination.next()}
              >
                {m.nextPage}
              </Button>
            </span>
          </nav>
        )}
      </ResourceStates>
    </div>
  );
};

/**
 * A sortable, paged table with loading, empty, error-with-retry, no-access and stale
 * states, one paging model over the server's pages ("Next page", "1–10 of 30+") and a
 * CSV export of every row. In a narrow container the rows are stacked cards whose values
 * keep their column's labels, and the root carries `data-stacked`; a host forces either
 * layout with `--rvp-DataTable-layout: cards | table` on `.rvp-DataTable-scroll`. The ref is
 * the root element's, and other props (`id`, `aria-*`, `data-*`) go on it.
 */
export const DataTable = /*#__PURE__*/ forwardRef(renderDataTable) as <
  TRow extends RowData,
  TColumnId extends string = string,
>(
  props: DataTableProps<TRow, TColumnId> & { ref?: Ref<HTMLDivElement> | undefined },
) => ReactElement | null;
