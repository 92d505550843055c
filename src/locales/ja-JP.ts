/**
 * `@revampd/connection-ui/locales/ja-JP`: the Japanese messages on their own entry, so the
 * main and headless bundles stay free of them.
 *
 * @example
 * import { jaJP } from '@revampd/connection-ui/locales/ja-JP';
 * <RevampdProvider locale="ja-JP" baseMessages={jaJP} …>
 */
export { jaJP } from '../i18n/ja-JP';
