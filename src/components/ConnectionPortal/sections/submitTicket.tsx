/** The Submit Ticket section's panel, loaded on demand (see ../panels.tsx). */
import { TicketForm } from '../../TicketForm/TicketForm';
import type { SectionPanelProps } from '../sectionPanel';

export default function SubmitTicketPanel({ portal }: SectionPanelProps) {
  return <TicketForm onViewTicket={(ticket) => portal.navigate('tickets', { ticketId: ticket.id })} />;
}
