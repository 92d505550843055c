/**
 * `@revampd/connection-ui/locales/pt-BR`: the Portuguese (Brazil) messages on their own
 * entry, so the main and headless bundles stay free of them.
 *
 * @example
 * import { ptBR } from '@revampd/connection-ui/locales/pt-BR';
 * <RevampdProvider locale="pt-BR" baseMessages={ptBR} …>
 */
export { ptBR } from '../i18n/pt-BR';
