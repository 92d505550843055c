/** The attachments' query: an upload as it is now, polled while its scan runs. */
import { getAttachment } from '../endpoints/attachments';
import { resourceQuery, scopeKeys, type QueryScope, type ScopedClient } from './shared';

/** `GET /attachments/{id}`: an upload as it is now (its virus scan may still be pending). */
export const attachmentQueries = {
  all: (scope: QueryScope) => [...scopeKeys.all(scope), 'attachments'] as const,
  /** One attachment; off (skipToken) while `attachmentId` is null. */
  detail: ({ api, scope }: ScopedClient, attachmentId: string | null) =>
    resourceQuery(
      [...attachmentQueries.all(scope), attachmentId],
      attachmentId === null ? null : (signal) => getAttachment(api, attachmentId, { signal }),
    ),
};
