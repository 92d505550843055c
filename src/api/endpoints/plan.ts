/** The plan's endpoint: what the portal's first section reads. */
import { Plan } from '../schemas/plan';
import type { Plan as PlanT } from '../schemas/plan';
import type { RequestOptions, Transport } from '../transport';

/** `GET /plan`. */
export function getPlan(api: Transport, options: RequestOptions = {}): Promise<PlanT> {
  return api.send({ method: 'GET', path: '/plan', schema: Plan, signal: options.signal });
}
