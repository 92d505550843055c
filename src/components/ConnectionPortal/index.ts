export { ConnectionPortal, type ConnectionPortalProps } from './ConnectionPortal';
export { usePortalNavigation, type PortalNavigation, type PortalTarget } from './navigation';
