import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { server } from '../../mocks/node';
import { usePlan } from '../../src/hooks/plan';
import { RevampdProvider } from '../../src/provider/RevampdProvider';
import { testProviderProps } from '../render';

// The partner name the server shows depends on who asks: one user's view must never be
// shown to the next user on the same screen (package.md: "or the token's owner").
function planFor(token: string) {
  return {
    managedBy: 'partner',
    partner: { id: 'par_x', name: `Partner seen by ${token}`, contactEmail: null },
  };
}

describe("switching the token's owner (userId)", () => {
  it('never shows the previous user their data, not even for one render', async () => {
    server.use(
      http.get('*/v1/orgs/:orgId/connections/:connectionId/plan', ({ request }) => {
        const token = request.headers.get('authorization')?.replace('Bearer ', '') ?? '';
        return HttpResponse.json(planFor(token));
      }),
    );
    let user = 'alice';
    const seen: (string | undefined)[] = [];
    function Wrapper({ children }: { children: ReactNode }) {
      return (
        <RevampdProvider {...testProviderProps({ userId: user, getAccessToken: () => user })}>
          {children}
        </RevampdProvider>
      );
    }
    const { result, rerender } = renderHook(
      () => {
        const plan = usePlan();
        const name = plan.data?.managedBy === 'partner' ? plan.data.partner.name : undefined;
        seen.push(name);
        return name;
      },
      { wrapper: Wrapper },
    );
    await waitFor(() => expect(result.current).toBe('Partner seen by alice'));

    user = 'bob';
    seen.length = 0;
    rerender();
    await waitFor(() => expect(result.current).toBe('Partner seen by bob'));
    expect(seen).not.toContain('Partner seen by alice');
    expect(seen[0]).toBeUndefined();
  });
});
