export { TicketDetail, type TicketDetailProps } from './TicketDetail';
