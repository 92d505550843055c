/**
 * `GET /add-ons` and `POST /add-ons/{id}/cancel`.
 */
import { http } from 'msw';
import type { HttpHandler } from 'msw';
import type { AddOn } from '../../src/api/schemas';
import type { MockDb } from '../db';
import { apiError, apiPath, isoNow, listPage, mutate, ok, read } from './shared';
import type { ScopeParams } from './shared';

/** Handlers for the add-ons resource. */
export function addOnHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get<ScopeParams>(apiPath('/add-ons'), ({ request, params }) =>
      read(db, request, params, ({ scope, url }) => listPage(scope.addOns, url)),
    ),

    http.post<ScopeParams>(apiPath('/add-ons/:addOnId/cancel'), ({ request, params }) =>
      mutate(db, request, params, ({ scope, now }) => {
        const index = scope.addOns.findIndex((addOn) => addOn.id === params['addOnId']);
        const addOn = scope.addOns[index];
        if (addOn === undefined) return apiError(404, 'not_found', 'No such add-on.');
        if (addOn.status === 'cancelled') {
          return apiError(409, 'already_cancelled', 'This add-on is already cancelled.');
        }
        const cancelled: AddOn = { ...addOn, status: 'cancelled', cancelledAt: isoNow(now) };
        scope.addOns[index] = cancelled;
        return ok(cancelled);
      }),
    ),
  ];
}
