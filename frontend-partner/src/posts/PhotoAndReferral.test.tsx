import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { FakeXhr, json, lastUpload } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NeighbourhoodPage, PostRead, PostSummary, UnansweredItem } from '../api/posts';
import { signedIn } from '../dossiers/fixtures';
import { publicApi } from '../test/fixtures';
import { renderPartner, where } from '../test/renderPartner';

const HOOD = '0192f0c4-0000-7000-8000-0000000c0001';
const POST_ID = '0192f0c4-0000-7000-8000-0000000c0101';
const ORG = '0192f0c4-0000-7000-8000-0000000c0301';
const LARGE = `/api/v1/posts/${POST_ID}/photo/large?v=abc123`;
const SMALL = `/api/v1/posts/${POST_ID}/photo/small?v=abc123`;

const SUMMARY: PostSummary = {
  id: POST_ID,
  neighbourhood_id: HOOD,
  kind: 'help_request',
  title: 'Wie helpt met de ladder?',
  body: 'De dakgoot zit vol.',
  wanted_on: '2026-12-12',
  day_part: 'morning',
  status: 'open',
  solved_by_neighbour: false,
  reply_count: 0,
  created_at: '2026-12-01T09:00:00Z',
  author: { label: 'Anna V.', user_id: '0190d5a4-0000-7000-8000-000000000001' },
  is_mine: true,
  hidden: false,
  photo_url: LARGE,
  photo_thumbnail_url: SMALL,
};

const POST: PostRead = {
  ...SUMMARY,
  referral: null,
  can_refer: false,
  can_change_photo: true,
  replies: [],
  replies_next_cursor: null,
};

const NEIGHBOURHOOD: NeighbourhoodPage = {
  id: HOOD,
  name: 'Wittevrouwen',
  description: null,
  country: 'NL',
  latitude: 52.09,
  longitude: 5.13,
  resident_count: 120,
  standing: { resident: true, worker: false, suspended: false },
  workers: [],
  local_organisations: [
    {
      id: ORG,
      name: 'Buurtteam Noordoost',
      description: null,
      phone: '030 123 4567',
      email: 'noordoost@buurtteam.example',
      website: null,
      archived_at: null,
    },
    {
      id: '0192f0c4-0000-7000-8000-0000000c0302',
      name: 'Oud buurthuis',
      description: null,
      phone: '030 000 0000',
      email: null,
      website: null,
      archived_at: '2026-01-01T00:00:00Z',
    },
  ],
};

const REFERRED: PostRead = {
  ...POST,
  is_mine: false,
  can_change_photo: false,
  referral: {
    organisation_name: 'Buurtteam Noordoost',
    phone: '030 123 4567',
    email: 'noordoost@buurtteam.example',
    website: null,
    referred_at: '2026-12-02T09:00:00Z',
  },
};

function photo(name = 'dakgoot.jpg', type = 'image/jpeg', size = 2048): File {
  return new NodeFile([new Uint8Array(size)], name, { type }) as unknown as File;
}

beforeEach(() => {
  FakeXhr.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  vi.stubGlobal('Blob', NodeBlob);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const CREATE = `POST /api/v1/neighbourhoods/${HOOD}/posts`;

describe('asking for help: the day part and a photo', { timeout: 20_000 }, () => {
  it('offers the part of the day only once a day is chosen, and sends both', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [CREATE]: json({ ...POST, photo_url: null, photo_thumbnail_url: null }, 201),
      [`GET /api/v1/posts/${POST_ID}`]: json(POST),
    });
    renderPartner(`/buurten/${HOOD}/vragen`, api);
    const part = await screen.findByRole('combobox', { name: /Welk deel van de dag/ });
    expect(part).toBeDisabled();
    expect(screen.getByText('Kies eerst een dag.')).toBeInTheDocument();
    const day = screen.getByLabelText(/Wanneer/);
    await user.type(day, '2026-12-12');
    expect(part).toBeEnabled();
    await user.selectOptions(part, ['afternoon']);
    // Clearing the day takes the part of the day with it.
    await user.clear(day);
    expect(part).toBeDisabled();
    expect(part).toHaveValue('');
    await user.type(day, '2026-12-12');
    await user.selectOptions(part, ['morning']);
    await user.type(screen.getByRole('textbox', { name: /Titel/ }), 'Ladder');
    await user.type(screen.getByRole('textbox', { name: /Je bericht/ }), 'Wie helpt?');
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));
    await waitFor(() => expect(where()).toBe(`/buurtberichten/${POST_ID}`));
    expect(api.calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      wanted_on: '2026-12-12',
      day_part: 'morning',
    });
    expect(FakeXhr.sent).toHaveLength(0);
  });

  it('puts the chosen photo on the new post, showing how far it is', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [CREATE]: json({ ...POST, photo_url: null, photo_thumbnail_url: null }, 201),
      [`GET /api/v1/posts/${POST_ID}`]: json(POST),
    });
    renderPartner(`/buurten/${HOOD}/vragen`, api);
    await user.type(await screen.findByRole('textbox', { name: /Titel/ }), 'Ladder');
    await user.type(screen.getByRole('textbox', { name: /Je bericht/ }), 'Wie helpt?');
    await user.upload(screen.getByLabelText('Foto (niet verplicht)'), photo());
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));
    const xhr = await lastUpload();
    expect(xhr.method).toBe('PUT');
    expect(xhr.url).toContain(`/api/v1/posts/${POST_ID}/photo`);
    expect(xhr.headers['content-type']).toBe('image/jpeg');
    expect(xhr.body?.size).toBe(2048);
    xhr.progress(0.4);
    expect(await screen.findByRole('progressbar', { name: 'Foto versturen' })).toHaveAttribute(
      'aria-valuenow',
      '40',
    );
    xhr.answer(200, POST);
    await waitFor(() => expect(where()).toBe(`/buurtberichten/${POST_ID}`));
  });

  it('says the post exists when its photo is refused, and leads to it', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [CREATE]: json({ ...POST, photo_url: null, photo_thumbnail_url: null }, 201),
    });
    renderPartner(`/buurten/${HOOD}/vragen`, api);
    await user.type(await screen.findByRole('textbox', { name: /Titel/ }), 'Ladder');
    await user.type(screen.getByRole('textbox', { name: /Je bericht/ }), 'Wie helpt?');
    await user.upload(screen.getByLabelText('Foto (niet verplicht)'), photo());
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));
    const xhr = await lastUpload();
    xhr.answer(
      422,
      {
        type: 'about:blank',
        title: 'Invalid input',
        status: 422,
        detail: 'Upload a photo as PNG or JPEG.',
        errors: [{ field: 'file', message: 'Upload een foto als PNG of JPEG.' }],
      },
      'application/problem+json',
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Je bericht staat erop, de foto nog niet');
    expect(alert).toHaveTextContent('opnieuw proberen op de pagina van je bericht');
    expect(within(alert).getByRole('link', { name: 'Naar je bericht' })).toHaveAttribute(
      'href',
      `/buurtberichten/${POST_ID}`,
    );
    // The form is gone: a second submit would post it twice.
    expect(screen.queryByRole('button', { name: 'Plaatsen' })).not.toBeInTheDocument();
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('refuses a file that is no photo before posting anything', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const api = publicApi({ ...signedIn, [CREATE]: json(POST, 201) });
    renderPartner(`/buurten/${HOOD}/vragen`, api);
    await user.type(await screen.findByRole('textbox', { name: /Titel/ }), 'Ladder');
    await user.type(screen.getByRole('textbox', { name: /Je bericht/ }), 'Wie helpt?');
    await user.upload(
      screen.getByLabelText('Foto (niet verplicht)'),
      photo('brief.pdf', 'application/pdf'),
    );
    expect(screen.getByText('Kies een foto als JPEG of PNG.')).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText('Foto (niet verplicht)'),
      photo('groot.jpg', 'image/jpeg', 10 * 1024 * 1024 + 1),
    );
    expect(screen.getByText('De foto is groter dan 10 MB.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Plaatsen' }));
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });
});

describe('the feed names the neighbourhood and shows photos and when', { timeout: 20_000 }, () => {
  it('has the neighbourhood in its heading and a thumbnail on the card', async () => {
    renderPartner(
      `/buurten/${HOOD}`,
      publicApi({
        ...signedIn,
        [`GET /api/v1/neighbourhoods/${HOOD}/posts`]: json({
          items: [SUMMARY],
          next_cursor: null,
        }),
        [`GET /api/v1/neighbourhoods/${HOOD}`]: json(NEIGHBOURHOOD),
      }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Buurt Wittevrouwen' }),
    ).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: SUMMARY.title })).closest(
      'li',
    ) as HTMLElement;
    expect(within(row).getByTestId('post-thumbnail')).toHaveAttribute('src', SMALL);
    expect(within(row).getByText(/gewenst op .*12 december.*, 's ochtends/)).toBeInTheDocument();
  });
});

describe('the photo on the post page', { timeout: 20_000 }, () => {
  it('shows the photo with the title as its text, and lets the author remove it', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [`GET /api/v1/posts/${POST_ID}`]: json(POST),
      [`DELETE /api/v1/posts/${POST_ID}/photo`]: json({
        ...POST,
        photo_url: null,
        photo_thumbnail_url: null,
      }),
    });
    renderPartner(`/buurtberichten/${POST_ID}`, api);
    expect(await screen.findByRole('img', { name: POST.title })).toHaveAttribute('src', LARGE);
    expect(screen.getByText(/gewenst op .*12 december.*, 's ochtends/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Andere foto kiezen' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Foto verwijderen' }));
    await waitFor(() =>
      expect(screen.queryByRole('img', { name: POST.title })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('button', { name: 'Foto toevoegen' })).toBeInTheDocument();
  });

  it('replaces the photo and shows a refusal in words', async () => {
    const user = userEvent.setup();
    renderPartner(
      `/buurtberichten/${POST_ID}`,
      publicApi({ ...signedIn, [`GET /api/v1/posts/${POST_ID}`]: json(POST) }),
    );
    await user.upload(await screen.findByLabelText('Andere foto kiezen'), photo());
    const xhr = await lastUpload();
    xhr.answer(
      413,
      {
        type: 'about:blank',
        title: 'Too large',
        status: 413,
        detail: 'Het bestand is groter dan 10 MB.',
      },
      'application/problem+json',
    );
    expect(await screen.findByText('Het bestand is groter dan 10 MB.')).toBeInTheDocument();
  });

  it('offers no photo controls to a neighbour', async () => {
    renderPartner(
      `/buurtberichten/${POST_ID}`,
      publicApi({
        ...signedIn,
        [`GET /api/v1/posts/${POST_ID}`]: json({
          ...POST,
          is_mine: false,
          can_change_photo: false,
        }),
      }),
    );
    expect(await screen.findByRole('img', { name: POST.title })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /foto/i })).not.toBeInTheDocument();
  });
});

describe("the worker's referral", { timeout: 20_000 }, () => {
  it('lets the worker refer to a live organisation and shows where to', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [`GET /api/v1/posts/${POST_ID}`]: json({
        ...POST,
        is_mine: false,
        can_change_photo: false,
        can_refer: true,
      }),
      [`GET /api/v1/neighbourhoods/${HOOD}`]: json(NEIGHBOURHOOD),
      [`POST /api/v1/posts/${POST_ID}/referral`]: json(REFERRED),
    });
    renderPartner(`/buurtberichten/${POST_ID}`, api);
    const choice = await screen.findByRole('combobox', { name: 'Lokale organisatie' });
    await waitFor(() =>
      expect(
        within(choice)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Kies een organisatie', 'Buurtteam Noordoost']),
    );
    expect(screen.getByRole('button', { name: 'Doorverwijzen' })).toBeDisabled();
    await user.selectOptions(choice, [ORG]);
    await user.click(screen.getByRole('button', { name: 'Doorverwijzen' }));
    expect(await screen.findByText('Doorverwezen naar')).toBeInTheDocument();
    expect(screen.getAllByText('Buurtteam Noordoost').length).toBeGreaterThan(0);
    expect(screen.getByText('noordoost@buurtteam.example')).toBeInTheDocument();
    expect(api.calls.find((c) => c.path.endsWith('/referral'))?.body).toEqual({
      local_organisation_id: ORG,
    });
  });

  it('shows the referral, not the control, to the poster', async () => {
    renderPartner(
      `/buurtberichten/${POST_ID}`,
      publicApi({
        ...signedIn,
        [`GET /api/v1/posts/${POST_ID}`]: json({ ...REFERRED, is_mine: true }),
      }),
    );
    expect(await screen.findByText('Doorverwezen naar')).toBeInTheDocument();
    expect(screen.getByText('030 123 4567')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Lokale organisatie' })).not.toBeInTheDocument();
  });

  it('refers from the unanswered list', async () => {
    const user = userEvent.setup();
    const waiting: UnansweredItem = { ...SUMMARY, is_mine: false, waiting_hours: 50 };
    const api = publicApi({
      ...signedIn,
      [`GET /api/v1/neighbourhoods/${HOOD}/unanswered`]: json({
        items: [waiting],
        next_cursor: null,
      }),
      [`GET /api/v1/neighbourhoods/${HOOD}`]: json(NEIGHBOURHOOD),
      [`POST /api/v1/posts/${POST_ID}/referral`]: json(REFERRED),
    });
    renderPartner(`/buurten/${HOOD}/onbeantwoord`, api);
    const row = (await screen.findByRole('link', { name: waiting.title })).closest(
      'li',
    ) as HTMLElement;
    const choice = within(row).getByRole('combobox', { name: 'Lokale organisatie' });
    await waitFor(() => expect(within(choice).getAllByRole('option')).toHaveLength(2));
    await user.selectOptions(choice, [ORG]);
    await user.click(within(row).getByRole('button', { name: 'Doorverwijzen' }));
    expect(await within(row).findByRole('status')).toHaveTextContent(
      'Doorverwezen naar Buurtteam Noordoost',
    );
  });
});
