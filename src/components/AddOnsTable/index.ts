export { AddOnsTable, type AddOnsTableProps } from './AddOnsTable';
