/**
 * The colour family of every status the API sends, in one place: tables, details, cards
 * and a host's own badges read the same map, so "open" never looks urgent in one widget
 * and calm in another. The text always carries the meaning; the tone only repeats it.
 */
import type {
  AddOnStatus,
  InvoiceStatus,
  PayoutStatus,
  PlanStatus,
  TicketPriority,
  TicketStatus,
} from '../api/schemas';

/** The colour family of a status. */
export type StatusTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/** Badge tone of each status, by the kind of thing it is the status of. */
export const STATUS_TONES: {
  readonly plan: Readonly<Record<PlanStatus, StatusTone>>;
  readonly addOn: Readonly<Record<AddOnStatus, StatusTone>>;
  readonly ticketStatus: Readonly<Record<TicketStatus, StatusTone>>;
  readonly ticketPriority: Readonly<Record<TicketPriority, StatusTone>>;
  readonly invoice: Readonly<Record<InvoiceStatus, StatusTone>>;
  readonly payout: Readonly<Record<PayoutStatus, StatusTone>>;
} = {
  plan: { active: 'success', trialing: 'info', past_due: 'warning', canceled: 'neutral' },
  addOn: { active: 'success', pending: 'info', cancelled: 'neutral' },
  // Open is news, in progress is being worked, resolved is done, closed is history.
  ticketStatus: { open: 'info', in_progress: 'warning', resolved: 'success', closed: 'neutral' },
  // Only High stands out.
  ticketPriority: { low: 'neutral', medium: 'neutral', high: 'danger' },
  invoice: { draft: 'neutral', open: 'warning', paid: 'success', void: 'neutral', uncollectible: 'danger' },
  payout: { paid: 'success', pending: 'info', failed: 'danger' },
};
