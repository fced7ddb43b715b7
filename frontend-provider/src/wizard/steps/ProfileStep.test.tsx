import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWizard } from '../../test/renderWizard';
import { profileWith, wizardApi } from '../../test/wizardFixtures';

const introduction = () => screen.getByRole('textbox', { name: /^Introductietekst/ });

async function renderProfileStep() {
  const api = wizardApi(profileWith(['personal', 'company']));
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
      await screen.findByRole('heading', { level: 1, name: 'Jouw beschikbaarheid' }),
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

  it('guides the long text with the three prompts and says the photo comes later', async () => {
    await renderProfileStep();
    const long = screen.getByRole('textbox', { name: 'Uitgebreide profieltekst' });
    expect(long).toHaveAccessibleDescription(
      expect.stringContaining('Stel jezelf voor en vertel iets meer over jezelf.'),
    );
    expect(long).toHaveAccessibleDescription(
      expect.stringContaining('Wat is er uniek aan jouw manier van dienstverlening?'),
    );
    expect(screen.getByText(/Een foto uploaden kan nog niet/)).toBeInTheDocument();
  });
});
