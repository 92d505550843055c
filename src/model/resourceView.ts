/**
 * What a widget shows for a query, decided in one place: every widget has the same
 * loading, empty, error-with-retry and no-access states (and hosts can reuse it headless).
 */
import type { RevampdError } from '../api/errors';

/** The view state of a resource. */
export type ResourceView =
  | { kind: 'loading' }
  | { kind: 'no-access' }
  | { kind: 'error'; error: RevampdError | null }
  | { kind: 'empty' }
  | { kind: 'ready'; error: RevampdError | null };

/** The parts of a query (single or list) that decide its view. */
export interface ResourceLike {
  /** The query's status: `pending` until the first answer, then `error` or `success`. */
  status: 'pending' | 'error' | 'success';
  /** The last failure, also when older data is still held; a 403 makes the view no-access. */
  error: RevampdError | null | Error;
  /** The data holds nothing to show (an empty list), so the view is `empty`. @default false */
  isEmpty?: boolean;
}

/**
 * - no data yet → loading; a failure with no data → error (or no-access on 403);
 * - data and a later failure → ready, with the error kept so the view can mark the rows as
 *   possibly out of date (faults.md 1);
 * - data with nothing in it → empty.
 */
export function resourceView(resource: ResourceLike, hasData: boolean): ResourceView {
  const error = (resource.error ?? null) as RevampdError | null;
  if (error && 'isNoAccess' in error && error.isNoAccess) return { kind: 'no-access' };
  if (!hasData) {
    if (resource.status === 'error') return { kind: 'error', error };
    return { kind: 'loading' };
  }
  if (resource.isEmpty) return resource.status === 'error' ? { kind: 'error', error } : { kind: 'empty' };
  return { kind: 'ready', error: resource.status === 'error' ? error : null };
}

/** The parts of a cursor-paged list that decide its view. */
export interface ListLike {
  /** The rows loaded so far; any row counts as data, so a failed refresh keeps them shown. */
  items: readonly unknown[];
  /** The list's status: `pending` until the first page arrives or fails. */
  status: 'pending' | 'error' | 'success';
  /** The last failure, also while older rows are still shown. */
  error: RevampdError | null;
}

/**
 * {@link resourceView} for a list: rows already loaded count as data, so a failed refresh
 * keeps them on screen as possibly out of date; no rows after success is empty. Every
 * table (ours or a host's over the same hook) decides its state here.
 */
export function listView(list: ListLike): ResourceView {
  return resourceView(
    { status: list.status, error: list.error, isEmpty: list.items.length === 0 },
    list.items.length > 0 || list.status === 'success',
  );
}
