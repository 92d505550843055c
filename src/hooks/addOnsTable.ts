/**
 * The table hook behind `AddOnsTable`: the add-ons' columns (sorting on raw values, CSV of
 * raw codes), sort, pages and cancelling an add-on the server says can be cancelled behind a
 * confirmation (the others say why not), without markup. A host can render its own table on the same state.
 */
import { useCallback } from 'react';
import type { AddOn, AddOnStatus } from '../api/schemas';
import { csvInstant, csvMoney } from '../format/csv';
import { useRevampd } from '../provider/RevampdProvider';
import { useAddOns, useCancelAddOn } from './addOns';
import {
  defineDataTable,
  moneyCsvHeaders,
  useDataTable,
  useDataTableColumns,
  type DataTableColumnContext,
  type DataTableColumns,
  type DataTableInstance,
} from './dataTable';
import type { ListQuery } from './shared';
import { useConfirmedAction, type ConfirmedAction } from './useConfirmedAction';

// -------------------------------------------------------------------------------------------------
// Columns
// -------------------------------------------------------------------------------------------------

// Module scope: TanStack Table needs `features` to keep its identity between renders.
// Not destructured: a destructuring is kept by bundlers even when the call is pure.
const addOnTable = /*#__PURE__*/ defineDataTable<AddOn>();

/**
 * The DataTable definition (features and column helper) of the add-ons table, for hosts
 * building on the same definition.
 */
export const addOnsTableDefinition = addOnTable;

/** Ids of the add-ons table's columns. */
export type AddOnsTableColumnId = 'name' | 'detail' | 'status' | 'quantity' | 'price' | 'since';

/**
 * Sort order of statuses, in the add-on's life: pending, then active, then cancelled. A
 * rank of the raw code, so the order is the same in every language.
 */
const STATUS_RANK: Readonly<Record<AddOnStatus, number>> = { pending: 0, active: 1, cancelled: 2 };

/**
 * Whether an add-on can be cancelled here: the server says so (`cancellable`: false for
 * one-time purchases and anything not active), and it is active.
 */
export function canCancelAddOn(addOn: Pick<AddOn, 'status' | 'cancellable'>): boolean {
  return addOn.cancellable && addOn.status === 'active';
}

/** Why an add-on cannot be cancelled, as a key of `messages.addOns.notCancellable`. */
export type AddOnNotCancellableReason = 'oneTime' | 'pending' | 'other';

/**
 * Why an add-on cannot be cancelled, or `null` when it can or when there is nothing to say
 * (a cancelled one: its status already says it): a one-time purchase (call credits already
 * issued cannot be taken back), one not active yet, or the server's word alone.
 */
export function addOnNotCancellableReason(
  addOn: Pick<AddOn, 'status' | 'cancellable' | 'interval'>,
): AddOnNotCancellableReason | null {
  if (canCancelAddOn(addOn) || addOn.status === 'cancelled') return null;
  if (addOn.interval === 'one_time') return 'oneTime';
  if (addOn.status === 'pending') return 'pending';
  return 'other';
}

/**
 * The add-ons table's columns: name, detail, status, quantity, price with cadence and
 * since. Accessors hold raw values (a status rank, minor units, epoch ms), so sorting never
 * sees translated or formatted text; the CSV holds raw codes, decimal amounts with their
 * currency and ISO instants. Row actions are the view's (`DataTable`'s `rowActions`).
 */
export function addOnsColumns({
  messages,
  t,
  format,
}: DataTableColumnContext): DataTableColumns<AddOn, AddOnsTableColumnId> {
  const m = messages.addOns;
  const h = addOnTable.columnHelper;
  return h.columns([
    h.accessor('name', {
      header: m.columns.name,
      sortFn: 'text',
      meta: { rowHeader: true, csv: (row) => row.name },
    }),
    h.accessor((row) => row.detail ?? '', {
      id: 'detail',
      header: m.columns.detail,
      sortFn: 'text',
      cell: (info) => info.row.original.detail ?? messages.common.none,
      meta: { csv: (row) => row.detail ?? '' },
    }),
    h.accessor((row) => STATUS_RANK[row.status], {
      id: 'status',
      header: m.columns.status,
      sortFn: 'number',
      // A word column for people: the first click sorts ascending, as text columns do.
      sortDescFirst: false,
      cell: (info) => m.status[info.row.original.status],
      meta: { nowrap: true, csv: (row) => row.status },
    }),
    h.accessor('quantity', {
      header: m.columns.quantity,
      sortFn: 'number',
      meta: { align: 'end', csv: (row) => row.quantity },
    }),
    h.accessor((row) => row.unitPrice.amount, {
      id: 'price',
      header: m.columns.price,
      sortFn: 'number',
      cell: (info) => {
        const { unitPrice, interval } = info.row.original;
        return t(interval === 'month' ? m.perMonth : m.oneTime, { price: format.money(unitPrice) });
      },
      meta: {
        align: 'end',
        csvHeader: [...moneyCsvHeaders(m.columns.price, messages.csv.currency), m.columns.cadence],
        csv: (row) => [...csvMoney(row.unitPrice), row.interval],
      },
    }),
    h.accessor((row) => Date.parse(row.createdAt), {
      id: 'since',
      header: m.columns.since,
      sortFn: 'number',
      cell: (info) => format.date(info.row.original.createdAt),
      meta: { nowrap: true, csv: (row) => csvInstant(row.createdAt) },
    }),
  ]);
}

// -------------------------------------------------------------------------------------------------
// useAddOnsTable
// -------------------------------------------------------------------------------------------------

/** The cancel-with-confirmation flow of {@link useAddOnsTable}. */
export interface AddOnCancelFlow extends ConfirmedAction<AddOn> {
  /**
   * Someone else cancelled the add-on first: the row is refreshed and confirming again is
   * pointless (a view hides its confirm button).
   */
  alreadyCancelled: boolean;
}

/** What {@link useAddOnsTable} returns. */
export interface AddOnsTable {
  list: ListQuery<AddOn>;
  table: DataTableInstance<AddOn, AddOnsTableColumnId>;
  /** Cancel; offers nothing when the host switched `cancelAddOns` off. */
  cancel: AddOnCancelFlow;
  /**
   * Why an add-on offers no Cancel, in the person's language ("One-time purchases cannot be
   * cancelled"); `null` when it can be cancelled, or when cancelling is switched off (then
   * no row says anything about cancelling).
   */
  notCancellableText: (addOn: AddOn) => string | null;
}

const addOnRowId = (addOn: AddOn) => addOn.id;
const never = () => false;

/**
 * The Add-Ons table: name, detail, status, quantity, price with cadence and since, sorted
 * on raw values; and cancelling an active add-on behind a confirmation, once.
 */
export function useAddOnsTable(): AddOnsTable {
  const list = useAddOns();
  const { messages, t, features } = useRevampd();
  const columns = useDataTableColumns(addOnsColumns);
  const table = useDataTable({ features: addOnTable.features, columns, list, getRowId: addOnRowId });

  const mutation = useCancelAddOn();
  const { refetch } = list;
  const cancel = useConfirmedAction({
    items: list.items,
    getId: addOnRowId,
    // Switched off by the host: no row offers it (no disabled button left behind).
    canRun: features.cancelAddOns ? canCancelAddOn : never,
    mutation,
    variables: (addOn: AddOn) => ({ addOnId: addOn.id }),
    successNotice: (cancelled) => t(messages.addOns.cancelled, { name: cancelled.name }),
    // Someone else cancelled it first: show the row as it is now.
    onError: (error) => {
      if (error?.code === 'already_cancelled') refetch();
    },
    describeError: (error) => (error.code === 'already_cancelled' ? messages.addOns.alreadyCancelled : null),
  });

  const reasons = messages.addOns.notCancellable;
  const notCancellableText = useCallback(
    (addOn: AddOn) => {
      if (!features.cancelAddOns) return null;
      const reason = addOnNotCancellableReason(addOn);
      return reason === null ? null : reasons[reason];
    },
    [features.cancelAddOns, reasons],
  );

  return {
    list,
    table,
    cancel: { ...cancel, alreadyCancelled: cancel.error?.code === 'already_cancelled' },
    notCancellableText,
  };
}
