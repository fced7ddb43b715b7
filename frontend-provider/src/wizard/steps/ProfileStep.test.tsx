import { json, noContent, problem, type StubAnswer } from '@kring/common/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProviderProfile } from '../../api/profile';
import { renderWizard } from '../../test/renderWizard';
import { PHOTO, PNG_BYTES, profileWith, testFile, wizardApi } from '../../test/wizardFixtures';

const introduction = () => screen.getByRole('textbox', { name: /^Introductietekst/ });

async function renderProfileStep(
  routes: Record<string, StubAnswer> = {},
  overrides: Partial<ProviderProfile> = {},
) {
  const api = wizardApi(profileWith(['personal', 'company'], overrides), routes);
  renderWizard('/signup/profile', api);
  await screen.findByRole('heading', { level: 1, name: 'Jouw profiel' });
  return api;
}

describe('step Profiel', () => {
  it('counts the introduction live and takes exactly 200 characters', async () => {
    const user = userEvent.setup();
    const api = await renderProfileStep();
    expect(introduction()).toHaveAccessibleDescription(
      expect.stringContaining('0 van de 200 tekens gebruikt'),
    );

    await user.click(introduction());
    await user.paste('a'.repeat(200));
    expect(screen.getByText('200/200')).toBeInTheDocument();
    expect(introduction()).toHaveAccessibleDescription(
      expect.stringContaining('200 van de 200 tekens gebruikt'),
    );
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));

    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Jouw beschikbaarheid' },
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
    expect(api.callsTo('PUT', '/api/v1/provider/profile/introduction')[0]?.body).toEqual({
      introduction: 'a'.repeat(200),
      profile_text: '',
    });
  });

  it('refuses 201 characters, marked at the counter and on the field', async () => {
    const user = userEvent.setup();
    const api = await renderProfileStep();

    await user.click(introduction());
    await user.paste('a'.repeat(201));
    const counter = screen.getByText('201/200');
    expect(counter.closest('[data-over]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));

    expect(introduction()).toHaveAttribute('aria-invalid', 'true');
    expect(introduction()).toHaveAccessibleDescription(
      expect.stringContaining('Gebruik hoogstens 200 tekens.'),
    );
    expect(api.callsTo('PUT', '/api/v1/provider/profile/introduction')).toHaveLength(0);
  });

  it('guides the long text with the three prompts', async () => {
    await renderProfileStep();
    const long = screen.getByRole('textbox', { name: 'Uitgebreide profieltekst' });
    expect(long).toHaveAccessibleDescription(
      expect.stringContaining('Stel jezelf voor en vertel iets meer over jezelf.'),
    );
    expect(long).toHaveAccessibleDescription(
      expect.stringContaining('Wat is er uniek aan jouw manier van dienstverlening?'),
    );
  });
});

describe('step Profiel: the portrait', () => {
  const chooser = () => screen.getByLabelText('Kies een foto');

  it('uploads the photo at once, as it is with its own type, and shows the cut portrait', async () => {
    const user = userEvent.setup();
    const withPhoto = profileWith(['personal', 'company'], { photo: PHOTO });
    const api = await renderProfileStep({
      'PUT /api/v1/provider/profile/photo': json(withPhoto),
    });
    expect(chooser()).toHaveAttribute('accept', 'image/png,image/jpeg');
    expect(chooser()).toHaveAccessibleDescription(/PNG- of JPEG-bestand van hoogstens 10 MB/);

    await user.upload(chooser(), testFile(PNG_BYTES, 'bert.png', 'image/png'));

    expect(
      await screen.findByRole('img', { name: /Je profielfoto zoals klanten hem zien/ }),
    ).toHaveAttribute('src', PHOTO.urls.medium);
    expect(screen.getByText('Je foto is bewaard.')).toBeInTheDocument();
    const [sent] = api.files;
    expect(sent).toMatchObject({
      method: 'PUT',
      path: '/api/v1/provider/profile/photo',
      contentType: 'image/png',
      bytes: PNG_BYTES,
    });
    expect(Object.fromEntries(new URLSearchParams(sent?.search))).toEqual({
      x: '0.5',
      y: '0.33',
      zoom: '1',
    });
    // The original, not a square, fills the round frame the crop is chosen in.
    expect(
      screen.getByRole('img', { name: 'Voorbeeld van de uitsnede die je kiest' }),
    ).toHaveAttribute('src', '/api/v1/provider/profile/photo/original?v=a1b2c3');
    // The texts are not saved with it: that is still "Volgende stap".
    expect(api.callsTo('PUT', '/api/v1/provider/profile/introduction')).toHaveLength(0);
  });

  it('shows the API’s refusal of a file in the user’s language', async () => {
    const user = userEvent.setup();
    await renderProfileStep({
      'PUT /api/v1/provider/profile/photo': problem(415, {
        detail: 'Upload een foto als PNG of JPEG.',
      }),
    });

    await user.upload(chooser(), testFile('GIF89a', 'bert.png', 'image/png'));

    expect(await screen.findByRole('alert')).toHaveTextContent('Upload een foto als PNG of JPEG.');
    expect(chooser()).toHaveAttribute('aria-invalid', 'true');
    expect(chooser()).toHaveAccessibleDescription(/Upload een foto als PNG of JPEG\./);
  });

  it('refuses a file over 10 MB before sending it', async () => {
    const user = userEvent.setup();
    const api = await renderProfileStep();

    const big = testFile(new Uint8Array(10 * 1024 * 1024 + 1), 'groot.jpg', 'image/jpeg');
    await user.upload(chooser(), big);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dit bestand is 10,1 MB. Kies een bestand van hoogstens 10 MB.',
    );
    expect(api.files).toHaveLength(0);
  });

  it('saves the square chosen with the sliders: its centre and zoom', async () => {
    const user = userEvent.setup();
    const api = await renderProfileStep(
      {
        'PUT /api/v1/provider/profile/photo/crop': (call) =>
          json(
            profileWith(['personal', 'company'], { photo: { ...PHOTO, ...(call.body as object) } }),
          ),
      },
      { photo: PHOTO },
    );

    const zoom = screen.getByRole('slider', { name: 'Inzoomen' });
    expect(zoom).toHaveAttribute('aria-valuetext', '1×');
    zoom.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(zoom).toHaveAttribute('aria-valuetext', '1,3×');
    screen.getByRole('slider', { name: 'Naar links of rechts' }).focus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    screen.getByRole('slider', { name: 'Naar boven of onder' }).focus();
    await user.keyboard('{ArrowRight}');
    await user.click(screen.getByRole('button', { name: 'Uitsnede bewaren' }));

    expect(await screen.findByText('Je uitsnede is bewaard.')).toBeInTheDocument();
    const body = api.callsTo('PUT', '/api/v1/provider/profile/photo/crop')[0]?.body as {
      x: number;
      y: number;
      zoom: number;
    };
    expect(body.x).toBeCloseTo(0.48);
    expect(body.y).toBeCloseTo(0.34);
    expect(body.zoom).toBeCloseTo(1.3);
    expect(zoom).toHaveAttribute('aria-valuetext', '1,3×');
  });

  it('removes the photo, and goes on without one', async () => {
    const user = userEvent.setup();
    let profile = profileWith(['personal', 'company'], { photo: PHOTO });
    const api = await renderProfileStep(
      {
        'GET /api/v1/provider/profile': () => json(profile),
        'DELETE /api/v1/provider/profile/photo': () => {
          profile = { ...profile, photo: null };
          return noContent();
        },
      },
      { photo: PHOTO },
    );

    await user.click(screen.getByRole('button', { name: 'Foto verwijderen' }));

    expect(await screen.findByLabelText('Kies een foto')).toBeInTheDocument();
    expect(screen.getByText('Je foto is verwijderd.')).toBeInTheDocument();
    expect(api.callsTo('DELETE', '/api/v1/provider/profile/photo')).toHaveLength(1);
    await user.type(introduction(), 'Computerhulp aan huis.');
    await user.click(screen.getByRole('button', { name: 'Volgende stap' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Jouw beschikbaarheid' }),
    ).toBeInTheDocument();
  });
});
