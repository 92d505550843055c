/** What needs attention: the alerts' and a host's menu badges' one endpoint. */
import { Attention } from '../schemas/attention';
import type { Attention as AttentionT } from '../schemas/attention';
import type { RequestOptions, Transport } from '../transport';

/** `GET /attention`: counts and amounts for a banner and a host's menu badges. */
export function getAttention(api: Transport, options: RequestOptions = {}): Promise<AttentionT> {
  return api.send({ method: 'GET', path: '/attention', schema: Attention, signal: options.signal });
}
