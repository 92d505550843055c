export { enUS, type Messages, type MessagesOverride } from './en-US';
export { formatMessage, mergeMessages, type MessageValues } from './messages';
export { pluralCategory, pluralForm, type PluralCategory, type PluralMessage } from './plural';
