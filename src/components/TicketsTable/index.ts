export { TicketsTable, type TicketsTableProps } from './TicketsTable';
