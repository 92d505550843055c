import { Fragment, type ReactNode } from 'react';
import { formatMessage, type MessageValues } from '../../i18n/messages';

/**
 * Fills a message whose placeholders include React nodes, e.g. a title wrapped in `<bdi>`
 * so a U+202E inside API text cannot reorder the words around it (faults.md 23). Text
 * values are filled as text, so nothing is ever parsed as markup.
 */
export function formatMessageParts(
  template: string,
  values: MessageValues,
  nodes: Readonly<Record<string, ReactNode>>,
): ReactNode {
  const parts = formatMessage(template, values).split(/(\{\w+\})/);
  return parts.map((part, index) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    const node = name === undefined ? undefined : nodes[name];
    return <Fragment key={index}>{node === undefined ? part : node}</Fragment>;
  });
}
