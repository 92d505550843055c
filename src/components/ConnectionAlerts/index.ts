export { ConnectionAlerts, type ConnectionAlertsProps } from './ConnectionAlerts';
