import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { db } from '../mocks/handlers/index';
import { ConnectionPortal, formatSectionLocation, useHashLocation } from '../src/index';
import { STORY_ORG_ID } from './support';

/**
 * A host without a router: `useHashLocation()` keeps the portal's section and open ticket
 * in the URL hash (`#tickets/tkt_123`), so Back and Forward move between sections and a
 * link opens a given ticket. The line above the portal shows the hash as it changes.
 */
function HashRoutedPortal() {
  const [location, setLocation] = useHashLocation();
  return (
    <div>
      <p>
        URL hash: <code data-testid="hash">#{formatSectionLocation(location)}</code>
      </p>
      <ConnectionPortal location={location} onLocationChange={setLocation} />
    </div>
  );
}

/** Starts each story from a clean address bar, and leaves one behind. */
function resetHash(hash = '') {
  const clear = () =>
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${window.location.search}`,
    );
  clear();
  if (hash)
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${window.location.search}${hash}`,
    );
  return clear;
}

const meta = {
  title: 'Portal/Routing',
  id: 'routing', // the id from before the regrouping, so links to its stories keep working
  component: HashRoutedPortal,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof HashRoutedPortal>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Picking a section or a ticket writes the hash; Back to the list writes it again. */
export const HashRouting: Story = {
  beforeEach: () => resetHash(),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: /^Tickets\b/ }));
    await waitFor(() => expect(window.location.hash).toBe('#tickets'));
    // Ticket #39 has no unread team reply, so the list looks the same whether or not its
    // conversation finished loading before Back (opening #40 would clear its "New reply" only
    // when the replies arrived first: the visual baseline caught both endings).
    await userEvent.click(await canvas.findByRole('button', { name: /, Ticket #39$/ }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#tickets\/tkt_/));
    await expect(canvas.getByTestId('hash').textContent).toBe(window.location.hash);
    await userEvent.click(await canvas.findByRole('button', { name: /Back to tickets/ }));
    await waitFor(() => expect(window.location.hash).toBe('#tickets'));
  },
};

/** A link to `#tickets/<id>` opens that ticket's detail at once. */
export const DeepLinkToTicket: Story = {
  beforeEach: () => {
    const ticket = db.scope(STORY_ORG_ID, 'revampd').tickets[0];
    return resetHash(ticket ? `#tickets/${ticket.id}` : '');
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('tab', { name: /^Tickets\b/ })).toHaveAttribute('aria-selected', 'true');
    await expect(await canvas.findByRole('button', { name: /Back to tickets/ })).toBeVisible();
  },
};
