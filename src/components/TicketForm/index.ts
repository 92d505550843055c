export { TicketForm, type TicketFormProps } from './TicketForm';
