'use client';
/**
 * AddOnsTable: section 2, Add-Ons. The Revampd-issued add-ons (phone numbers, call
 * credits) with their price and cadence, and cancelling an active one behind a
 * confirmation. A thin view over {@link useAddOnsTable}.
 */
import { useId, useRef } from 'react';
import type { AddOn } from '../../api/schemas';
import { ADD_ON_STATUS_TONE, canCancelAddOn, useAddOnsTable } from '../../hooks/tables';
import { useRevampd } from '../../provider/RevampdProvider';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog/ConfirmDialog';
import { DataTable } from '../ui/DataTable/DataTable';
import { StatusBadge } from '../ui/StatusBadge';

/** Props of {@link AddOnsTable}. */
export interface AddOnsTableProps {
  className?: string | undefined;
}

/** The Add-Ons section: the add-ons table with cancel, over {@link useAddOnsTable}. */
export function AddOnsTable({ className }: AddOnsTableProps) {
  const { list, table, cancel } = useAddOnsTable();
  const { messages, t } = useRevampd();
  const m = messages.addOns;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const renderCell = (columnId: string, addOn: AddOn) => {
    if (columnId === 'status') {
      return <StatusBadge tone={ADD_ON_STATUS_TONE[addOn.status]}>{m.status[addOn.status]}</StatusBadge>;
    }
    if (columnId === 'actions') {
      return canCancelAddOn(addOn) ? (
        <Button
          variant="ghost"
          aria-label={`${m.cancel}: ${addOn.name}${addOn.detail ? ` (${addOn.detail})` : ''}`}
          onClick={() => cancel.request(addOn)}
        >
          {m.cancel}
        </Button>
      ) : null;
    }
    return undefined;
  };

  return (
    <section
      className={['rvp-AddOnsTable', 'rvp-widget', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      aria-busy={list.status === 'pending' || undefined}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="rvp-Section-heading">
        {m.heading}
      </h2>
      <p className="rvp-Section-intro">{t(m.intro)}</p>
      <div className="rvp-visually-hidden" role="status">
        {cancel.notice}
      </div>
      <DataTable
        instance={table}
        list={list}
        caption={m.heading}
        emptyMessage={t(m.empty)}
        exportName="add-ons"
        renderCell={renderCell}
      />
      <ConfirmDialog
        open={cancel.target !== null}
        title={t(m.cancelTitle, { name: cancel.target?.name ?? '' })}
        confirmLabel={m.cancelConfirm}
        cancelLabel={m.cancelKeep}
        busyLabel={m.cancelling}
        busy={cancel.isPending}
        tone="danger"
        error={cancel.errorText}
        hideConfirm={cancel.error?.code === 'already_cancelled'}
        onConfirm={() => void cancel.confirm()}
        onCancel={cancel.dismiss}
        fallbackFocus={() => headingRef.current}
      >
        {cancel.target?.detail && <p className="rvp-AddOnsTable-dialogDetail">{cancel.target.detail}</p>}
        <p>{m.cancelBody}</p>
      </ConfirmDialog>
    </section>
  );
}
