import { json } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HelpFigures, PostRead, PostSummary, UnansweredItem } from '../api/posts';
import { signedIn } from '../dossiers/fixtures';
import { publicApi } from '../test/fixtures';
import { renderPartner, where } from '../test/renderPartner';

const HOOD = '0192f0c4-0000-7000-8000-0000000b0001';
const POST_ID = '0192f0c4-0000-7000-8000-0000000b0101';
const BEN = '0192f0c4-0000-7000-8000-0000000b0b01';

const SUMMARY: PostSummary = {
  id: POST_ID,
  neighbourhood_id: HOOD,
  kind: 'help_request',
  title: 'Wie kan zaterdag boodschappen doen?',
  body: 'Ik ben herstellende.\nZie https://example.org <script>alert(1)</script>',
  wanted_on: null,
  day_part: null,
  status: 'open',
  solved_by_neighbour: false,
  reply_count: 1,
  created_at: '2026-12-01T09:00:00Z',
  author: { label: 'Anna V.', user_id: '0190d5a4-0000-7000-8000-000000000001' },
  is_mine: true,
  hidden: false,
};

const LOST: PostSummary = {
  ...SUMMARY,
  id: '0192f0c4-0000-7000-8000-0000000b0102',
  kind: 'lost_and_found',
  title: 'Sleutelbos gevonden',
  reply_count: 0,
  author: { label: 'een buur, via de buurtwerker', user_id: null },
  is_mine: false,
};

const POST: PostRead = {
  ...SUMMARY,
  referral: null,
  can_refer: false,
  can_change_photo: true,
  replies: [
    {
      id: '0192f0c4-0000-7000-8000-0000000b0201',
      body: 'Ik kan zaterdag!',
      author: { label: 'Ben B.', user_id: BEN },
      is_mine: false,
      hidden: false,
      created_at: '2026-12-01T10:00:00Z',
    },
  ],
  replies_next_cursor: null,
};

const FIGURES: HelpFigures = {
  posted: 50,
  solved_by_neighbour: 29,
  solved_share: 58,
  solved_otherwise: 6,
  open: 15,
};

const FEED = `GET /api/v1/neighbourhoods/${HOOD}/posts`;
const FIGURES_PATH = `GET /api/v1/neighbourhoods/${HOOD}/help-figures`;

describe('the neighbourhood feed', { timeout: 20_000 }, () => {
  it('lists the posts with the solved share and filters by kind', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [FEED]: (call) =>
        new URLSearchParams(call.search).get('kind') === 'lost_and_found'
          ? json({ items: [LOST], next_cursor: null })
          : json({ items: [SUMMARY, LOST], next_cursor: null }),
      [FIGURES_PATH]: json(FIGURES),
    });
    renderPartner(`/buurten/${HOOD}`, api);
    const link = await screen.findByRole('link', { name: SUMMARY.title });
    expect(link).toHaveAttribute('href', `/buurtberichten/${POST_ID}`);
    const row = link.closest('li') as HTMLElement;
    expect(within(row).getByText('Hulpvraag')).toBeInTheDocument();
    expect(within(row).getByText(/Anna V\. · .* · 1 reactie/)).toBeInTheDocument();
    expect(screen.getByText(/een buur, via de buurtwerker/)).toBeInTheDocument();
    expect(await screen.findByTestId('solved-share')).toHaveTextContent('58%');
    expect(screen.getByRole('link', { name: 'Hulp vragen' })).toHaveAttribute(
      'href',
      `/buurten/${HOOD}/vragen`,
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Soort bericht' }), [
      'lost_and_found',
    ]);
    await waitFor(() => expect(where()).toBe(`/buurten/${HOOD}?kind=lost_and_found`));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: SUMMARY.title })).not.toBeInTheDocument(),
    );
  });
});

describe('a post', { timeout: 20_000 }, () => {
  it('shows what people typed as text, never as HTML', async () => {
    renderPartner(
      `/buurtberichten/${POST_ID}`,
      publicApi({ ...signedIn, [`GET /api/v1/posts/${POST_ID}`]: json(POST) }),
    );
    expect(
      await screen.findByText(/<script>alert\(1\)<\/script>/, { exact: false }),
    ).toBeInTheDocument();
    expect(document.querySelector('article script')).toBeNull();
    expect(screen.queryByRole('link', { name: /example\.org/ })).not.toBeInTheDocument();
  });

  it('takes a reply and lets the author mark it solved by a neighbour who replied', async () => {
    const user = userEvent.setup();
    const replied: PostRead = {
      ...POST,
      reply_count: 2,
      replies: [
        ...POST.replies,
        {
          id: '0192f0c4-0000-7000-8000-0000000b0202',
          body: 'Dank je, Ben!',
          author: { label: 'Anna V.', user_id: SUMMARY.author.user_id },
          is_mine: true,
          hidden: false,
          created_at: '2026-12-01T11:00:00Z',
        },
      ],
    };
    const api = publicApi({
      ...signedIn,
      [`GET /api/v1/posts/${POST_ID}`]: json(POST),
      [`POST /api/v1/posts/${POST_ID}/replies`]: json(replied, 201),
      [`POST /api/v1/posts/${POST_ID}/solve`]: json({
        ...replied,
        status: 'solved',
        solved_by_neighbour: true,
      }),
    });
    renderPartner(`/buurtberichten/${POST_ID}`, api);
    await user.type(await screen.findByRole('textbox', { name: 'Je reactie' }), 'Dank je, Ben!');
    await user.click(screen.getByRole('button', { name: 'Reageren' }));
    expect(await screen.findByText('Dank je, Ben!')).toBeInTheDocument();
    expect(api.calls.find((c) => c.path.endsWith('/replies'))?.body).toEqual({
      body: 'Dank je, Ben!',
    });

    const solvedBy = screen.getByRole('combobox', { name: 'Opgelost door' });
    // Only the neighbours who replied, not me.
    expect(
      within(solvedBy)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Op een andere manier opgelost', 'Ben B.']);
    await user.selectOptions(solvedBy, [BEN]);
    await user.click(screen.getByRole('button', { name: 'Markeer als opgelost' }));
    expect(await screen.findByText('Opgelost')).toBeInTheDocument();
    expect(api.calls.find((c) => c.path.endsWith('/solve'))?.body).toEqual({
      solved_by_user_id: BEN,
    });
    expect(screen.queryByRole('button', { name: 'Intrekken' })).not.toBeInTheDocument();
  });
});

describe('asking for help', { timeout: 20_000 }, () => {
  it('posts a help request and opens it', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [FEED.replace('GET', 'POST')]: json({ ...POST, replies: [], reply_count: 0 }, 201),
      [`GET /api/v1/posts/${POST_ID}`]: json({ ...POST, replies: [], reply_count: 0 }),
    });
    renderPartner(`/buurten/${HOOD}/vragen`, api);
    await user.type(await screen.findByRole('textbox', { name: /Titel/ }), '  Boodschappen  ');
    await user.type(screen.getByRole('textbox', { name: /Je bericht/ }), 'Wie helpt?');
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));
    await waitFor(() => expect(where()).toBe(`/buurtberichten/${POST_ID}`));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toEqual({
      kind: 'help_request',
      title: 'Boodschappen',
      body: 'Wie helpt?',
      wanted_on: null,
      day_part: null,
      on_behalf: false,
      anonymous: false,
      posted_for_name: null,
    });
  });

  it('names the skill a help request asks for, when chosen', async () => {
    const user = userEvent.setup();
    const GROCERIES = '0192f0c4-0000-7000-8000-0000000b5c01';
    const api = publicApi({
      ...signedIn,
      'GET /api/v1/skills': json([
        {
          id: GROCERIES,
          slug: 'boodschappen',
          group: 'errands',
          group_name: 'Boodschappen en vervoer',
          name: 'Boodschappen doen',
        },
      ]),
      [FEED.replace('GET', 'POST')]: json({ ...POST, replies: [], reply_count: 0 }, 201),
      [`GET /api/v1/posts/${POST_ID}`]: json({ ...POST, replies: [], reply_count: 0 }),
    });
    renderPartner(`/buurten/${HOOD}/vragen`, api);
    await user.type(await screen.findByRole('textbox', { name: /Titel/ }), 'Boodschappen');
    await user.type(screen.getByRole('textbox', { name: /Je bericht/ }), 'Wie helpt?');
    await screen.findByRole('option', { name: 'Boodschappen doen' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Waarmee/ }),
      'Boodschappen doen',
    );
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));
    await waitFor(() => expect(where()).toBe(`/buurtberichten/${POST_ID}`));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      kind: 'help_request',
      skill_id: GROCERIES,
    });
  });

  it('lets the worker post anonymously on behalf of someone', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [FEED.replace('GET', 'POST')]: json(POST, 201),
      [`GET /api/v1/posts/${POST_ID}`]: json(POST),
    });
    renderPartner(`/buurten/${HOOD}/vragen?namens=1`, api);
    expect(await screen.findByRole('checkbox', { name: /namens iemand anders/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Anoniem' })).toBeChecked();
    await user.type(screen.getByRole('textbox', { name: /Titel/ }), 'Boodschappen');
    await user.type(screen.getByRole('textbox', { name: /Je bericht/ }), 'Voor een buurvrouw');
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));
    await waitFor(() => expect(where()).toBe(`/buurtberichten/${POST_ID}`));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      on_behalf: true,
      anonymous: true,
      posted_for_name: null,
    });
  });
});

describe("the worker's unanswered list", { timeout: 20_000 }, () => {
  it('lists the waiting help requests, oldest first, with how long they wait', async () => {
    const waiting: UnansweredItem = { ...LOST, kind: 'help_request', waiting_hours: 72 };
    renderPartner(
      `/buurten/${HOOD}/onbeantwoord`,
      publicApi({
        ...signedIn,
        [`GET /api/v1/neighbourhoods/${HOOD}/unanswered`]: json({
          items: [waiting],
          next_cursor: null,
        }),
      }),
    );
    const link = await screen.findByRole('link', { name: waiting.title });
    expect(within(link.closest('li') as HTMLElement).getByText(/wacht 72 uur/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hulpvraag plaatsen namens iemand' })).toHaveAttribute(
      'href',
      `/buurten/${HOOD}/vragen?namens=1`,
    );
  });
});
