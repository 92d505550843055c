/** The plan's contract, `GET /plan`: what the portal's first section shows. Conventions: ./common.ts. */
import * as v from 'valibot';
import { Money, Timestamp } from './common';

/** The schema (valibot) of a direct plan's state: `active`, `trialing`, `past_due` or `canceled`; parses and checks the API's JSON. */
export const PlanStatus = /*#__PURE__*/ (() => v.picklist(['active', 'trialing', 'past_due', 'canceled']))();

/** `GET /plan`: either managed by a Partner (the usual Sub-Org) or a direct Revampd plan. */
export const Plan = /*#__PURE__*/ (() =>
  v.variant('managedBy', [
    v.object({
      managedBy: v.literal('partner'),
      partner: v.object({
        id: v.string(),
        name: v.string(),
        contactEmail: v.nullable(v.string()),
      }),
    }),
    v.object({
      managedBy: v.literal('revampd'),
      plan: v.object({
        name: v.string(),
        status: PlanStatus,
        price: Money,
        interval: v.picklist(['month', 'year']),
        renewsAt: v.nullable(Timestamp),
      }),
    }),
  ]))();

// -------------------------------------------------------------------------------------------------
// Types
// -------------------------------------------------------------------------------------------------

/** `GET /plan`. */
export type Plan = v.InferOutput<typeof Plan>;
/** The Partner that manages a Sub-Org's plan. */
export type PartnerRef = Extract<Plan, { managedBy: 'partner' }>['partner'];
/** A direct Revampd plan. */
export type DirectPlan = Extract<Plan, { managedBy: 'revampd' }>['plan'];
/** A direct plan's state: `active`, `trialing`, `past_due` or `canceled`. */
export type PlanStatus = v.InferOutput<typeof PlanStatus>;
