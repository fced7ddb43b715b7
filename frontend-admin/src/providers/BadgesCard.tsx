import { errorMessage } from '@kring/common';
import { Alert, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../components/SectionCard';
import { useSetBadges, type Badges, type Provider } from '../api/providers';

const BADGES = ['identity_document_seen', 'seen_in_person', 'introduction_video'] as const;

/** The badges staff give after seeing something themselves; each switch is saved at once. */
export function BadgesCard({ provider, mayChange }: { provider: Provider; mayChange: boolean }) {
  const { t } = useTranslation();
  const setBadges = useSetBadges(provider.id);
  return (
    <SectionCard
      id="provider-badges"
      title={t('provider.badges.title')}
      lead={t('provider.badges.lead')}
    >
      {BADGES.map((badge) => (
        <Switch
          key={badge}
          id={`badge-${badge}`}
          label={t(`provider.badges.${badge}`)}
          checked={provider[badge]}
          disabled={!mayChange || setBadges.isPending}
          onChange={(event) => {
            const body: Badges = { [badge]: event.currentTarget.checked };
            setBadges.mutate(body);
          }}
        />
      ))}
      {setBadges.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(setBadges.error, t)}
        </Alert>
      ) : null}
    </SectionCard>
  );
}
