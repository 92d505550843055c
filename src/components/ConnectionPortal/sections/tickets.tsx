/** The Tickets section's panel, loaded on demand (see ../panels.tsx). */
import { TicketsTable } from '../../TicketsTable/TicketsTable';
import type { SectionPanelProps } from '../sectionPanel';

/**
 * The open ticket and the list's filters are part of the portal's location, so a deep link,
 * "View ticket #N" on Submit Ticket and a host router's Back all reach the table.
 */
export default function TicketsPanel({ portal }: SectionPanelProps) {
  return (
    <TicketsTable
      openTicketId={portal.location.ticketId ?? null}
      onOpenTicketChange={portal.showTicket}
      filters={portal.location.ticketFilters ?? {}}
      onFiltersChange={portal.showTicketFilters}
    />
  );
}
