import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicProfile } from './types';

export interface ProfileBreadcrumbsProps {
  profile: PublicProfile;
  /** Where "Startpagina" and the category lead on the public site; without them, plain text. */
  homeHref?: string;
  categoryHref?: (slug: string) => string;
}

/**
 * "Startpagina › first category › name", as the source's profile page starts. A navigation
 * landmark only when it has links (the public page); the preview shows it as text.
 */
export function ProfileBreadcrumbs({ profile, homeHref, categoryHref }: ProfileBreadcrumbsProps) {
  const { t } = useTranslation();
  const category = profile.categories[0];
  const crumb = (label: string, href: string | undefined) =>
    href ? (
      <Anchor component={Link} to={href} size="sm" key={label}>
        {label}
      </Anchor>
    ) : (
      <Text size="sm" c="dark.5" key={label}>
        {label}
      </Text>
    );
  const trail = (
    <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
      {crumb(t('preview.home'), homeHref)}
      {category ? crumb(category.name, categoryHref?.(category.slug)) : null}
      <Text size="sm" c="dark.7" fw={600} aria-current={homeHref ? 'page' : undefined}>
        {profile.first_name}
      </Text>
    </Breadcrumbs>
  );
  return homeHref ? <nav aria-label={t('preview.breadcrumbs')}>{trail}</nav> : trail;
}
