/**
 * `GET /attention`: computed from the same store the lists serve, so a payment, a reply or
 * a cancel shows in it at once.
 */
import { http } from 'msw';
import type { HttpHandler } from 'msw';
import type { MockDb } from '../db';
import { apiPath, ok, read } from './shared';
import type { ScopeParams } from './shared';
import { attentionOf } from './views';

/** Handlers for what needs attention. */
export function attentionHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get<ScopeParams>(apiPath('/attention'), ({ request, params }) =>
      read(db, request, params, ({ scope }) => ok(attentionOf(scope, db.now()))),
    ),
  ];
}
