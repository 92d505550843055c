/**
 * `@revampd/connection-ui/locales/de-DE`: the German (Germany) messages on their own entry,
 * so the main and headless bundles stay free of them.
 *
 * @example
 * import { deDE } from '@revampd/connection-ui/locales/de-DE';
 * <RevampdProvider locale="de-DE" baseMessages={deDE} …>
 */
export { deDE } from '../i18n/de-DE';
