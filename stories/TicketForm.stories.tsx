import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { failWith, networkError, neverAnswers, noAccess } from '../mocks/scenarios';
import { TicketForm } from '../src/index';
import { draftKey } from '../src/hooks/draftStorage';
import { mockApi, STORY_BASE_URL, STORY_ORG_ID } from './support';

const DRAFT_KEY = draftKey(
  { baseUrl: STORY_BASE_URL, orgId: STORY_ORG_ID, connectionId: 'revampd', userId: null },
  'ticket',
);

/** Stories share one browser: start each without the previous story's draft. */
function clearDraft() {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // A storage that throws is one of the cases the form tolerates; nothing to clear.
  }
}

async function fillAndSubmit(
  canvasElement: HTMLElement,
  title = 'Calls drop after a minute',
  description = 'Since Monday.\nOnly on the main line.',
) {
  const canvas = within(canvasElement);
  await userEvent.type(await canvas.findByRole('textbox', { name: 'Title' }), title);
  await userEvent.type(canvas.getByRole('textbox', { name: 'Description' }), description);
  await userEvent.click(canvas.getByRole('button', { name: 'Submit ticket' }));
}

/** Section 4, Submit Ticket: GOV.UK-style validation, one ticket per intent, drafts that survive. */
const meta = {
  title: 'Sections/4 Submit Ticket/TicketForm',
  id: 'widgets-ticketform', // the id from before the regrouping, so links to its stories keep working
  component: TicketForm,
  tags: ['autodocs'],
  beforeEach: clearDraft,
} satisfies Meta<typeof TicketForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A blank form: Medium priority by default, live character counts. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('textbox', { name: 'Title' })).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Priority' })).toHaveValue('medium');
  },
};

/** Sending: the button says so and is busy; a second click does nothing. */
export const Loading: Story = {
  tags: ['visual-busy'], // never settles: the visual regression run photographs it without waiting
  parameters: { msw: mockApi(neverAnswers('tickets', { method: 'POST' })) },
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    await expect(await within(canvasElement).findByRole('button', { name: 'Sending…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** Nothing typed and no saved draft. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('textbox', { name: 'Title' })).toHaveValue('');
    await expect(canvas.queryByText('We restored your unsent draft.')).toBeNull();
  },
};

/** The network fails (after the client's retries): a form-level error, every value kept. */
export const Error: Story = {
  parameters: { msw: mockApi(networkError('tickets', { method: 'POST' })) },
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Your ticket was not sent.');
    await expect(canvas.getByRole('textbox', { name: 'Title' })).toHaveValue('Calls drop after a minute');
  },
};

/** 403 on submit: this org may not open tickets; the text stays. */
export const NoAccess: Story = {
  parameters: { msw: mockApi(noAccess('tickets', { method: 'POST' })) },
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('does not have access');
  },
};

/** The dark colour scheme, with a validation error to show the error colours. */
export const Dark: Story = {
  parameters: { provider: { appearance: { colorScheme: 'dark' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByRole('textbox', { name: 'Title' }), 'Dark mode');
    await userEvent.click(canvas.getByRole('button', { name: 'Submit ticket' }));
    await expect(await canvas.findByRole('heading', { name: 'There is a problem' })).toBeVisible();
  },
};

/** Submitting an empty form: the error summary takes focus and links to each field. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Submit ticket' }));
    const heading = await canvas.findByRole('heading', { name: 'There is a problem' });
    await waitFor(() => expect(heading.closest('[tabindex="-1"]')).toHaveFocus());
    await expect(canvas.getByRole('link', { name: 'Enter a title' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Title' })).toHaveAttribute('aria-invalid', 'true');
  },
};

/** The server refuses fields (422): its messages appear on those fields and in the summary. */
export const ServerValidation: Story = {
  parameters: {
    msw: mockApi(
      failWith('tickets', 422, 'validation_failed', {
        method: 'POST',
        fields: { title: 'A ticket with this title is already open.' },
      }),
    ),
  },
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    await expect(
      await within(canvasElement).findByRole('link', { name: 'A ticket with this title is already open.' }),
    ).toBeVisible();
  },
};

/** 500 on submit: a form-level error; the title, priority and description stay. */
export const SubmitFails: Story = {
  parameters: { msw: mockApi(failWith('tickets', 500, undefined, { method: 'POST' })) },
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('having trouble');
    await expect(canvas.getByRole('textbox', { name: 'Description' })).toHaveValue(
      'Since Monday.\nOnly on the main line.',
    );
  },
};

/** A draft saved before a reload comes back, with a polite note. */
export const DraftRestored: Story = {
  beforeEach: () => {
    localStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({
        title: 'Half-written ticket',
        priority: 'high',
        description: 'I was typing when the tab closed…',
      }),
    );
    return clearDraft;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('We restored your unsent draft.')).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Title' })).toHaveValue('Half-written ticket');
  },
};

/** Sent: the confirmation with the new number; "View ticket" calls `onViewTicket`. */
export const Submitted: Story = {
  args: { onViewTicket: () => undefined },
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    await expect(
      await within(canvasElement).findByRole('button', { name: /^View ticket #\d+$/ }),
    ).toBeVisible();
  },
};

/** A screenshot attached: uploaded, scanned, and sent with the ticket as `attachmentIds`. */
export const WithAttachment: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await userEvent.upload(
      await canvas.findByLabelText('Attach files'),
      new File([png], 'routing-settings.png', { type: 'image/png' }),
    );
    const files = await canvas.findByRole('list', { name: 'Files' });
    await waitFor(() => expect(files).toHaveTextContent(/Scanning…|Attached/));
    await expect(within(files).getByRole('button', { name: 'Remove routing-settings.png' })).toBeVisible();
  },
};
