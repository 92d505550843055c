/**
 * The buying hooks (issue 12): the number search (debounced, aborting the search it
 * replaces, letters as keypad digits), one intent per body, the feature switch, and a
 * purchase's result written to the scope that sent it (faults.md 32, 41).
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiPath } from '../../mocks/handlers/shared';
import { db } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { setWalletBalance } from '../../mocks';
import { isRevampdError } from '../../src/api/errors';
import {
  keypadDigits,
  purchaseIntent,
  useAvailablePhoneNumbers,
  usePurchaseAddOn,
  useWallet,
  type PurchaseAddOn,
} from '../../src/headless';
import { gate, switchableWrapper } from './support';

const ORG = 'org_buying';

const searches = (harness: ReturnType<typeof switchableWrapper>) =>
  harness.requests.filter((request) => request.url.pathname.endsWith('/phone-numbers/available'));

const pack: PurchaseAddOn = {
  productId: 'prd_credits_500',
  quantity: 1,
  payWith: 'wallet',
  expectedTotal: { amount: 2750, currency: 'USD' },
};

describe('keypadDigits and purchaseIntent', () => {
  it('turns letters into the digits of their keypad key and drops separators', () => {
    expect(keypadDigits('1-800-FLOWERS')).toBe('18003569377');
    expect(keypadDigits('(415) call me')).toBe('415225563');
    // Anything else stays, so the search's check refuses it.
    expect(keypadDigits('41#')).toBe('41#');
  });

  it('is the same intent for the same body only', () => {
    expect(purchaseIntent(pack)).toBe(purchaseIntent({ ...pack }));
    expect(purchaseIntent(pack)).toBe(
      purchaseIntent({ ...pack, expectedTotal: { amount: 2750, currency: 'usd' } }),
    );
    for (const other of [
      { ...pack, quantity: 2 },
      { ...pack, payWith: 'invoice' as const },
      { ...pack, expectedTotal: { amount: 3300, currency: 'USD' } },
      { ...pack, productId: 'prd_credits_1000' },
    ]) {
      expect(purchaseIntent(other)).not.toBe(purchaseIntent(pack));
    }
  });
});

describe('useAvailablePhoneNumbers', () => {
  it('waits for typing to pause, then sends one search of the digits', async () => {
    const harness = switchableWrapper({ orgId: ORG });
    const { result, rerender } = renderHook(
      ({ areaCode, contains }: { areaCode: string; contains: string }) =>
        useAvailablePhoneNumbers({ productId: 'prd_us_local', areaCode, contains, debounceMs: 50 }),
      { wrapper: harness.wrapper, initialProps: { areaCode: '', contains: '' } },
    );
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(searches(harness)).toHaveLength(1);

    for (const areaCode of ['4', '41', '(415']) rerender({ areaCode, contains: '' });
    rerender({ areaCode: '(415', contains: 'bo' });
    expect(result.current.isDebouncing).toBe(true);
    expect(result.current.digits).toEqual({ areaCode: '415', contains: '26' });
    await waitFor(() => expect(result.current.search?.areaCode).toBe('415'));
    await waitFor(() => expect(result.current.isFetching).toBe(false));
    expect(searches(harness)).toHaveLength(2);
    const sent = searches(harness)[1]?.url.searchParams;
    expect(sent?.get('areaCode')).toBe('415');
    expect(sent?.get('contains')).toBe('26');
    expect(result.current.numbers.every((number) => number.display.startsWith('+1 415 '))).toBe(true);
  });

  it('a new search aborts the one still in flight; its late answer is never shown', async () => {
    const held = gate();
    server.use(
      http.get(apiPath('/phone-numbers/available'), async ({ request }) => {
        if (new URL(request.url).searchParams.get('areaCode') === '212') await held.promise;
        return undefined;
      }),
    );
    const harness = switchableWrapper({ orgId: ORG });
    const { result, rerender } = renderHook(
      ({ areaCode }: { areaCode: string }) =>
        useAvailablePhoneNumbers({ productId: 'prd_us_local', areaCode, debounceMs: 0 }),
      { wrapper: harness.wrapper, initialProps: { areaCode: '212' } },
    );
    await waitFor(() => expect(searches(harness)).toHaveLength(1));
    rerender({ areaCode: '415' });
    await waitFor(() => expect(result.current.search?.areaCode).toBe('415'));
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(searches(harness)[0]?.signal?.aborted).toBe(true);
    held.release();
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(result.current.numbers.length).toBeGreaterThan(0);
    expect(result.current.numbers.every((number) => number.display.startsWith('+1 415 '))).toBe(true);
  });

  it('sends nothing for text the API would refuse, and says which field', async () => {
    const harness = switchableWrapper({ orgId: ORG });
    const { result } = renderHook(
      () => useAvailablePhoneNumbers({ productId: 'prd_us_local', areaCode: '415999', contains: 'a#' }),
      { wrapper: harness.wrapper },
    );
    expect(result.current.invalidFields).toEqual(['areaCode', 'contains']);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(searches(harness)).toHaveLength(0);
  });
});

describe('usePurchaseAddOn', () => {
  it('refuses before any request when buyAddOns is switched off', async () => {
    const harness = switchableWrapper({ orgId: ORG, features: { buyAddOns: false } });
    const { result } = renderHook(() => usePurchaseAddOn(), { wrapper: harness.wrapper });
    const error = await act(() => result.current.mutate(pack).catch((thrown: unknown) => thrown));
    expect(isRevampdError(error) && error.code).toBe('feature_disabled');
    expect(harness.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('faults 32: writes the wallet of the scope that sent it, not the one shown when it lands', async () => {
    setWalletBalance(db.scope(ORG, 'revampd'), 10_000);
    const held = gate();
    server.use(
      http.post(apiPath('/add-ons'), async () => {
        await held.promise;
        return undefined;
      }),
    );
    const harness = switchableWrapper({ orgId: ORG });
    const { result, rerender } = renderHook(() => ({ buy: usePurchaseAddOn(), wallet: useWallet() }), {
      wrapper: harness.wrapper,
    });
    await waitFor(() => expect(result.current.wallet.data?.balance.amount).toBe(10_000));
    let sending: Promise<unknown> = Promise.resolve();
    act(() => {
      sending = result.current.buy.mutate(pack).catch((thrown: unknown) => thrown);
    });
    await waitFor(() => expect(harness.requests.some((request) => request.method === 'POST')).toBe(true));

    harness.set({ orgId: 'org_buying_other' });
    rerender();
    await waitFor(() => expect(result.current.wallet.data).toBeDefined());
    const otherBalance = result.current.wallet.data?.balance.amount;
    held.release();
    const outcome = await act(() => sending);
    expect(isRevampdError(outcome) && outcome.code).toBe('scope_changed');
    expect(result.current.wallet.data?.balance.amount).toBe(otherBalance);
    expect(result.current.buy.status).toBe('idle');

    // Back in the first org: its wallet shows the debit without a refetch of its own.
    harness.set({ orgId: ORG });
    rerender();
    expect(result.current.wallet.data?.balance.amount).toBe(10_000 - 2750);
  });
});
