import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ConnectionPortal, type AppearanceElements, type ColorScheme } from '../src/index';
import './AppearanceElements.css';
// The object-to-copy panel looks like the Theme playground's.
import './ThemePlayground.css';

// -------------------------------------------------------------------------------------------------
// The host's classes
// -------------------------------------------------------------------------------------------------

/**
 * What a Tailwind host passes as `appearance.elements`: utility classes by part. The
 * utilities themselves are written out in AppearanceElements.css, since Storybook does not
 * run Tailwind; a host's build generates them from these strings.
 */
const TAILWIND_ELEMENTS = {
  widget: 'antialiased',
  sectionHeading: 'uppercase tracking-wide',
  button: 'rounded-full',
  primaryButton: 'bg-teal-700 border-teal-700 text-white hover:bg-teal-800',
  input: 'rounded-lg',
  table: 'text-sm',
  tableCard: 'shadow-lg',
  dialog: 'rounded-lg shadow-lg',
  statusBadge: 'uppercase tracking-wide',
  navTab: 'font-semibold',
  alert: 'rounded-lg',
} satisfies AppearanceElements;

/** The toolbar's colour scheme (the global keeps its old name, `theme`). */
function toolbarScheme(globals: Record<string, unknown>): ColorScheme {
  const scheme = globals['theme'];
  return scheme === 'dark' || scheme === 'system' ? scheme : 'light';
}

// -------------------------------------------------------------------------------------------------
// The story
// -------------------------------------------------------------------------------------------------

/** The portal wearing the host's classes, and the `appearance` that does it, to copy. */
function TailwindHost() {
  return (
    <div>
      <ConnectionPortal />
      <section className="sb-ThemePlayground-code rvp-widget" aria-labelledby="sb-elements-heading">
        <h2 id="sb-elements-heading">
          <code>appearance.elements</code>
        </h2>
        <p>
          Extra class names by part, added after the library’s own <code>rvp-*</code> classes. The README’s
          “Stable class names” lists every part and the layer order that lets Tailwind’s utilities win.
        </p>
        {/* Wraps instead of scrolling, so it needs no keyboard focus of its own. */}
        <pre>{JSON.stringify({ elements: TAILWIND_ELEMENTS }, null, 2)}</pre>
      </section>
    </div>
  );
}

/**
 * `appearance.elements`: a host adds its own classes (e.g. Tailwind utilities) to the
 * widgets' parts — buttons, headings, tables, fields, dialogs, badges, tabs, alerts —
 * without writing CSS against the library's class names.
 */
const meta = {
  title: 'Foundations/Appearance elements',
  component: TailwindHost,
  parameters: {
    layout: 'fullscreen',
    // Keeps the toolbar's colour scheme: a `provider` parameter would replace it.
    providerFromArgs: (_args: unknown, globals: Record<string, unknown>) => ({
      appearance: { colorScheme: toolbarScheme(globals), elements: TAILWIND_ELEMENTS },
    }),
  },
} satisfies Meta<typeof TailwindHost>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tailwind-style utility classes on the portal's parts; the library's classes stay on. */
export const TailwindStyleClasses: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const heading = await canvas.findByRole('heading', { name: 'Revampd Access Managed by Your Partner' });
    await expect(heading).toHaveClass('rvp-Section-heading', 'uppercase', 'tracking-wide');
    await expect(canvas.getByRole('tab', { name: 'Plan' })).toHaveClass(
      'rvp-ConnectionNav-item',
      'font-semibold',
    );

    await userEvent.click(canvas.getByRole('tab', { name: /^Invoices\b/ }));
    const panel = canvas.getByRole('tabpanel');
    await within(panel).findAllByRole('rowheader');
    await expect(within(panel).getByRole('table')).toHaveClass('rvp-DataTable-table', 'text-sm');
    const pay = within(panel).getAllByRole('button', { name: /^Pay\b/ })[0];
    await expect(pay).toHaveClass('rvp-Button', 'rounded-full', 'bg-teal-700');
    // The utilities win over the library's rules: `@layer utilities` comes after `rvp`.
    await expect(getComputedStyle(pay as HTMLElement).borderRadius).toBe('9999px');
    await expect(within(panel).getByRole('searchbox', { name: 'Search invoices' })).toHaveClass(
      'rvp-Filters-control',
      'rounded-lg',
    );
  },
};
