/** Feature switches (package.md): a standalone TicketForm with `submitTickets` off renders nothing. */
import { describe, expect, it } from 'vitest';
import { TicketForm } from '../../src';
import { renderWithProvider } from '../render';

describe('features.submitTickets = false', () => {
  it('renders no form at all, not a disabled one', () => {
    const { container } = renderWithProvider(<TicketForm />, { features: { submitTickets: false } });
    expect(container.querySelector('form')).toBeNull();
    expect(container.textContent).toBe('');
  });
});
