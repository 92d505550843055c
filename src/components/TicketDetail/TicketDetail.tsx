'use client';
/**
 * TicketDetail: one ticket, opened from the Tickets section (or on its own): title,
 * description as plain text with its line breaks, status, priority, assignee, times, and
 * Close / Reopen. A view over {@link useTicketDetail}.
 */
import { useEffect, useId, useRef } from 'react';
import { useFormatters } from '../../hooks/formatters';
import { useTicketDetail } from '../../hooks/ticketsTable';
import { useRevampd } from '../../provider/RevampdProvider';
import { Button } from '../ui/Button';
import { errorMessage } from '../../i18n/errorMessage';
import { ErrorState, LoadingState, NoAccessState, StaleNotice } from '../ui/ResourceState';
import { StatusBadge } from '../ui/StatusBadge';
import { formatMessageParts } from './messageParts';
import { TICKET_PRIORITY_TONE, TICKET_STATUS_TONE } from './ticketTones';

/** Props of {@link TicketDetail}. */
export interface TicketDetailProps {
  /** The ticket to show. */
  ticketId: string;
  /** Shows a "Back to tickets" button that calls this. */
  onBack?: (() => void) | undefined;
  /**
   * Moves focus to the ticket's heading once it is shown, as when it opens from a list.
   * @default true
   */
  autoFocus?: boolean | undefined;
  className?: string | undefined;
}

/** One ticket with its Close / Reopen action; the lists follow through the cache. */
export function TicketDetail({ ticketId, onBack, autoFocus = true, className }: TicketDetailProps) {
  const { messages, t, locale, timeZone } = useRevampd();
  const format = useFormatters();
  const m = messages.tickets;
  const { query, ticket, view, statusAction } = useTicketDetail(ticketId);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLElement>(null);

  // Focus goes to the heading once there is one; while loading, to the region itself, so
  // it never falls back to the page when the list's button disappears.
  const focusedFor = useRef<string | null>(null);
  const hasHeading = view.kind === 'ready';
  useEffect(() => {
    if (!autoFocus) return;
    if (hasHeading) {
      if (focusedFor.current === ticketId) return;
      focusedFor.current = ticketId;
      headingRef.current?.focus();
    } else if (
      focusedFor.current === null &&
      rootRef.current &&
      !rootRef.current.contains(document.activeElement)
    ) {
      rootRef.current.focus();
    }
  }, [autoFocus, hasHeading, ticketId]);

  const actionLabel = statusAction
    ? statusAction.isPending
      ? statusAction.nextStatus === 'closed'
        ? m.closing
        : m.reopening
      : statusAction.nextStatus === 'closed'
        ? m.close
        : m.reopen
    : null;

  return (
    <article
      ref={rootRef}
      className={['rvp-TicketDetail', 'rvp-widget', className].filter(Boolean).join(' ')}
      aria-labelledby={hasHeading ? headingId : undefined}
      aria-label={hasHeading ? undefined : m.loadingDetail}
      aria-busy={view.kind === 'loading' || undefined}
      tabIndex={-1}
      data-status={ticket?.status}
    >
      {onBack && (
        <div className="rvp-TicketDetail-back">
          <Button variant="ghost" onClick={onBack}>
            <span aria-hidden="true">←</span> {m.backToList}
          </Button>
        </div>
      )}

      {view.kind === 'loading' && <LoadingState label={m.loadingDetail} />}
      {view.kind === 'no-access' && <NoAccessState />}
      {view.kind === 'error' && (
        <ErrorState error={view.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      )}

      {view.kind === 'ready' && ticket && (
        <>
          {view.error && (
            <StaleNotice
              error={view.error}
              updatedAt={query.dataUpdatedAt}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          )}
          <h2
            ref={headingRef}
            id={headingId}
            className="rvp-Section-heading rvp-TicketDetail-heading"
            tabIndex={-1}
          >
            {formatMessageParts(
              m.detailHeading,
              { number: ticket.number },
              { title: <bdi>{ticket.title}</bdi> },
            )}
          </h2>

          <dl className="rvp-TicketDetail-meta">
            <div>
              <dt>{m.columns.status}</dt>
              <dd>
                <StatusBadge tone={TICKET_STATUS_TONE[ticket.status]}>{m.status[ticket.status]}</StatusBadge>
              </dd>
            </div>
            <div>
              <dt>{m.columns.priority}</dt>
              <dd>
                <StatusBadge tone={TICKET_PRIORITY_TONE[ticket.priority]}>
                  {m.priority[ticket.priority]}
                </StatusBadge>
              </dd>
            </div>
            <div>
              <dt>{m.columns.assignee}</dt>
              <dd>{ticket.assignee ? <bdi>{ticket.assignee.name}</bdi> : m.unassigned}</dd>
            </div>
            <div>
              <dt>{m.created}</dt>
              <dd>
                <time dateTime={ticket.createdAt}>{format.date(ticket.createdAt, 'dateTime')}</time>
              </dd>
            </div>
            <div>
              <dt>{m.updated}</dt>
              <dd>
                <time dateTime={ticket.updatedAt}>{format.date(ticket.updatedAt, 'dateTime')}</time>
              </dd>
            </div>
          </dl>

          <h3 className="rvp-TicketDetail-subheading">{m.description}</h3>
          {/* Plain text: React escapes it, and CSS keeps its line breaks (pre-wrap). */}
          <p className="rvp-TicketDetail-description" dir="auto">
            {ticket.description}
          </p>

          {statusAction && (
            <div className="rvp-TicketDetail-actions">
              {statusAction.error && (
                <div className="rvp-TicketDetail-actionError" role="alert">
                  <p>{m.statusChangeFailed}</p>
                  <p>{errorMessage(statusAction.error, { messages, t, locale, timeZone })}</p>
                </div>
              )}
              {/* One button whose label flips, so focus stays on it after Close → Reopen. */}
              <Button
                variant={statusAction.nextStatus === 'closed' ? 'secondary' : 'primary'}
                busy={statusAction.isPending}
                onClick={(event) => {
                  // The second click of a double click would undo the first once it has landed.
                  if (event.detail > 1) return;
                  statusAction.run();
                }}
                data-next-status={statusAction.nextStatus}
              >
                {actionLabel}
              </Button>
            </div>
          )}
        </>
      )}
    </article>
  );
}
