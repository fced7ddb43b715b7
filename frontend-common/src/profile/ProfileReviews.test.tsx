// The reviews' section of the public profile, and the stars it shares with the portals' pages.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { ProfileReviews, type ProfileReviewsProps } from './ProfileReviews';
import { RatingSummary, StarRow } from './Stars';
import { REVIEW_WITH_REPLY, REVIEW_WITHOUT_REPLY } from './testProfile';
import type { ReviewPage } from './types';

const FIRST_PAGE: ReviewPage = {
  total: 2,
  page: 1,
  page_size: 10,
  reviews: [REVIEW_WITH_REPLY, REVIEW_WITHOUT_REPLY],
};

function renderReviews(props: Partial<ProfileReviewsProps> = {}) {
  return renderWithProviders(
    <ProfileReviews
      rating={{ average: 4.5, count: 2 }}
      reviews={FIRST_PAGE}
      page={1}
      onPageChange={() => {}}
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
    // One page: no pages to choose.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('says “Nog geen beoordelingen” without any', () => {
    renderReviews({
      rating: { average: null, count: 0 },
      reviews: { total: 0, page: 1, page_size: 10, reviews: [] },
    });
    const section = screen.getByRole('region', { name: 'Beoordelingen' });
    expect(section).toHaveTextContent('Nog geen beoordelingen');
    expect(within(section).queryByRole('list')).not.toBeInTheDocument();
  });

  it('pages, and takes the reader to the top of the section', async () => {
    const user = userEvent.setup();
    const onPageChange = vi.fn();
    function Paged() {
      const [page, setPage] = useState(1);
      return (
        <ProfileReviews
          rating={{ average: 4.5, count: 21 }}
          reviews={{ ...FIRST_PAGE, total: 21 }}
          page={page}
          onPageChange={(next) => {
            onPageChange(next);
            setPage(next);
          }}
          busy={page > 1}
          providerName="Pieter"
          order={2}
        />
      );
    }
    renderWithProviders(<Paged />);
    const pages = screen.getByRole('navigation', { name: "Pagina's met beoordelingen" });
    expect(within(pages).getByRole('button', { name: 'Pagina 1' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(pages).getByRole('button', { name: 'Pagina 3' })).toBeInTheDocument();
    await user.click(within(pages).getByRole('button', { name: 'Volgende pagina' }));
    expect(onPageChange).toHaveBeenCalledWith(2);
    expect(within(pages).getByRole('button', { name: 'Pagina 2' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // Under a page title the section's title is an h3; it takes the focus.
    expect(screen.getByRole('heading', { level: 3, name: 'Beoordelingen' })).toHaveFocus();
    expect(screen.getByRole('list', { name: 'Beoordelingen' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
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
