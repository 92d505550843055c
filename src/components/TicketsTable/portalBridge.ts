/**
 * How "View ticket #N" on the Submit Ticket section opens that ticket in the Tickets section
 * of the same ConnectionPortal, without either widget knowing the other is mounted (only
 * the active panel is).
 *
 * The form leaves the ticket id here, keyed by QueryClient and scope so two portals on one
 * page never pick up each other's request, then activates the portal's Tickets tab. The
 * table takes the id when it mounts and opens the detail.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { QueryScope } from '../../api/keys';

const requests = new WeakMap<QueryClient, Map<string, string>>();

function scopeId(scope: QueryScope): string {
  return JSON.stringify([scope.baseUrl, scope.orgId, scope.connectionId, scope.userId]);
}

/** Asks the next TicketsTable of this scope to open `ticketId`. */
export function requestOpenTicket(queryClient: QueryClient, scope: QueryScope, ticketId: string): void {
  let byScope = requests.get(queryClient);
  if (!byScope) {
    byScope = new Map();
    requests.set(queryClient, byScope);
  }
  byScope.set(scopeId(scope), ticketId);
}

/** The pending request of this scope, if any; taking it clears it. */
export function takeRequestedTicket(queryClient: QueryClient, scope: QueryScope): string | null {
  const byScope = requests.get(queryClient);
  const id = scopeId(scope);
  const ticketId = byScope?.get(id) ?? null;
  byScope?.delete(id);
  return ticketId;
}

/**
 * Activates the Tickets tab of the ConnectionPortal that contains `from`. Radix tabs
 * activate on focus, so this goes through the portal's own `onValueChange` (and a
 * controlled host's `onSectionChange`). Returns whether a tab was found.
 */
export function activatePortalSection(from: Element | null, section: string): boolean {
  const portal = from?.closest('.rvp-ConnectionPortal');
  const tab = portal?.querySelector<HTMLElement>(`[role="tab"][data-section="${section}"]`);
  if (!tab) return false;
  tab.focus();
  return true;
}
