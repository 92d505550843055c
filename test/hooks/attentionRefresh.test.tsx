/**
 * Issue 11, item 6: the attention counts refresh after a reply and after a cancel (payment
 * and focus are covered beside ConnectionAlerts), through the scope that sent the action.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '../../mocks/handlers';
import { useAttention, useCancelAddOn, useReplyToTicket } from '../../src/headless';
import { switchableWrapper } from './support';

const attentionRequests = (harness: ReturnType<typeof switchableWrapper>) =>
  harness.requests.filter((request) => request.url.pathname.endsWith('/attention')).length;

describe('attention counts follow the actions', () => {
  it('a reply to a ticket awaiting the customer lowers "tickets awaiting your reply"', async () => {
    const org = 'org_attention_reply';
    const harness = switchableWrapper({ orgId: org });
    const { result } = renderHook(() => ({ attention: useAttention(), reply: useReplyToTicket() }), {
      wrapper: harness.wrapper,
    });
    await waitFor(() => expect(result.current.attention.status).toBe('success'));
    const before = result.current.attention.data?.ticketsAwaitingCustomer ?? 0;
    const awaiting = db.scope(org, 'revampd').tickets.find((ticket) => ticket.awaitingCustomer);
    expect(awaiting).toBeDefined();
    expect(before).toBeGreaterThan(0);
    await act(async () => {
      await result.current.reply.mutate({ ticketId: awaiting?.id ?? '', body: 'Thanks, that fixed it.' });
    });
    await waitFor(() => expect(result.current.attention.data?.ticketsAwaitingCustomer).toBe(before - 1));
  });

  it('a cancel asks for the counts again', async () => {
    const org = 'org_attention_cancel';
    const harness = switchableWrapper({ orgId: org });
    const { result } = renderHook(() => ({ attention: useAttention(), cancel: useCancelAddOn() }), {
      wrapper: harness.wrapper,
    });
    await waitFor(() => expect(result.current.attention.status).toBe('success'));
    const asked = attentionRequests(harness);
    const addOn = db.scope(org, 'revampd').addOns.find((candidate) => candidate.cancellable);
    await act(async () => {
      await result.current.cancel.mutate({ addOnId: addOn?.id ?? '' });
    });
    await waitFor(() => expect(attentionRequests(harness)).toBeGreaterThan(asked));
  });
});
