import { RequireLogin, useDocumentTitle } from '@kring/common';
import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useAcceptInvite } from '../api/neighbourhoods';
import { feedPath } from '../paths';
import { AddressForm } from './AddressForm';

/**
 * The link of an invitation e-mail: the invited person, signed in with the invited address,
 * gives their home address and joins the neighbourhood (also when the address lies on its edge).
 */
export default function AcceptInvitePage() {
  return (
    <RequireLogin>
      <AcceptInvite />
    </RequireLogin>
  );
}

function AcceptInvite() {
  const { t } = useTranslation();
  useDocumentTitle(t('myNeighbourhood.invite.title'), t('app.name'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const accept = useAcceptInvite(token);
  const navigate = useNavigate();

  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
        {t('myNeighbourhood.invite.title')}
      </Title>
      {token === '' ? (
        <Alert color="red" title={t('myNeighbourhood.invite.noToken')}>
          {t('myNeighbourhood.invite.noTokenHelp')}
        </Alert>
      ) : (
        <Card withBorder padding="lg">
          <Stack gap="md">
            <Text c="dark.5">{t('myNeighbourhood.invite.lead')}</Text>
            <AddressForm
              idPrefix="invite"
              submitLabel={t('myNeighbourhood.invite.submit')}
              save={(address) => accept.mutateAsync(address)}
              onDone={(joined) => void navigate(feedPath(joined.neighbourhood.id))}
            />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
