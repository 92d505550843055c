'use client';
/**
 * TicketDetail: one ticket, opened from the Tickets section (or on its own): title,
 * status, priority, assignee, times, Close / Reopen, and under "Conversation" the
 * description and every reply with the reply box ({@link TicketConversation}). A view over
 * {@link useTicketDetail} and {@link useAutoFocus}.
 */
import { forwardRef, useId, type ComponentPropsWithoutRef } from 'react';
import { useAutoFocus } from '../../hooks/focus';
import { useFormatters } from '../../hooks/formatters';
import { useTicketDetail } from '../../hooks/ticketDetail';
import { useComposedRefs } from '../../hooks/useComposedRefs';
import { STATUS_TONES } from '../../model/statusTones';
import { useSectionMessages } from '../../provider/RevampdProvider';
import { Button } from '../ui/Button';
import { ResourceStates } from '../ui/ResourceState';
import { StatusBadge } from '../ui/StatusBadge';
import { joinClassNames, useElementClass } from '../ui/elementClass';
import { TicketConversation } from '../TicketConversation/TicketConversation';
import { formatMessageParts } from './messageParts';
import { enUSTickets } from '../../i18n/en-US';

/**
 * Props of {@link TicketDetail}. Other attributes (`id`, `aria-*`, `data-*`…) go to the
 * root `<article>`, which the ref points at too.
 */
export interface TicketDetailProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** The ticket to show. */
  ticketId: string;
  /** Shows a "Back to tickets" button that calls this. */
  onBack?: (() => void) | undefined;
  /**
   * Moves focus to the ticket's heading once it is shown, as when it opens from a list.
   * @default true
   */
  autoFocus?: boolean | undefined;
  /** Classes added to the root `<article>`, after its own `rvp-TicketDetail rvp-widget`. */
  className?: string | undefined;
}

/**
 * One ticket with its Close / Reopen action and its conversation; the lists follow through
 * the cache.
 *
 * The root carries `data-state` (the view: `loading`, `no-access`, `error` or `ready`) and,
 * once loaded, `data-status` (the ticket's status code, e.g. `in_progress`).
 */
export const TicketDetail = /*#__PURE__*/ forwardRef<HTMLElement, TicketDetailProps>(function TicketDetail(
  { ticketId, onBack, autoFocus = true, className, ...rest },
  forwardedRef,
) {
  const m = useSectionMessages('tickets', enUSTickets);
  const format = useFormatters();
  const { query, ticket, view, statusAction } = useTicketDetail(ticketId);
  const hasHeading = view.kind === 'ready' && ticket !== undefined;
  const { containerRef, targetRef } = useAutoFocus<HTMLElement>({
    enabled: autoFocus,
    key: ticketId,
    ready: hasHeading,
  });
  const rootRef = useComposedRefs(forwardedRef, containerRef);
  const headingId = useId();
  const widgetClass = useElementClass('widget');
  const headingClass = useElementClass('sectionHeading');

  return (
    <article
      ref={rootRef}
      className={joinClassNames('rvp-TicketDetail', 'rvp-widget', widgetClass, className)}
      aria-labelledby={hasHeading ? headingId : undefined}
      aria-label={hasHeading ? undefined : m.loadingDetail}
      aria-busy={view.kind === 'loading' || undefined}
      tabIndex={-1}
      data-state={view.kind}
      data-status={ticket?.status}
      {...rest}
    >
      {onBack && (
        <div className="rvp-TicketDetail-back">
          <Button variant="ghost" onClick={onBack}>
            <span aria-hidden="true">←</span> {m.backToList}
          </Button>
        </div>
      )}

      <ResourceStates
        view={view}
        onRetry={query.refetch}
        retrying={query.isFetching}
        updatedAt={query.dataUpdatedAt}
        loadingLabel={m.loadingDetail}
      >
        {ticket && (
          <>
            <h2
              ref={targetRef}
              id={headingId}
              className={joinClassNames('rvp-Section-heading rvp-TicketDetail-heading', headingClass)}
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
                  <StatusBadge tone={STATUS_TONES.ticketStatus[ticket.status]}>
                    {m.status[ticket.status]}
                  </StatusBadge>
                </dd>
              </div>
              <div>
                <dt>{m.columns.priority}</dt>
                <dd>
                  <StatusBadge tone={STATUS_TONES.ticketPriority[ticket.priority]}>
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

            {statusAction && (
              <div className="rvp-TicketDetail-actions">
                {statusAction.error && (
                  <div className="rvp-TicketDetail-actionError" role="alert">
                    <p>{m.statusChangeFailed}</p>
                    <p>{statusAction.errorText}</p>
                  </div>
                )}
                {/* One button whose label flips, so focus stays on it after Close → Reopen. */}
                <Button
                  variant={statusAction.nextStatus === 'closed' ? 'secondary' : 'primary'}
                  busy={statusAction.isPending}
                  onClick={statusAction.onClick}
                  data-next-status={statusAction.nextStatus}
                >
                  {statusAction.label}
                </Button>
              </div>
            )}

            {/* The description first, then every reply, then the reply box. */}
            <TicketConversation ticketId={ticket.id} />
          </>
        )}
      </ResourceStates>
    </article>
  );
});
