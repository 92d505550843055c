import { renderHook, screen } from '@testing-library/react';
import { mergeMessages, formatMessage } from '../../src/i18n/messages';
import { enUS, enUSPlan } from '../../src/i18n/en-US';
import { appearanceToCustomProperties, tokenToCustomProperty } from '../../src/theme/appearance';
import { useRevampd } from '../../src/provider/RevampdProvider';
import { createWrapper, renderWithProvider } from '../render';

describe('messages', () => {
  it('deep-merges a partial override and keeps every other string', () => {
    const merged = mergeMessages({ brandName: 'Acme', nav: { wallet: 'Credits' } });
    expect(merged.brandName).toBe('Acme');
    expect(merged.nav.wallet).toBe('Credits');
    expect(merged.nav.plan).toBe('Plan');
    expect(merged.payouts.ytd).toBe('YTD Earnings');
  });

  it('ignores unknown keys and values of the wrong shape', () => {
    const merged = mergeMessages({ nav: 'oops', common: { retry: 42 } } as unknown as Parameters<
      typeof mergeMessages
    >[0]);
    expect(merged.nav).toEqual(enUS.nav);
    expect(merged.common.retry).toBe('Try again');
  });

  it('fills placeholders as text and leaves unknown ones visible', () => {
    expect(formatMessage('Hi {name}, {missing}', { name: '<b>x</b>' })).toBe('Hi <b>x</b>, {missing}');
  });

  it('supplies brandName to every message through t()', () => {
    const { result } = renderHook(() => useRevampd(), {
      wrapper: createWrapper({ messages: { brandName: 'Nightline' } }),
    });
    const plan = result.current.sectionMessages('plan', enUSPlan);
    expect(result.current.t(plan.managedHeading)).toBe('Nightline Access Managed by Your Partner');
  });
});

describe('appearance', () => {
  it('maps tokens to --rvp-* names', () => {
    expect(tokenToCustomProperty('colorTextMuted')).toBe('--rvp-color-text-muted');
    expect(tokenToCustomProperty('spacingUnit')).toBe('--rvp-spacing-unit');
  });

  it('drops values that could break out of a declaration', () => {
    expect(
      appearanceToCustomProperties({
        colorPrimary: 'red; } body { display: none',
        colorDanger: '#c00',
        fontFamily: ' ',
      }),
    ).toEqual({ '--rvp-color-danger': '#c00' });
  });

  it('applies the colour scheme as a data attribute', () => {
    renderWithProvider(<p>child</p>, { appearance: { colorScheme: 'dark' } });
    // The scheme the host's content is drawn in: the nearest declaration above it.
    expect(screen.getByText('child').closest('[data-color-scheme]')).toHaveAttribute(
      'data-color-scheme',
      'dark',
    );
  });
});

describe('defaults', () => {
  it('derives the week start from the locale unless weekStartsOn is given', () => {
    const us = renderHook(() => useRevampd(), { wrapper: createWrapper({ locale: 'en-US' }) });
    expect(us.result.current.weekStartsOn).toBe(7);
    const gb = renderHook(() => useRevampd(), { wrapper: createWrapper({ locale: 'en-GB' }) });
    expect(gb.result.current.weekStartsOn).toBe(1);
    const explicit = renderHook(() => useRevampd(), {
      wrapper: createWrapper({ locale: 'en-US', weekStartsOn: 3 }),
    });
    expect(explicit.result.current.weekStartsOn).toBe(3);
  });

  it('defaults the connection to revampd and scopes keys by org and user', () => {
    const { result } = renderHook(() => useRevampd(), {
      wrapper: createWrapper({ orgId: 'org_a', userId: 'u1' }),
    });
    expect(result.current.scope).toMatchObject({ orgId: 'org_a', connectionId: 'revampd', userId: 'u1' });
    expect(result.current.api.scope).toEqual({ orgId: 'org_a', connectionId: 'revampd' });
  });
});
