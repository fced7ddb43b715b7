import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { INVITATION, PIETER_ID, publicApi, TOKEN } from '../test/fixtures';
import { renderPartner, where } from '../test/renderPartner';

const route = `/review?token=${TOKEN}`;
const REVIEW = {
  id: '0192f0c4-0000-7000-8000-0000000000r9',
  stars: 4,
  text: 'Netjes gewerkt.',
  author_name: 'Jan',
  created_at: '2026-06-03T10:00:00Z',
  reply: null,
  replied_at: null,
  hidden: false,
  hidden_reason: null,
};

function reviewApi(post = json(REVIEW, 201)) {
  return publicApi({
    'GET /api/v1/reviews/invitation': json(INVITATION),
    'POST /api/v1/reviews': post,
  });
}

async function openReview(api: ReturnType<typeof publicApi>) {
  renderPartner(route, api);
  await screen.findByRole('heading', {
    level: 1,
    name: 'Hoe was uw ervaring met Pieter Dienstverlener?',
  });
}

describe('reviewing a provider', { timeout: 20_000 }, () => {
  it('asks for the stars as a radio group named “1 ster” … “5 sterren”', async () => {
    const api = reviewApi();
    await openReview(api);
    expect(
      new URLSearchParams(api.callsTo('GET', '/api/v1/reviews/invitation')[0]?.search).get('token'),
    ).toBe(TOKEN);
    expect(screen.getByText(/Beste Jan Janssen/)).toBeInTheDocument();
    const group = screen.getByRole('radiogroup', {
      name: 'Hoeveel sterren geeft u Pieter Dienstverlener?',
    });
    expect(group).toHaveAttribute('aria-required', 'true');
    const names = ['1 ster', '2 sterren', '3 sterren', '4 sterren', '5 sterren'];
    expect(within(group).getAllByRole('radio')).toEqual(
      names.map((name) => within(group).getByRole('radio', { name })),
    );
    expect(group).toHaveAccessibleDescription(
      'Kies 1 tot 5 sterren: 1 is slecht, 5 is uitstekend.',
    );
  });

  it('works with the keyboard: the arrow keys move along the stars', async () => {
    const user = userEvent.setup();
    await openReview(reviewApi());
    const first = screen.getByRole('radio', { name: '1 ster' });
    first.focus();
    await user.keyboard(' ');
    expect(first).toBeChecked();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('radio', { name: '3 sterren' })).toBeChecked();
    expect(screen.getByText('U geeft 3 sterren.')).toBeInTheDocument();
  });

  it('needs the stars, counts the text and posts the review', async () => {
    const user = userEvent.setup();
    const api = reviewApi();
    await openReview(api);

    await user.click(screen.getByRole('button', { name: 'Beoordeling plaatsen' }));
    const summary = await screen.findByTestId('error-summary');
    expect(summary).toHaveTextContent('Kies hoeveel sterren u geeft, van 1 tot 5.');
    expect(screen.getByRole('radiogroup', { name: /Hoeveel sterren/ })).toHaveAccessibleDescription(
      /Kies hoeveel sterren u geeft, van 1 tot 5\./,
    );
    expect(api.callsTo('POST', '/api/v1/reviews')).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: '4 sterren' }));
    const text = screen.getByRole('textbox', { name: /Uw ervaring in een paar woorden/ });
    await user.type(text, 'Netjes gewerkt.');
    expect(text).toHaveAccessibleDescription(/15 van de 2000 tekens gebruikt/);
    await user.click(screen.getByRole('button', { name: 'Beoordeling plaatsen' }));

    const thanks = await screen.findByRole('heading', {
      level: 1,
      name: 'Bedankt voor uw beoordeling',
    });
    expect(thanks).toHaveFocus();
    expect(api.callsTo('POST', '/api/v1/reviews')[0]?.body).toEqual({
      token: TOKEN,
      stars: 4,
      text: 'Netjes gewerkt.',
    });
    await user.click(
      screen.getByRole('link', { name: 'Bekijk het profiel van Pieter Dienstverlener' }),
    );
    await waitFor(() => expect(where()).toBe(`/aanbieders/${PIETER_ID}`));
  });

  it('answers a used or unknown link kindly, with the way to the search', async () => {
    const api = publicApi({
      'GET /api/v1/reviews/invitation': problem(422, {
        errors: [{ field: 'token', message: 'This review link was already used or is not valid.' }],
      }),
    });
    renderPartner(route, api);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Deze link is al gebruikt of niet geldig',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/dank u wel daarvoor/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de zoekpagina' })).toHaveAttribute('href', '/');
  });

  it('says the same for a link without a token, and when the link was used meanwhile', async () => {
    const user = userEvent.setup();
    const { unmount } = renderPartner('/review', publicApi());
    expect(
      await screen.findByRole('heading', { name: 'Deze link is al gebruikt of niet geldig' }),
    ).toBeInTheDocument();
    unmount();

    const api = reviewApi(
      problem(422, {
        errors: [{ field: 'token', message: 'This review link was already used or is not valid.' }],
      }),
    );
    await openReview(api);
    await user.click(screen.getByRole('radio', { name: '5 sterren' }));
    await user.click(screen.getByRole('button', { name: 'Beoordeling plaatsen' }));
    expect(
      await screen.findByRole('heading', { name: 'Deze link is al gebruikt of niet geldig' }),
    ).toBeInTheDocument();
  });
});
