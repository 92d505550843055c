/**
 * A model-based test (issue 9): looks for what nobody thought of. fast-check drives the
 * whole ConnectionPortal against the mock server through random sequences of what people
 * and hosts do (switch section, switch org, type a draft, submit, pay, cancel, reload) with
 * faults injected on the way (network error, 5xx, lost response, 401), and after every step
 * checks the invariants:
 *
 * - nothing of another org is on screen (text or field values);
 * - the server applied each intent at most once (one ticket per title, one payment per
 *   invoice);
 * - every typed character is still in the draft until a submit succeeds;
 * - no `NaN`, `undefined` or `Invalid Date` anywhere in the page.
 *
 * 100 runs in `npm test`; `npm run soak` runs 5,000. A failure prints the seed and the
 * shrunk sequence: `MODEL_SEED=… MODEL_PATH=… npm run soak` replays it.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failWith, lostResponse, networkError, unauthorizedOnce, type MockResource } from '../../mocks';
import { db } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { ConnectionPortal, RevampdProvider, type ConnectionSection } from '../../src';
import { testProviderProps } from '../render';

const RUNS = Number(process.env.MODEL_RUNS ?? 100);

/** What the runs really did, so a run where every command was a no-op cannot pass quietly. */
const exercised = { submitted: 0, paid: 0, cancelled: 0, reloads: 0, orgSwitches: 0 };
const ORGS = ['org_model_a', 'org_model_b'] as const;
type Org = (typeof ORGS)[number];
const MARK: Record<Org, string> = { org_model_a: '⟪A⟫', org_model_b: '⟪B⟫' };

// -------------------------------------------------------------------------------------------------
// Model and system
// -------------------------------------------------------------------------------------------------

interface Model {
  org: Org;
  section: ConnectionSection;
  /** What the person typed into each org's ticket title, not yet submitted successfully. */
  drafts: Record<Org, string>;
  typed: number;
}

interface Real {
  rerender: (org: Org) => void;
  reload: () => void;
}

function portal(org: Org) {
  return (
    <RevampdProvider {...testProviderProps({ orgId: org })}>
      <ConnectionPortal />
    </RevampdProvider>
  );
}

/** Lets every pending answer land (the mock server answers at once; retries wait a few ms). */
async function settle(): Promise<void> {
  await act(async () => {
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 8));
  });
  await waitFor(() => expect(document.querySelector('[aria-busy="true"]')).toBeNull());
}

function checkInvariants(model: Model): void {
  const text = document.body.textContent ?? '';
  const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
    .map((field) => field.value)
    .join(' ');
  for (const org of ORGS) {
    if (org === model.org) continue;
    expect(text.includes(MARK[org]), `${org}'s text shown under ${model.org}`).toBe(false);
    expect(values.includes(MARK[org]), `${org}'s draft shown under ${model.org}`).toBe(false);
  }
  expect(text).not.toMatch(/\bNaN\b|\bundefined\b|Invalid Date/);
  for (const org of ORGS) {
    const scope = db.scope(org, 'revampd');
    // The seed repeats some titles on purpose; only the tickets this test typed must be unique.
    const titles = scope.tickets.map((ticket) => ticket.title).filter((title) => title.includes('⟪'));
    expect(new Set(titles).size, `a ticket was created twice in ${org}`).toBe(titles.length);
    const payments = scope.walletTransactions.filter((entry) => entry.kind === 'invoice_payment');
    const paid = payments.map((entry) => entry.invoiceId);
    expect(new Set(paid).size, `an invoice was paid twice in ${org}`).toBe(paid.length);
  }
  if (model.section === 'submitTicket') {
    const title = screen.queryByRole('textbox', { name: 'Title' });
    if (title) expect((title as HTMLInputElement).value).toBe(model.drafts[model.org]);
  }
}

async function goTo(section: ConnectionSection, model: Model): Promise<void> {
  const label = {
    plan: 'Plan',
    addOns: 'Add-Ons',
    tickets: 'Tickets',
    submitTicket: 'Submit Ticket',
    invoices: 'Invoices',
    wallet: 'Wallet',
    payouts: 'Affiliate Payouts',
  }[section];
  // Radix selects a tab on mouse-down (left button).
  // The tab's name may carry a badge's count ("Invoices, 3 open").
  const tab = screen.getByRole('tab', { name: new RegExp(`^${label}\\b`) });
  act(() => void fireEvent.mouseDown(tab, { button: 0 }));
  model.section = section;
  await settle();
}

// -------------------------------------------------------------------------------------------------
// Commands
// -------------------------------------------------------------------------------------------------

type Command = fc.AsyncCommand<Model, Real>;

class SwitchSection implements Command {
  constructor(readonly section: ConnectionSection) {}
  check = () => true;
  async run(model: Model) {
    await goTo(this.section, model);
    checkInvariants(model);
  }
  toString = () => `section(${this.section})`;
}

class SwitchOrg implements Command {
  check = () => true;
  async run(model: Model, real: Real) {
    model.org = model.org === ORGS[0] ? ORGS[1] : ORGS[0];
    exercised.orgSwitches += 1;
    real.rerender(model.org);
    await settle();
    checkInvariants(model);
  }
  toString = () => 'switchOrg';
}

class Reload implements Command {
  check = () => true;
  async run(model: Model, real: Real) {
    real.reload();
    exercised.reloads += 1;
    model.section = 'plan';
    await settle();
    checkInvariants(model);
  }
  toString = () => 'reload';
}

// The actions go to their section first (as a person would), so every generated action
// really happens instead of waiting for a lucky section switch.
class TypeDraft implements Command {
  constructor(readonly words: string) {}
  check = () => true;
  async run(model: Model) {
    if (model.section !== 'submitTicket') await goTo('submitTicket', model);
    if (!screen.queryByRole('textbox', { name: 'Title' })) {
      // After a success the form shows its confirmation: start a new ticket first.
      const another = screen.queryByRole('button', { name: /Submit another ticket/i });
      if (!another) return;
      act(() => void fireEvent.click(another));
    }
    const title = screen.getByRole('textbox', { name: 'Title' });
    const description = screen.getByRole('textbox', { name: /^Description/ });
    model.typed += 1;
    const next = `${model.drafts[model.org]}${MARK[model.org]}${this.words}${model.typed} `;
    act(() => void fireEvent.change(title, { target: { value: next } }));
    if ((description as HTMLTextAreaElement).value === '')
      act(() => void fireEvent.change(description, { target: { value: `Details ${MARK[model.org]}` } }));
    model.drafts[model.org] = next;
    checkInvariants(model);
  }
  toString = () => `type(${this.words})`;
}

class Submit implements Command {
  check = (model: Readonly<Model>) =>
    model.section === 'submitTicket' && model.drafts[model.org].trim() !== '';
  async run(model: Model) {
    const button = screen.queryByRole('button', { name: 'Submit ticket' });
    if (!button) return;
    act(() => void fireEvent.click(button));
    act(() => void fireEvent.click(button)); // a double click
    await settle();
    if (screen.queryByRole('heading', { name: /submitted/i })) {
      model.drafts[model.org] = '';
      exercised.submitted += 1;
    }
    checkInvariants(model);
  }
  toString = () => 'submit';
}

class Pay implements Command {
  check = () => true;
  async run(model: Model) {
    if (model.section !== 'invoices') await goTo('invoices', model);
    const [pay] = screen.queryAllByRole('button', { name: /^Pay with wallet/ });
    if (!pay) return;
    act(() => void fireEvent.click(pay));
    const dialog = screen.queryByRole('dialog');
    const confirm = dialog ? within(dialog).queryByRole('button', { name: /^Pay / }) : null;
    if (confirm) {
      act(() => void fireEvent.click(confirm));
      act(() => void fireEvent.click(confirm));
    }
    await settle();
    if (!screen.queryByRole('dialog') && confirm) exercised.paid += 1;
    const cancel = screen.queryByRole('dialog') ? screen.queryByRole('button', { name: 'Cancel' }) : null;
    if (cancel) act(() => void fireEvent.click(cancel));
    checkInvariants(model);
  }
  toString = () => 'pay';
}

class CancelAddOn implements Command {
  check = () => true;
  async run(model: Model) {
    if (model.section !== 'addOns') await goTo('addOns', model);
    const [cancel] = screen.queryAllByRole('button', { name: /^Cancel: / });
    if (!cancel) return;
    act(() => void fireEvent.click(cancel));
    const dialog = screen.queryByRole('dialog');
    const confirm = dialog ? within(dialog).queryByRole('button', { name: 'Cancel add-on' }) : null;
    if (confirm) {
      act(() => void fireEvent.click(confirm));
      act(() => void fireEvent.click(confirm));
    }
    await settle();
    if (!screen.queryByRole('dialog') && confirm) exercised.cancelled += 1;
    const keep = screen.queryByRole('dialog') ? screen.queryByRole('button', { name: 'Keep it' }) : null;
    if (keep) act(() => void fireEvent.click(keep));
    checkInvariants(model);
  }
  toString = () => 'cancelAddOn';
}

type Fault = 'network' | '5xx' | 'lost' | '401';
const FAULT_TARGETS: Record<string, MockResource> = {
  tickets: 'tickets',
  invoices: 'invoices',
  addOns: 'addOns',
};

class InjectFault implements Command {
  constructor(
    readonly fault: Fault,
    readonly target: keyof typeof FAULT_TARGETS,
  ) {}
  check = () => true;
  async run(model: Model) {
    const resource = FAULT_TARGETS[this.target] as MockResource;
    if (this.fault === 'network') server.use(...networkError(resource, { times: 1 }));
    if (this.fault === '5xx') server.use(...failWith(resource, 503, undefined, { times: 1 }));
    if (this.fault === '401') server.use(...unauthorizedOnce());
    if (this.fault === 'lost') {
      const route = {
        tickets: 'createTicket',
        invoices: 'payInvoiceWithWallet',
        addOns: 'cancelAddOn',
      } as const;
      server.use(...lostResponse(route[this.target as keyof typeof route]));
    }
    checkInvariants(model);
  }
  toString = () => `fault(${this.fault}, ${this.target})`;
}

const commands = [
  fc
    .constantFrom<ConnectionSection>('submitTicket', 'invoices', 'addOns', 'tickets', 'wallet', 'plan')
    .map((section) => new SwitchSection(section)),
  fc.constant(new SwitchOrg()),
  fc.constant(new Reload()),
  fc.constantFrom('calls', 'drop', 'noon').map((words) => new TypeDraft(words)),
  fc.constant(new Submit()),
  fc.constant(new Pay()),
  fc.constant(new CancelAddOn()),
  fc
    .tuple(
      fc.constantFrom<Fault>('network', '5xx', 'lost', '401'),
      fc.constantFrom('tickets', 'invoices', 'addOns'),
    )
    .map(([fault, target]) => new InjectFault(fault, target)),
];

describe('the portal under random sequences (model-based, issue 9)', () => {
  it(`keeps every invariant over ${RUNS} random sequences`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), async (cmds) => {
        localStorage.clear();
        db.reset();
        server.resetHandlers();
        let org: Org = ORGS[0];
        let view = render(portal(org));
        const real: Real = {
          rerender: (next) => {
            org = next;
            view.rerender(portal(next));
          },
          reload: () => {
            view.unmount();
            view = render(portal(org));
          },
        };
        const model: Model = { org, section: 'plan', drafts: { org_model_a: '', org_model_b: '' }, typed: 0 };
        await settle();
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        } finally {
          view.unmount();
        }
      }),
      {
        numRuns: RUNS,
        ...(process.env.MODEL_SEED ? { seed: Number(process.env.MODEL_SEED) } : {}),
        ...(process.env.MODEL_PATH ? { path: process.env.MODEL_PATH } : {}),
        verbose: 1,
      },
    );
    if (RUNS >= 100 && !process.env.MODEL_SEED) {
      // Enough runs must have really submitted, paid, cancelled, reloaded and switched.
      for (const [what, count] of Object.entries(exercised)) expect(count, what).toBeGreaterThan(0);
    }
  }, 600_000);
});
