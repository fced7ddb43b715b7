import { json } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { publicApi } from '../test/fixtures';
import { renderPartner, where } from '../test/renderPartner';
import { signedIn, SUMMARY } from './fixtures';

const SECOND = {
  ...SUMMARY,
  id: '0192f0c4-0000-7000-8000-0000000d0002',
  help_seeker_name: 'Jan Bakker',
  status: 'draft' as const,
};

describe('my dossiers', { timeout: 20_000 }, () => {
  it('sends someone who is not signed in to the login page', async () => {
    renderPartner('/dossiers', publicApi());
    await waitFor(() => expect(where()).toBe(`/login?next=${encodeURIComponent('/dossiers')}`));
  });

  it('explains what a dossier is when there are none', async () => {
    renderPartner(
      '/dossiers',
      publicApi({ ...signedIn, 'GET /api/v1/dossiers': json({ items: [], next_cursor: null }) }),
    );
    expect(await screen.findByText('U hebt nog geen dossiers')).toBeInTheDocument();
    expect(screen.getByText(/Een dossier is de hulpvraag van één persoon/)).toBeInTheDocument();
    const news = screen.getAllByRole('link', { name: 'Nieuw dossier' });
    expect(news.at(-1)).toHaveAttribute('href', '/dossiers/new');
    expect(screen.getByRole('link', { name: 'Dossiers' })).toHaveAttribute('href', '/dossiers');
  });

  it('lists the dossiers with their status and pages on with the cursor', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      'GET /api/v1/dossiers': (call) =>
        new URLSearchParams(call.search).get('cursor') === 'page-2'
          ? json({ items: [SECOND], next_cursor: null })
          : json({ items: [SUMMARY], next_cursor: 'page-2' }),
    });
    renderPartner('/dossiers', api);
    const link = await screen.findByRole('link', { name: 'Gerda de Vries' });
    expect(link).toHaveAttribute('href', `/dossiers/${SUMMARY.id}`);
    const row = link.closest('li') as HTMLElement;
    expect(within(row).getByText('Wacht op betaling')).toBeInTheDocument();
    expect(within(row).getByText(/Utrecht · aangemaakt op/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Volgende pagina' }));
    const jan = await screen.findByRole('link', { name: 'Jan Bakker' });
    expect(where()).toBe('/dossiers?after=page-2');
    expect(within(jan.closest('li') as HTMLElement).getByText('Concept')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Volgende pagina' })).not.toBeInTheDocument();
  });

  it('keeps the search and the status filter in the URL and sends them to the API', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      'GET /api/v1/dossiers': json({ items: [SUMMARY], next_cursor: null }),
    });
    renderPartner('/dossiers?status=draft', api);
    await screen.findByRole('link', { name: 'Gerda de Vries' });
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('draft');
    await user.type(screen.getByRole('textbox', { name: /Zoek op naam/ }), 'Gerda');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(where()).toBe('/dossiers?q=Gerda&status=draft'));
    await waitFor(() =>
      expect(
        api.calls.some(
          (call) =>
            call.path === '/api/v1/dossiers' &&
            new URLSearchParams(call.search).get('q') === 'Gerda' &&
            new URLSearchParams(call.search).get('status') === 'draft',
        ),
      ).toBe(true),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'closed');
    await waitFor(() => expect(where()).toBe('/dossiers?q=Gerda&status=closed'));
  });
});
