export { ConnectionNav, type ConnectionNavProps } from './ConnectionNav';
