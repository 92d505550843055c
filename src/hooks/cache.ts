/** Cache updates shared by the mutations: one place that knows the paged-list shape. */
import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import type { Page } from '../api/schemas';

/** Replaces the item with the same `id` in every cached list under `key`. */
export function replaceInPages<T extends { id: string }>(
  queryClient: QueryClient,
  key: QueryKey,
  item: T,
): void {
  queryClient.setQueriesData<InfiniteData<Page<T>, string | null>>({ queryKey: key }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            data: page.data.map((row) => (row.id === item.id ? item : row)),
          })),
        }
      : data,
  );
}

/** Puts a new item first in every cached list under `key` for which `belongs` holds. */
export function prependToPages<T extends { id: string }>(
  queryClient: QueryClient,
  key: QueryKey,
  item: T,
  belongs: (queryKey: QueryKey) => boolean = () => true,
): void {
  for (const [queryKey, data] of queryClient.getQueriesData<InfiniteData<Page<T>, string | null>>({
    queryKey: key,
  })) {
    if (!data || !belongs(queryKey)) continue;
    const [first, ...rest] = data.pages;
    if (!first || first.data.some((row) => row.id === item.id)) continue;
    queryClient.setQueryData(queryKey, {
      ...data,
      pages: [{ ...first, data: [item, ...first.data] }, ...rest],
    });
  }
}
