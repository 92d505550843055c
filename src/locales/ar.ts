/**
 * `@revampd/connection-ui/locales/ar`: the Arabic (Modern Standard Arabic) messages on
 * their own entry, so the main and headless bundles stay free of them. Pair them with
 * `dir="rtl"` so the portal mirrors.
 *
 * @example
 * import { ar } from '@revampd/connection-ui/locales/ar';
 * <RevampdProvider locale="ar" dir="rtl" baseMessages={ar} …>
 */
export { ar } from '../i18n/ar';
