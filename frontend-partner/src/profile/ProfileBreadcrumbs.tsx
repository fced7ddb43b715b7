import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicProfile } from '../api/providers';
import { categorySearchPath } from '../paths';

/** "Startpagina › first category › name", as the source's profile page starts. */
export function ProfileBreadcrumbs({ profile }: { profile: PublicProfile }) {
  const { t } = useTranslation();
  const category = profile.categories[0];
  return (
    <nav aria-label={t('profile.breadcrumbs')}>
      <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
        <Anchor component={Link} to="/" size="sm">
          {t('profile.home')}
        </Anchor>
        {category ? (
          <Anchor component={Link} to={categorySearchPath(category.slug)} size="sm">
            {category.name}
          </Anchor>
        ) : null}
        <Text size="sm" c="dark.7" fw={600} aria-current="page">
          {profile.name}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
