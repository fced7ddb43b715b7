import { errorMessage } from '@kring/common';
import { Alert, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSetHelperBadges, type Helper, type HelperBadges } from '../api/helpers';
import { SectionCard } from '../components/SectionCard';

const BADGES = ['identity_document_seen', 'seen_in_person'] as const;

/** The badges staff give after seeing it themselves; the identity badge makes a helper matchable. */
export function HelperBadgesCard({ helper, mayChange }: { helper: Helper; mayChange: boolean }) {
  const { t } = useTranslation();
  const setBadges = useSetHelperBadges(helper.id);
  return (
    <SectionCard id="helper-badges" title={t('helper.badges.title')} lead={t('helper.badges.lead')}>
      {BADGES.map((badge) => (
        <Switch
          key={badge}
          id={`helper-badge-${badge}`}
          label={t(`helper.badges.${badge}`)}
          checked={helper[badge]}
          disabled={!mayChange || setBadges.isPending}
          onChange={(event) => {
            const body: HelperBadges = {
              identity_document_seen: helper.identity_document_seen,
              seen_in_person: helper.seen_in_person,
              [badge]: event.currentTarget.checked,
            };
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
