/**
 * AddOnsTable (and so the DataTable and ConfirmDialog) in real Chromium: keyboard-only
 * sorting, the native dialog's focus in and out and Escape, and zero axe violations in
 * light and dark.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, useMockWorker, worker } from './support';
import { db } from '../../mocks/handlers';
import { addOnsEmpty, addOnsFail, hostileContent, noAccess } from '../../mocks/scenarios';
import { AddOnsTable } from '../../src/components/AddOnsTable/AddOnsTable';
import { renderWithProvider } from '../render';

useMockWorker();

describe('AddOnsTable in Chromium', () => {
  it('sorts with the keyboard alone: Tab to a header, Enter', async () => {
    renderWithProvider(<AddOnsTable />);
    await screen.findByRole('rowheader', { name: 'Main line' });
    const nameButton = screen.getByRole('button', { name: /^Name/ });
    // The first focusable element of the widget is the export button, then the headers.
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toHaveFocus();
    await userEvent.tab();
    expect(nameButton).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const header = screen.getByRole('columnheader', { name: /^Name/ });
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const names = screen.getAllByRole('rowheader').map((cell) => cell.textContent ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(screen.getByText('Sorted by Name, ascending')).toBeInTheDocument();
    await userEvent.keyboard(' ');
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(nameButton).toHaveFocus();
  });

  it('moves focus into the dialog, closes on Escape and gives focus back to the opener', async () => {
    renderWithProvider(<AddOnsTable />);
    const row = (await screen.findByRole('rowheader', { name: 'Main line' })).closest('tr') as HTMLElement;
    const opener = within(row).getByRole('button', { name: /^Cancel: Main line/ });
    opener.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Cancel Main line?' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog.matches(':modal')).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    // Focus stays inside the modal dialog.
    await userEvent.tab();
    expect(within(dialog).getByRole('button', { name: 'Cancel add-on' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(within(row).getByText('Active')).toBeInTheDocument();
  });

  it('after cancelling, focus lands on the section heading (the opener is gone)', async () => {
    renderWithProvider(<AddOnsTable />);
    const row = (await screen.findByRole('rowheader', { name: 'Main line' })).closest('tr') as HTMLElement;
    await userEvent.click(within(row).getByRole('button', { name: /^Cancel: Main line/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel add-on' }));
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();
    expect(within(row).getByText('Cancelled')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Add-Ons' })).toHaveFocus();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`axe, ${colorScheme}`, () => {
      const appearance = { appearance: { colorScheme } };

      it('default', async () => {
        const { container } = renderWithProvider(<AddOnsTable />, appearance);
        await screen.findByRole('rowheader', { name: 'Main line' });
        expect(await axeViolations(container)).toEqual([]);
      });

      it('with the confirmation open', async () => {
        const { container } = renderWithProvider(<AddOnsTable />, appearance);
        await userEvent.click(await screen.findByRole('button', { name: /^Cancel: Main line/ }));
        await screen.findByRole('dialog');
        expect(await axeViolations(container)).toEqual([]);
      });

      it('empty, error, no access, hostile content', async () => {
        for (const [handlers, ready] of [
          [addOnsEmpty(), () => screen.findByText('You have no Revampd add-ons yet.')],
          [addOnsFail(500), () => screen.findByRole('button', { name: 'Try again' })],
          [noAccess('addOns'), () => screen.findByText('No access')],
          [hostileContent(db), () => screen.findByRole('rowheader', { name: '<script>alert(1)</script>' })],
        ] as const) {
          worker.use(...handlers);
          const { container, unmount } = renderWithProvider(<AddOnsTable />, appearance);
          await ready();
          expect(await axeViolations(container)).toEqual([]);
          unmount();
          worker.resetHandlers();
          db.reset();
        }
      });
    });
  }
});
