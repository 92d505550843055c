import { http, HttpResponse } from 'msw';
import { createRevampdClient } from '../../src/api/client';
import { withoutBidiControls } from '../../src/api/inertText';
import { server } from '../../mocks/node';

describe('bidi controls in API text (faults.md 23)', () => {
  it('are removed from every string of a parsed response, deeply', () => {
    expect(
      withoutBidiControls({
        a: 'Invoice \u202Efdp.exe',
        b: ['\u2066x\u2069', 1, null],
        c: { d: '\u202Ay\u202C' },
      }),
    ).toEqual({ a: 'Invoice fdp.exe', b: ['x', 1, null], c: { d: 'y' } });
  });

  it('leave Arabic and Hebrew text untouched', () => {
    expect(withoutBidiControls('مرحبا שלום')).toBe('مرحبا שלום');
  });

  it('never reach the caller of the client', async () => {
    server.use(
      http.get('*/v1/orgs/:orgId/connections/:connectionId/plan', () =>
        HttpResponse.json({
          managedBy: 'partner',
          partner: { id: 'par_x', name: 'Acme \u202Eycnega', contactEmail: null },
        }),
      ),
    );
    const client = createRevampdClient({
      baseUrl: 'https://api.revampd.test',
      orgId: 'org_bidi',
      getAccessToken: () => 'token',
    });
    const plan = await client.getPlan();
    expect(plan).toEqual({
      managedBy: 'partner',
      partner: { id: 'par_x', name: 'Acme ycnega', contactEmail: null },
    });
  });
});
