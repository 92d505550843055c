'use client';
/**
 * AddOnsTable: section 2, Add-Ons. The Revampd-issued add-ons (phone numbers, call
 * credits) with their price and cadence, and cancelling an active one behind a
 * confirmation. A thin view over {@link useAddOnsTable}.
 */
import { forwardRef, useRef, type HTMLAttributes } from 'react';
import type { AddOn } from '../../api/schemas';
import { useAddOnsTable } from '../../hooks/addOnsTable';
import { STATUS_TONES } from '../../model/statusTones';
import { useRevampd, useSectionMessages } from '../../provider/RevampdProvider';
import { AddOnPurchase } from '../AddOnPurchase/AddOnPurchase';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog/ConfirmDialog';
import { DataTable } from '../ui/DataTable/DataTable';
import { SectionShell } from '../ui/SectionShell';
import { StatusBadge } from '../ui/StatusBadge';
import { enUSAddOns } from '../../i18n/en-US';

/** Props of {@link AddOnsTable}: other props (`id`, `aria-*`, `data-*`) go on its `<section>`. */
export interface AddOnsTableProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** Classes added to the root `<section>`, after its own `rvp-AddOnsTable rvp-widget`. */
  className?: string | undefined;
}

/** The Add-Ons section: the add-ons table with cancel, over {@link useAddOnsTable}. */
export const AddOnsTable = /*#__PURE__*/ forwardRef<HTMLElement, AddOnsTableProps>(function AddOnsTable(
  { className, ...rest },
  ref,
) {
  const { list, table, cancel, notCancellableText } = useAddOnsTable();
  const { t, features } = useRevampd();
  const m = useSectionMessages('addOns', enUSAddOns);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const cancelButton = (addOn: AddOn) => {
    if (cancel.canRun(addOn)) {
      return (
        <Button
          variant="ghost"
          aria-label={`${m.cancel}: ${addOn.name}${addOn.detail ? ` (${addOn.detail})` : ''}`}
          onClick={() => cancel.request(addOn)}
        >
          {m.cancel}
        </Button>
      );
    }
    // Why there is no Cancel, e.g. "One-time purchases cannot be cancelled".
    const why = notCancellableText(addOn);
    return why === null ? null : <span className="rvp-AddOnsTable-note">{why}</span>;
  };

  return (
    <SectionShell
      {...rest}
      ref={ref}
      widgetClassName="rvp-AddOnsTable"
      className={className}
      heading={m.heading}
      intro={t(m.intro)}
      busy={list.status === 'pending'}
      notice={cancel.notice}
      headingRef={headingRef}
    >
      <DataTable
        instance={table}
        list={list}
        caption={m.heading}
        emptyMessage={t(m.empty)}
        exportName="add-ons"
        cells={{
          status: (addOn) => (
            <StatusBadge tone={STATUS_TONES.addOn[addOn.status]}>{m.status[addOn.status]}</StatusBadge>
          ),
        }}
        rowActions={{ header: m.columns.actions, render: cancelButton }}
      />
      {/* After the table, so the table's own controls come first in the tab order; not
          offered to an org that has no access to add-ons at all. */}
      {features.buyAddOns && !list.error?.isNoAccess && (
        <AddOnPurchase fallbackFocus={() => headingRef.current} />
      )}
      <ConfirmDialog
        open={cancel.target !== null}
        title={t(m.cancelTitle, { name: cancel.target?.name ?? '' })}
        confirmLabel={m.cancelConfirm}
        cancelLabel={m.cancelKeep}
        busyLabel={m.cancelling}
        busy={cancel.isPending}
        tone="danger"
        error={cancel.errorText}
        hideConfirm={cancel.alreadyCancelled}
        onConfirm={() => void cancel.confirm()}
        onCancel={cancel.dismiss}
        fallbackFocus={() => headingRef.current}
      >
        {cancel.target?.detail && <p className="rvp-AddOnsTable-dialogDetail">{cancel.target.detail}</p>}
        <p>{m.cancelBody}</p>
      </ConfirmDialog>
    </SectionShell>
  );
});
