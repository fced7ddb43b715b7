import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/createI18n';
import { LANGUAGE_STORAGE_KEY } from '../i18n/languages';
import { renderWithProviders } from '../test/renderWithProviders';
import { KringShell } from './KringShell';

const translations = {
  nl: { page: { title: 'Welkom bij Kring' } },
  fr: { page: { title: 'Bienvenue chez Kring' } },
  en: { page: { title: 'Welcome to Kring' } },
};

function Page() {
  return (
    <KringShell portal="partner" portalName="Partner" navItems={[{ to: '/', label: 'Start' }]}>
      <TitleFromI18n />
    </KringShell>
  );
}

function TitleFromI18n() {
  const { t } = useTranslation();
  return <h1>{t('page.title')}</h1>;
}

describe('LanguageSwitch', () => {
  it('starts in Dutch and switches the visible text to French and English', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Page />, { translations });

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Welkom bij Kring');
    expect(document.documentElement.lang).toBe('nl');

    const group = screen.getByRole('radiogroup', { name: 'Taal' });
    expect(group).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Français' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Bienvenue chez Kring');
    expect(screen.getByRole('radiogroup', { name: 'Langue' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Welcome to Kring');
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  });

  it('remembers the choice in localStorage and starts in it next time', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Page />, { translations });

    await user.click(screen.getByRole('radio', { name: 'Français' }));

    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
    const next = createI18n(translations);
    expect(next.language).toBe('fr');
    expect(next.t('page.title')).toBe('Bienvenue chez Kring');
  });

  it('ignores an unknown stored language and falls back to Dutch', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(createI18n(translations).language).toBe('nl');
  });
});
