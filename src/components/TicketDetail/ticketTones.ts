/** Badge colours of ticket statuses and priorities, shared by the table and the detail. */
import type { TicketPriority, TicketStatus } from '../../api/schemas';
import type { StatusTone } from '../ui/StatusBadge';

/** Open is news, in progress is being worked, resolved is done, closed is history. */
export const TICKET_STATUS_TONE: Record<TicketStatus, StatusTone> = {
  open: 'info',
  in_progress: 'warning',
  resolved: 'success',
  closed: 'neutral',
};

/** Only High stands out; the text still carries the meaning. */
export const TICKET_PRIORITY_TONE: Record<TicketPriority, StatusTone> = {
  low: 'neutral',
  medium: 'neutral',
  high: 'danger',
};
