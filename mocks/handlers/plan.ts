/**
 * `GET /plan`.
 */
import { http } from 'msw';
import type { HttpHandler } from 'msw';
import type { MockDb } from '../db';
import { apiPath, ok, read } from './shared';
import type { ScopeParams } from './shared';

/** Handlers for the plan resource. */
export function planHandlers(db: MockDb): HttpHandler[] {
  return [
    http.get<ScopeParams>(apiPath('/plan'), ({ request, params }) =>
      read(db, request, params, ({ scope }) => ok(scope.plan)),
    ),
  ];
}
