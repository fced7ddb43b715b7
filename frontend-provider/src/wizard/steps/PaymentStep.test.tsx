import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWizard } from '../../test/renderWizard';
import { profileWith, wizardApi } from '../../test/wizardFixtures';

const ALL_FIVE = ['personal', 'company', 'profile', 'availability', 'services'] as const;
const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ');

describe('steps Betaling and Voltooiing', () => {
  it('show the fee split into net and VAT, and say paying comes in the next part', async () => {
    renderWizard('/signup/payment', wizardApi(profileWith([...ALL_FIVE])));
    await screen.findByRole('heading', { level: 1, name: 'Betaling' });

    const fee = screen.getByRole('table', { name: 'Administratieve bijdrage' });
    expect(
      within(fee)
        .getAllByRole('row')
        .map((row) => plain(row.textContent)),
    ).toEqual(['Administratiekosten€ 8,26', 'Btw 21%€ 1,74', 'Totaal incl. 21% btw€ 10,00']);
    expect(screen.getByText(/Betalen met iDEAL komt in het volgende deel van Kring/)).toBeVisible();
    // No button pretends to pay, and no way on to Voltooiing yet.
    expect(screen.queryByRole('button', { name: /Betalen|Volgende stap/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vorige stap' })).toHaveAttribute(
      'href',
      '/signup/services',
    );
  });

  it('opens Voltooiing once the fee is paid', async () => {
    renderWizard(
      '/signup/done',
      wizardApi(profileWith([...ALL_FIVE, 'payment'], { status: 'live' })),
    );
    await screen.findByRole('heading', { level: 1, name: 'Voltooiing' });
    expect(screen.getByText('Je profiel staat online: klanten kunnen je nu vinden.')).toBeVisible();
    expect(screen.getByText('Stap 8 van 8 · Voltooiing')).toBeInTheDocument();
  });
});
