import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ShownProfile } from './types';

/** Where "Startpagina" and the profile's first category lead (the public site's pages). */
export interface ProfileLinks {
  home: string;
  category: (slug: string) => string;
}

/**
 * "Startpagina › first category › name", as the source's profile page starts. A navigation
 * landmark with links on the public page; plain text without `links` (the provider's preview,
 * where those pages are the public site's).
 */
export function ProfileBreadcrumbs({
  profile,
  links,
}: {
  profile: ShownProfile;
  links?: ProfileLinks;
}) {
  const { t } = useTranslation();
  const category = profile.categories[0];
  const crumb = (label: string, href: string | undefined) =>
    href ? (
      <Anchor component={Link} to={href} size="sm">
        {label}
      </Anchor>
    ) : (
      <Text size="sm" c="dark.5">
        {label}
      </Text>
    );
  const trail = (
    <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
      {crumb(t('profile.home'), links?.home)}
      {category ? crumb(category.name, links?.category(category.slug)) : null}
      <Text size="sm" c="dark.7" fw={600} aria-current={links ? 'page' : undefined}>
        {profile.name}
      </Text>
    </Breadcrumbs>
  );
  return links ? <nav aria-label={t('profile.breadcrumbs')}>{trail}</nav> : trail;
}
