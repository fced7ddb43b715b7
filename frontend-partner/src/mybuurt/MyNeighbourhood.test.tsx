import { json, problem } from '@kring/common/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Helper, MyResidence } from '../api/neighbourhoods';
import type { PostRead } from '../api/posts';
import { signedIn, SKILLS } from '../dossiers/fixtures';
import en from '../locales/mybuurt/en.json';
import fr from '../locales/mybuurt/fr.json';
import nl from '../locales/mybuurt/nl.json';
import { publicApi } from '../test/fixtures';
import { renderPartner, where } from '../test/renderPartner';

const HOOD = '0192f0c4-0000-7000-8000-0000000c0001';
const OTHER_HOOD = '0192f0c4-0000-7000-8000-0000000c0002';
const CONVERSATION = '0192f0c4-0000-7000-8000-0000000c0c01';
const ANNA = '0192f0c4-0000-7000-8000-0000000c0a01';
const POST_ID = '0192f0c4-0000-7000-8000-0000000c0101';

const HOME: MyResidence = {
  neighbourhood: {
    id: HOOD,
    name: 'Wittevrouwen',
    country: 'NL',
    description: null,
    archived: false,
  },
  address: {
    country: 'NL',
    street: 'Biltstraat',
    house_number: '12',
    postcode: '3581 AB',
    city: 'Utrecht',
  },
  joined_by: 'address',
  joined_at: '2026-12-01T09:00:00Z',
  skills: [{ id: SKILLS[0]?.id ?? '', slug: 'boodschappen', name: 'Boodschappen doen' }],
  volunteers_for_organisations: false,
  about: 'Vaak thuis',
  suspended: false,
};

const ANNA_HELPER: Helper = {
  user_id: ANNA,
  display_name: 'Anna B.',
  distance_km: 0.5,
  skills: [{ id: 's1', slug: 'boodschappen', name: 'Boodschappen doen' }],
  about: 'Ik fiets <b>graag</b>',
  volunteers_for_organisations: true,
  suspended: false,
};
const BEN_HELPER: Helper = {
  ...ANNA_HELPER,
  user_id: '0192f0c4-0000-7000-8000-0000000c0a02',
  display_name: 'Ben C.',
  distance_km: 1.5,
  about: null,
  volunteers_for_organisations: false,
};

const EMPTY_FEED = {
  [`GET /api/v1/neighbourhoods/${HOOD}/posts`]: json({ items: [], next_cursor: null }),
  [`GET /api/v1/neighbourhoods/${HOOD}/help-figures`]: json({
    posted: 0,
    solved_by_neighbour: 0,
    solved_share: null,
    solved_otherwise: 0,
    open: 0,
  }),
};

function keys(value: unknown, prefix = ''): string[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

describe('my neighbourhood', { timeout: 20_000 }, () => {
  it('has the same texts in Dutch, French and English', () => {
    expect(keys(fr).sort()).toEqual(keys(nl).sort());
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('shows "Mijn buurt" and the unread count in the menu when signed in', async () => {
    renderPartner(
      '/buurt',
      publicApi({
        ...signedIn,
        'GET /api/v1/me/neighbourhood': problem(404, { detail: 'Not found' }),
        'GET /api/v1/me/neighbourhood-work': json([]),
        'GET /api/v1/conversations/unread': json({ conversations: 2, messages: 3 }),
      }),
    );
    const nav = await screen.findByRole('navigation', { name: /./ });
    expect(await within(nav).findByRole('link', { name: 'Mijn buurt' })).toHaveAttribute(
      'href',
      '/buurt',
    );
    expect(await within(nav).findByRole('link', { name: 'Berichten (2)' })).toBeInTheDocument();
  });

  it('joins with a home address and shows the API field errors on the fields', async () => {
    const user = userEvent.setup();
    let tries = 0;
    const api = publicApi({
      ...signedIn,
      ...EMPTY_FEED,
      'GET /api/v1/me/neighbourhood': problem(404, { detail: 'Not found' }),
      'GET /api/v1/me/neighbourhood-work': json([]),
      'PUT /api/v1/me/neighbourhood': () => {
        tries += 1;
        return tries === 1
          ? problem(422, {
              detail: 'Invalid',
              errors: [
                {
                  field: 'postcode',
                  message: 'Er is nog geen buurt voor dit adres.',
                },
              ],
            })
          : json(HOME);
      },
    });
    renderPartner('/buurt', api);
    expect(
      await screen.findByRole('heading', { name: 'Word lid van je buurt' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lid worden' }));
    expect(await screen.findAllByText('Vul dit in.')).not.toHaveLength(0);
    expect(api.callsTo('PUT', '/api/v1/me/neighbourhood')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /Straat/ }), 'Biltstraat');
    await user.type(screen.getByRole('textbox', { name: /Huisnummer/ }), '12');
    await user.type(screen.getByRole('textbox', { name: /Postcode/ }), '3581 AB');
    await user.type(screen.getByRole('textbox', { name: /Plaats/ }), 'Utrecht');
    await user.click(screen.getByRole('button', { name: 'Lid worden' }));
    const postcode = screen.getByRole('textbox', { name: /Postcode/ });
    await waitFor(() => expect(postcode).toHaveAccessibleDescription(/nog geen buurt/));
    expect(api.callsTo('PUT', '/api/v1/me/neighbourhood')[0]?.body).toEqual({
      country: 'NL',
      street: 'Biltstraat',
      house_number: '12',
      postcode: '3581 AB',
      city: 'Utrecht',
    });

    await user.click(screen.getByRole('button', { name: 'Lid worden' }));
    await waitFor(() => expect(where()).toBe(`/buurten/${HOOD}`));
  });

  it("accepts an invite from the e-mail's link with the home address", async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      ...EMPTY_FEED,
      'GET /api/v1/me/neighbourhood': json(HOME),
      'GET /api/v1/me/neighbourhood-work': json([]),
      'POST /api/v1/neighbourhood-invites/abc123/accept': json({ ...HOME, joined_by: 'invite' }),
    });
    renderPartner('/buurt/uitnodiging?token=abc123', api);
    expect(
      await screen.findByRole('heading', { name: 'Uitnodiging voor je buurt' }),
    ).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Straat/ }), 'Biltstraat');
    await user.type(screen.getByRole('textbox', { name: /Huisnummer/ }), '12');
    await user.type(screen.getByRole('textbox', { name: /Postcode/ }), '3581 AB');
    await user.type(screen.getByRole('textbox', { name: /Plaats/ }), 'Utrecht');
    await user.click(screen.getByRole('button', { name: 'Lid worden' }));
    await waitFor(() => expect(where()).toBe(`/buurten/${HOOD}`));
    expect(api.callsTo('POST', '/api/v1/neighbourhood-invites/abc123/accept')[0]?.body).toEqual({
      country: 'NL',
      street: 'Biltstraat',
      house_number: '12',
      postcode: '3581 AB',
      city: 'Utrecht',
    });
    expect(api.callsTo('PUT', '/api/v1/me/neighbourhood')).toHaveLength(0);
  });

  it('says so when the link has no invite in it', async () => {
    renderPartner('/buurt/uitnodiging', publicApi({ ...signedIn }));
    expect(await screen.findByText('Deze link is niet compleet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lid worden' })).toBeNull();
  });

  it('sends a resident straight to their feed, with the links in its header', async () => {
    renderPartner(
      '/buurt',
      publicApi({
        ...signedIn,
        ...EMPTY_FEED,
        'GET /api/v1/me/neighbourhood': json(HOME),
        'GET /api/v1/me/neighbourhood-work': json([]),
      }),
    );
    await waitFor(() => expect(where()).toBe(`/buurten/${HOOD}`));
    expect(await screen.findByRole('link', { name: 'Buren die kunnen helpen' })).toHaveAttribute(
      'href',
      `/buurten/${HOOD}/helpers`,
    );
    expect(screen.getByRole('link', { name: 'Mijn buurtprofiel' })).toHaveAttribute(
      'href',
      '/buurt/profiel',
    );
  });

  it('shows a worker the neighbourhoods they serve', async () => {
    renderPartner(
      '/buurt',
      publicApi({
        ...signedIn,
        'GET /api/v1/me/neighbourhood': json(HOME),
        'GET /api/v1/me/neighbourhood-work': json([
          { ...HOME.neighbourhood, id: OTHER_HOOD, name: 'Lombok' },
        ]),
      }),
    );
    expect(await screen.findByRole('link', { name: 'Berichten van Lombok' })).toHaveAttribute(
      'href',
      `/buurten/${OTHER_HOOD}`,
    );
    expect(
      screen.getByRole('link', { name: 'Onbeantwoorde hulpvragen in Lombok' }),
    ).toHaveAttribute('href', `/buurten/${OTHER_HOOD}/onbeantwoord`);
    expect(screen.getByRole('link', { name: 'Naar Wittevrouwen' })).toHaveAttribute(
      'href',
      `/buurten/${HOOD}`,
    );
  });
});

describe('my neighbourhood profile', { timeout: 20_000 }, () => {
  it('saves skills, volunteering and about', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      'GET /api/v1/me/neighbourhood': json(HOME),
      'GET /api/v1/skills': json(SKILLS),
      'PUT /api/v1/me/neighbourhood/profile': json(HOME),
    });
    renderPartner('/buurt/profiel', api);
    const first = await screen.findByRole('checkbox', { name: SKILLS[0]?.name });
    expect(first).toBeChecked();
    expect(screen.getByRole('group', { name: SKILLS[0]?.group_name })).toBeInTheDocument();
    await user.click(first);
    await user.click(screen.getByRole('checkbox', { name: SKILLS[1]?.name }));
    await user.click(
      screen.getByRole('checkbox', { name: /Beschikbaar als vrijwilliger voor lokale/ }),
    );
    const about = screen.getByRole('textbox', { name: /Over mij/ });
    await user.clear(about);
    await user.type(about, '  Handig met computers ');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Je buurtprofiel is opgeslagen.')).toBeInTheDocument();
    expect(api.callsTo('PUT', '/api/v1/me/neighbourhood/profile')[0]?.body).toEqual({
      skill_ids: [SKILLS[1]?.id],
      volunteers_for_organisations: true,
      about: 'Handig met computers',
    });
  });

  it('moves to a new address and says the neighbourhood changed', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      'GET /api/v1/me/neighbourhood': json(HOME),
      'GET /api/v1/skills': json(SKILLS),
      'PUT /api/v1/me/neighbourhood': json({
        ...HOME,
        neighbourhood: { ...HOME.neighbourhood, id: OTHER_HOOD, name: 'Lombok' },
      }),
    });
    renderPartner('/buurt/profiel', api);
    const street = await screen.findByRole('textbox', { name: /Straat/ });
    expect(street).toHaveValue('Biltstraat');
    await user.clear(street);
    await user.type(street, 'Kanaalstraat');
    await user.click(screen.getByRole('button', { name: 'Adres wijzigen' }));
    expect(
      await screen.findByText('Je adres is gewijzigd. Je buurt is nu Lombok.'),
    ).toBeInTheDocument();
    expect(api.callsTo('PUT', '/api/v1/me/neighbourhood')[0]?.body).toMatchObject({
      street: 'Kanaalstraat',
    });
  });

  it('says in words when moving again is refused for now', async () => {
    const user = userEvent.setup();
    const refusal =
      'Je kunt 3 keer in 30 dagen van buurt wisselen. Probeer het over 12 dagen opnieuw.';
    const api = publicApi({
      ...signedIn,
      'GET /api/v1/me/neighbourhood': json(HOME),
      'GET /api/v1/skills': json(SKILLS),
      'PUT /api/v1/me/neighbourhood': problem(
        429,
        { detail: refusal },
        { 'Retry-After': '1036800' },
      ),
    });
    renderPartner('/buurt/profiel', api);
    const street = await screen.findByRole('textbox', { name: /Straat/ });
    await user.clear(street);
    await user.type(street, 'Kanaalstraat');
    await user.click(screen.getByRole('button', { name: 'Adres wijzigen' }));
    expect(await screen.findByText(refusal)).toBeInTheDocument();
    expect(screen.queryByText(/Je adres is gewijzigd/)).not.toBeInTheDocument();
  });

  it('leaves the neighbourhood after a confirmation', async () => {
    const user = userEvent.setup();
    let left = false;
    const api = publicApi({
      ...signedIn,
      'GET /api/v1/me/neighbourhood': () =>
        left ? problem(404, { detail: 'Not found' }) : json(HOME),
      'GET /api/v1/me/neighbourhood-work': json([]),
      'GET /api/v1/skills': json(SKILLS),
      'DELETE /api/v1/me/neighbourhood': () => {
        left = true;
        return new Response(null, { status: 204 });
      },
    });
    renderPartner('/buurt/profiel', api);
    await user.click(await screen.findByRole('button', { name: 'Buurt verlaten' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText('Weet je zeker dat je Wittevrouwen wilt verlaten?'),
    ).toBeInTheDocument();
    expect(api.callsTo('DELETE', '/api/v1/me/neighbourhood')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Buurt verlaten' }));
    await waitFor(() => expect(api.callsTo('DELETE', '/api/v1/me/neighbourhood')).toHaveLength(1));
    expect(
      await screen.findByRole('heading', { name: 'Word lid van je buurt' }),
    ).toBeInTheDocument();
  });
});

describe('neighbours who can help', { timeout: 20_000 }, () => {
  const HELPERS = `GET /api/v1/neighbourhoods/${HOOD}/helpers`;

  it('lists neighbours by skill with approximate distances and loads more', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      'GET /api/v1/skills': json(SKILLS),
      [HELPERS]: (call) =>
        new URLSearchParams(call.search).get('cursor') === 'next'
          ? json({ items: [BEN_HELPER], next_cursor: null })
          : json({ items: [ANNA_HELPER], next_cursor: 'next' }),
    });
    renderPartner(`/buurten/${HOOD}/helpers`, api);
    const anna = (await screen.findByRole('heading', { name: 'Anna B.' })).closest(
      'li',
    ) as HTMLElement;
    expect(within(anna).getByText('minder dan 1 km')).toBeInTheDocument();
    expect(within(anna).getByText('Ik fiets <b>graag</b>')).toBeInTheDocument();
    expect(within(anna).getByText('Vrijwilliger voor lokale organisaties')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Meer laden' }));
    const ben = (await screen.findByRole('heading', { name: 'Ben C.' })).closest(
      'li',
    ) as HTMLElement;
    expect(within(ben).getByText('ca. 1,5 km')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Meer laden' })).not.toBeInTheDocument();

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Vaardigheid' }),
      SKILLS[0]?.slug ?? '',
    );
    await waitFor(() =>
      expect(
        api.calls.some(
          (call) =>
            call.path === `/api/v1/neighbourhoods/${HOOD}/helpers` &&
            new URLSearchParams(call.search).get('skill') === SKILLS[0]?.slug,
        ),
      ).toBe(true),
    );
  });

  it('writes to a neighbour and goes to the conversation', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      'GET /api/v1/skills': json(SKILLS),
      [HELPERS]: json({ items: [ANNA_HELPER], next_cursor: null }),
      'POST /api/v1/conversations': json({ id: CONVERSATION }, 201),
    });
    renderPartner(`/buurten/${HOOD}/helpers`, api);
    await user.click(await screen.findByRole('button', { name: 'Stuur een bericht' }));
    const dialog = await screen.findByRole('dialog', { name: 'Stuur Anna B. een bericht' });
    await user.type(within(dialog).getByRole('textbox', { name: /Je bericht/ }), 'Hoi Anna');
    await user.click(within(dialog).getByRole('button', { name: 'Versturen' }));
    await waitFor(() => expect(where()).toBe(`/berichten/${CONVERSATION}`));
    expect(api.callsTo('POST', '/api/v1/conversations')[0]?.body).toEqual({
      to_user_id: ANNA,
      body: 'Hoi Anna',
    });
  });

  it('says in words when writing is refused', async () => {
    const user = userEvent.setup();
    renderPartner(
      `/buurten/${HOOD}/helpers`,
      publicApi({
        ...signedIn,
        'GET /api/v1/skills': json(SKILLS),
        [HELPERS]: json({ items: [ANNA_HELPER], next_cursor: null }),
        'POST /api/v1/conversations': problem(403, { detail: 'Forbidden' }),
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Stuur een bericht' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Je bericht/ }), 'Hoi');
    await user.click(within(dialog).getByRole('button', { name: 'Versturen' }));
    expect(await within(dialog).findByText(/een van jullie heeft de ander/)).toBeInTheDocument();
  });
});

describe('writing to a post’s author', { timeout: 20_000 }, () => {
  const POST: PostRead = {
    id: POST_ID,
    neighbourhood_id: HOOD,
    kind: 'help_request',
    title: 'Wie kan zaterdag boodschappen doen?',
    body: 'Graag',
    wanted_on: null,
    day_part: null,
    status: 'open',
    solved_by_neighbour: false,
    reply_count: 0,
    created_at: '2026-12-01T09:00:00Z',
    author: { label: 'een buur, via de buurtwerker', user_id: null },
    is_mine: false,
    hidden: false,
    referral: null,
    can_refer: false,
    can_change_photo: false,
    replies: [],
    replies_next_cursor: null,
  };

  it('starts a conversation about the post only', async () => {
    const user = userEvent.setup();
    const api = publicApi({
      ...signedIn,
      [`GET /api/v1/posts/${POST_ID}`]: json(POST),
      'POST /api/v1/conversations': json({ id: CONVERSATION }, 201),
    });
    renderPartner(`/buurtberichten/${POST_ID}`, api);
    await user.click(await screen.findByRole('button', { name: 'Stuur een bericht' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Je bericht/ }), 'Ik kan');
    await user.click(within(dialog).getByRole('button', { name: 'Versturen' }));
    await waitFor(() => expect(where()).toBe(`/berichten/${CONVERSATION}`));
    expect(api.callsTo('POST', '/api/v1/conversations')[0]?.body).toEqual({
      post_id: POST_ID,
      body: 'Ik kan',
    });
  });

  it('offers no message to my own post', async () => {
    renderPartner(
      `/buurtberichten/${POST_ID}`,
      publicApi({
        ...signedIn,
        [`GET /api/v1/posts/${POST_ID}`]: json({ ...POST, is_mine: true }),
      }),
    );
    await screen.findByRole('heading', { name: POST.title });
    expect(screen.queryByRole('button', { name: 'Stuur een bericht' })).not.toBeInTheDocument();
  });
});
