/**
 * `@revampd/connection-ui/locales/fr-FR`: the French (France) messages on their own entry,
 * so the main and headless bundles stay free of them.
 *
 * @example
 * import { frFR } from '@revampd/connection-ui/locales/fr-FR';
 * <RevampdProvider locale="fr-FR" baseMessages={frFR} …>
 */
export { frFR } from '../i18n/fr-FR';
