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

  it('copy only what changed: a clean page comes back as it is, a dirty row alone is new', () => {
    // Issue 14: copying every row of a clean 10,000-row page was a third of the time from
    // JSON to rows. The input is the validator's own fresh output, so sharing it is safe.
    const clean = { id: 'po_1', note: 'fine' };
    const dirty = { id: 'po_2', note: 'bad \u202Etxt' };
    const page = { data: [clean, dirty], nextCursor: null };
    const out = withoutBidiControls(page);
    expect(withoutBidiControls({ data: [clean], nextCursor: null })).toEqual({
      data: [clean],
      nextCursor: null,
    });
    const untouched = { data: [clean], nextCursor: null };
    expect(withoutBidiControls(untouched)).toBe(untouched);
    expect(out).not.toBe(page);
    expect(out.data[0]).toBe(clean);
    expect(out.data[1]).toEqual({ id: 'po_2', note: 'bad txt' });
    // The input is never written to.
    expect(dirty.note).toBe('bad \u202Etxt');
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
