/** useHashLocation and useSearchParamLocation in jsdom (issue 5, item 3). */
import { act, renderHook } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { useHashLocation, useSearchParamLocation } from '../../src/routing/useUrlLocation';

function resetUrl(url = '/') {
  window.history.replaceState(null, '', url);
}

afterEach(() => resetUrl());

describe('useHashLocation', () => {
  it('reads the hash on first render', () => {
    resetUrl('/portal#tickets/tkt_123');
    const { result } = renderHook(() => useHashLocation());
    expect(result.current[0]).toEqual({ section: 'tickets', ticketId: 'tkt_123' });
  });

  it('falls back to Plan for an empty or unknown hash', () => {
    resetUrl('/portal#main-content');
    const { result } = renderHook(() => useHashLocation());
    expect(result.current[0]).toEqual({ section: 'plan' });
  });

  it('setLocation pushes the hash and updates the state', () => {
    resetUrl('/portal?x=1');
    const before = window.history.length;
    const { result } = renderHook(() => useHashLocation());
    act(() => result.current[1]({ section: 'tickets', ticketId: 'tkt_9' }));
    expect(window.location.pathname + window.location.search + window.location.hash).toBe(
      '/portal?x=1#tickets/tkt_9',
    );
    expect(window.history.length).toBe(before + 1);
    expect(result.current[0]).toEqual({ section: 'tickets', ticketId: 'tkt_9' });
  });

  it('adds no history entry for the place it is already at, and replaces when asked', () => {
    resetUrl('/#wallet');
    const before = window.history.length;
    const { result } = renderHook(() => useHashLocation());
    act(() => result.current[1]({ section: 'wallet' }));
    expect(window.history.length).toBe(before);
    act(() => result.current[1]({ section: 'invoices' }, { replace: true }));
    expect(window.location.hash).toBe('#invoices');
    expect(window.history.length).toBe(before);
  });

  it('follows hashchange (a typed URL, Back, a host link)', () => {
    resetUrl('/');
    const { result } = renderHook(() => useHashLocation());
    expect(result.current[0]).toEqual({ section: 'plan' });
    act(() => {
      window.history.replaceState(null, '', '/#payouts');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(result.current[0]).toEqual({ section: 'payouts' });
    act(() => {
      window.history.replaceState(null, '', '/#nonsense');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(result.current[0]).toEqual({ section: 'plan' });
  });

  it('keeps two hooks on one page in step', () => {
    resetUrl('/');
    const first = renderHook(() => useHashLocation());
    const second = renderHook(() => useHashLocation());
    act(() => first.result.current[1]({ section: 'addOns' }));
    expect(second.result.current[0]).toEqual({ section: 'addOns' });
  });

  it("keeps the host router's history.state", () => {
    window.history.replaceState({ key: 'host-1' }, '', '/');
    const { result } = renderHook(() => useHashLocation());
    act(() => result.current[1]({ section: 'wallet' }));
    expect(window.history.state).toEqual({ key: 'host-1' });
  });

  it('renders Plan on the server (its server snapshot), whatever the address bar says', () => {
    function Probe() {
      const [location] = useHashLocation();
      return <span>{location.section}</span>;
    }
    resetUrl('/#wallet');
    expect(renderToString(<Probe />)).toBe('<span>plan</span>');
  });
});

describe('useSearchParamLocation', () => {
  it('reads and writes ?section=…&ticket=…, keeping other parameters and the hash', () => {
    resetUrl('/portal?lang=fr&section=tickets&ticket=tkt_1#top');
    const { result } = renderHook(() => useSearchParamLocation());
    expect(result.current[0]).toEqual({ section: 'tickets', ticketId: 'tkt_1' });
    act(() => result.current[1]({ section: 'wallet' }));
    expect(window.location.search).toBe('?lang=fr&section=wallet');
    expect(window.location.hash).toBe('#top');
    expect(result.current[0]).toEqual({ section: 'wallet' });
  });

  it('uses the parameter names it is given', () => {
    resetUrl('/?tab=invoices');
    const { result } = renderHook(() => useSearchParamLocation('tab', { ticketParamName: 't' }));
    expect(result.current[0]).toEqual({ section: 'invoices' });
    act(() => result.current[1]({ section: 'tickets', ticketId: 'tkt_2' }));
    expect(window.location.search).toBe('?tab=tickets&t=tkt_2');
  });

  it('follows popstate and falls back to Plan for an unknown value', () => {
    resetUrl('/?section=wallet');
    const { result } = renderHook(() => useSearchParamLocation());
    act(() => {
      window.history.replaceState(null, '', '/?section=bogus');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current[0]).toEqual({ section: 'plan' });
  });
});
