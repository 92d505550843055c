/**
 * `@revampd/connection-ui/locales/es-ES`: the Spanish (Spain) messages on their own entry,
 * so the main and headless bundles stay free of them.
 *
 * @example
 * import { esES } from '@revampd/connection-ui/locales/es-ES';
 * <RevampdProvider locale="es-ES" baseMessages={esES} …>
 */
export { esES } from '../i18n/es-ES';
