export { ConnectionPortal, type ConnectionPortalProps } from './ConnectionPortal';
