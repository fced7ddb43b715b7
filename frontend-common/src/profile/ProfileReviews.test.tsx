// The reviews' section of the public profile, and the stars it shares with the portals' pages.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { ProfileReviews, type ProfileReviewsProps } from './ProfileReviews';
import { RatingSummary, StarRow } from './Stars';
import { REVIEW_WITH_REPLY, REVIEW_WITHOUT_REPLY } from './testProfile';
import type { Review } from './types';

const FIRST_PAGE: Review[] = [REVIEW_WITH_REPLY, REVIEW_WITHOUT_REPLY];

function renderReviews(props: Partial<ProfileReviewsProps> = {}) {
  return renderWithProviders(
    <ProfileReviews
      rating={{ average: 4.5, count: 2 }}
      reviews={FIRST_PAGE}
      hasMore={false}
      onMore={() => {}}
      providerName="Pieter"
      order={1}
      {...props}
    />,
  );
}

describe('the reviews', () => {
  it('shows the rating and the reviews, with the provider’s reply under a review', () => {
    renderReviews();
    const section = screen.getByRole('region', { name: 'Beoordelingen' });
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('Beoordelingen');
    expect(section).toHaveTextContent('4,5 van 5(2 beoordelingen)');
    const list = within(section).getByRole('list', { name: 'Beoordelingen' });
    const [jan, els] = within(list).getAllByRole('article') as [HTMLElement, HTMLElement];
    expect(jan).toHaveAccessibleName('Jan');
    // The stars are drawn for the eye and said in words for screen readers.
    expect(jan).toHaveTextContent('5 sterren');
    expect(jan.querySelector('svg')?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(jan).toHaveTextContent('1 juni 2026');
    expect(jan).toHaveTextContent(REVIEW_WITH_REPLY.text);
    const reply = within(jan).getByTestId('review-reply');
    expect(reply).toHaveTextContent('Reactie van Pieter · 2 juni 2026');
    expect(reply).toHaveTextContent('Dank u wel, Jan!');
    expect(els).toHaveTextContent('4 sterren');
    expect(els).toHaveTextContent(REVIEW_WITHOUT_REPLY.text);
    expect(within(els).queryByTestId('review-reply')).not.toBeInTheDocument();
    // All there is: nothing more to show.
    expect(screen.queryByRole('button', { name: 'Meer beoordelingen tonen' })).toBeNull();
  });

  it('says “Nog geen beoordelingen” without any', () => {
    renderReviews({
      rating: { average: null, count: 0 },
      reviews: [],
    });
    const section = screen.getByRole('region', { name: 'Beoordelingen' });
    expect(section).toHaveTextContent('Nog geen beoordelingen');
    expect(within(section).queryByRole('list')).not.toBeInTheDocument();
  });

  it('adds older reviews under the list and puts the focus on the first one added', async () => {
    const user = userEvent.setup();
    const onMore = vi.fn();
    const older: Review = { ...REVIEW_WITHOUT_REPLY, id: 'older', author_name: 'Kees' };
    function Growing() {
      const [reviews, setReviews] = useState(FIRST_PAGE);
      const [busy, setBusy] = useState(false);
      return (
        <>
          <ProfileReviews
            rating={{ average: 4.5, count: 3 }}
            reviews={reviews}
            hasMore={reviews.length < 3}
            onMore={() => {
              onMore();
              setBusy(true);
            }}
            busy={busy}
            providerName="Pieter"
            order={2}
          />
          <button
            type="button"
            onClick={() => {
              setReviews([...FIRST_PAGE, older]);
              setBusy(false);
            }}
          >
            answer
          </button>
        </>
      );
    }
    renderWithProviders(<Growing />);
    // Under a page title the section's title is an h3.
    expect(screen.getByRole('heading', { level: 3, name: 'Beoordelingen' })).toBeInTheDocument();
    const more = screen.getByRole('button', { name: 'Meer beoordelingen tonen' });
    await user.click(more);
    expect(onMore).toHaveBeenCalledTimes(1);
    // While the page loads the list stays, and the button (still focusable) says so.
    const list = screen.getByRole('list', { name: 'Beoordelingen' });
    expect(list).toHaveAttribute('aria-busy', 'true');
    expect(within(list).getAllByRole('article')).toHaveLength(2);
    const loading = screen.getByRole('button', { name: 'Beoordelingen laden…' });
    expect(loading).toHaveFocus();
    await user.click(loading);
    expect(onMore).toHaveBeenCalledTimes(1); // not twice
    await user.click(screen.getByRole('button', { name: 'answer' }));
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[2]).toHaveFocus();
    expect(items[2]).toHaveTextContent('Kees');
    // The last page: no button any more.
    expect(screen.queryByRole('button', { name: 'Meer beoordelingen tonen' })).toBeNull();
  });
});

describe('the stars', () => {
  it('fills the rounded number of stars, decoratively', () => {
    const { container } = renderWithProviders(<StarRow filled={3.6} />);
    const row = container.querySelector('[aria-hidden="true"]');
    const fills = [...(row?.querySelectorAll('path') ?? [])].map((path) =>
      path.getAttribute('fill'),
    );
    expect(fills).toHaveLength(5);
    expect(fills.filter((fill) => fill === fills[0])).toHaveLength(4);
    expect(fills[4]).not.toBe(fills[0]);
  });

  it('sums a rating up in words, in the portal’s language', async () => {
    const { i18n } = renderWithProviders(<RatingSummary rating={{ average: 4, count: 1 }} />);
    expect(screen.getByText('4,0 van 5')).toBeInTheDocument();
    expect(screen.getByText('(1 beoordeling)')).toBeInTheDocument();
    await i18n.changeLanguage('en');
    expect(await screen.findByText('4.0 out of 5')).toBeInTheDocument();
    expect(screen.getByText('(1 review)')).toBeInTheDocument();
  });
});
