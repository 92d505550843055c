/**
 * The table hook behind `AddOnsTable`: the add-ons' columns (sorting on raw values, CSV of
 * raw codes), sort, pages and cancelling an add-on the server says can be cancelled behind a
 * confirmation (the others say why not), without markup. A host can render its own table on the same state.
 */
import { useCallback } from 'react';
import type { AddOn, AddOnStatus } from '../api/schemas';
import { csvMoney } from '../format/csv';
import { useRevampd, useSectionMessages } from '../provider/RevampdProvider';
import { useAddOns, useCancelAddOn } from './addOns';
import {
  defineDataTable,
  moneyCsvHeaders,
  useListDataTable,
  type DataTableColumnContext,
  type DataTableColumns,
  type ListTable,
} from './dataTable';
import { codeColumn, dateColumn } from './tableColumns';
import { useConfirmedAction, type ConfirmedAction } from './useConfirmedAction';
import { enUSAddOns, enUSCsv } from '../i18n/en-US';

// -------------------------------------------------------------------------------------------------
// Columns
// -------------------------------------------------------------------------------------------------

/**
 * The DataTable definition (features and column helper) of the add-ons table, for hosts
 * building on the same definition.
 */
export const addOnsTableDefinition = /*#__PURE__*/ defineDataTable<AddOn>();

/** Ids of the add-ons table's columns. */
export type AddOnsTableColumnId = 'name' | 'detail' | 'status' | 'quantity' | 'price' | 'since';

/** Sort order of statuses, in the add-on's life: pending, then active, then cancelled. */
const STATUS_ORDER: readonly AddOnStatus[] = ['pending', 'active', 'cancelled'];

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
export function addOnsColumns(context: DataTableColumnContext): DataTableColumns<AddOn, AddOnsTableColumnId> {
  const { messages, sectionMessages, t, format } = context;
  const m = sectionMessages('addOns', enUSAddOns);
  const h = addOnsTableDefinition.columnHelper;
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
    codeColumn(h, {
      id: 'status',
      header: m.columns.status,
      code: (row) => row.status,
      order: STATUS_ORDER,
      labels: m.status,
      nowrap: true,
    }),
    h.accessor('quantity', {
      header: m.columns.quantity,
      sortFn: 'number',
      meta: { align: 'end', csv: (row) => row.quantity },
    }),
    // Money with its cadence: not a plain money column (two words, three CSV cells).
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
        csvHeader: [
          ...moneyCsvHeaders(m.columns.price, sectionMessages('csv', enUSCsv).currency),
          m.columns.cadence,
        ],
        csv: (row) => [...csvMoney(row.unitPrice), row.interval],
      },
    }),
    dateColumn(h, context, {
      id: 'since',
      header: m.columns.since,
      instant: (row) => row.createdAt,
      nowrap: true,
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
export interface AddOnsTable extends ListTable<AddOn, AddOnsTableColumnId> {
  /** Cancel; offers nothing when the host switched `cancelAddOns` off. */
  cancel: AddOnCancelFlow;
  /**
   * Why an add-on offers no Cancel, in the person's language ("One-time purchases cannot be
   * cancelled"); `null` when it can be cancelled, or when cancelling is switched off (then
   * no row says anything about cancelling).
   */
  notCancellableText: (addOn: AddOn) => string | null;
}

const never = () => false;

/**
 * The Add-Ons table: name, detail, status, quantity, price with cadence and since, sorted
 * on raw values; and cancelling an active add-on behind a confirmation, once.
 */
export function useAddOnsTable(): AddOnsTable {
  const list = useAddOns();
  const { t, features } = useRevampd();
  const m = useSectionMessages('addOns', enUSAddOns);
  const table = useListDataTable(addOnsTableDefinition, addOnsColumns, list);

  const mutation = useCancelAddOn();
  const { refetch } = list;
  const cancel = useConfirmedAction({
    items: list.items,
    getId: (addOn: AddOn) => addOn.id,
    // Switched off by the host: no row offers it (no disabled button left behind).
    canRun: features.cancelAddOns ? canCancelAddOn : never,
    mutation,
    variables: (addOn: AddOn) => ({ addOnId: addOn.id }),
    successNotice: (cancelled) => t(m.cancelled, { name: cancelled.name }),
    // Someone else cancelled it first: show the row as it is now.
    onError: (error) => {
      if (error?.code === 'already_cancelled') refetch();
    },
    describeError: (error) => (error.code === 'already_cancelled' ? m.alreadyCancelled : null),
  });

  const reasons = m.notCancellable;
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
