import { ErrorState, LoadingState, RequireLogin, useDocumentTitle } from '@kring/common';
import { Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { useMyNeighbourhoodWork, useMyResidence } from '../api/neighbourhoods';
import { feedPath, unansweredPath } from '../paths';
import { AddressForm } from './AddressForm';

/**
 * "Mijn buurt": a resident goes straight to their neighbourhood's feed; someone without a
 * residence joins with their home address; a neighbourhood worker sees the neighbourhoods they serve.
 */
export default function MyNeighbourhoodPage() {
  return (
    <RequireLogin>
      <MyNeighbourhood />
    </RequireLogin>
  );
}

function MyNeighbourhood() {
  const { t } = useTranslation();
  useDocumentTitle(t('myNeighbourhood.home.documentTitle'), t('app.name'));
  const navigate = useNavigate();
  const residence = useMyResidence();
  const work = useMyNeighbourhoodWork();

  if (residence.isPending || work.isPending) return <LoadingState />;
  if (residence.isError)
    return <ErrorState error={residence.error} onRetry={() => void residence.refetch()} />;
  if (work.isError) return <ErrorState error={work.error} onRetry={() => void work.refetch()} />;
  const served = work.data;
  const home = residence.data;
  if (home && served.length === 0) return <Navigate to={feedPath(home.neighbourhood.id)} replace />;

  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
        {t('myNeighbourhood.home.documentTitle')}
      </Title>
      {home ? (
        <Button
          component={Link}
          to={feedPath(home.neighbourhood.id)}
          color="kringClay.7"
          style={{ alignSelf: 'flex-start' }}
        >
          {t('myNeighbourhood.home.toFeed', { name: home.neighbourhood.name })}
        </Button>
      ) : (
        <Card withBorder padding="lg">
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={2} size="h3">
                {t('myNeighbourhood.home.joinTitle')}
              </Title>
              <Text c="dark.5">{t('myNeighbourhood.home.joinLead')}</Text>
            </Stack>
            <AddressForm
              idPrefix="join"
              submitLabel={t('myNeighbourhood.home.join')}
              onDone={(joined) => void navigate(feedPath(joined.neighbourhood.id))}
            />
          </Stack>
        </Card>
      )}
      {served.length > 0 ? (
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={2} size="h3">
              {t('myNeighbourhood.home.workTitle')}
            </Title>
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {served.map((neighbourhood) => (
                <Stack component="li" key={neighbourhood.id} gap={2}>
                  <Anchor component={Link} to={feedPath(neighbourhood.id)} fw={600}>
                    {t('myNeighbourhood.home.feed', { name: neighbourhood.name })}
                  </Anchor>
                  <Anchor component={Link} to={unansweredPath(neighbourhood.id)} size="sm">
                    {t('myNeighbourhood.home.unanswered', { name: neighbourhood.name })}
                  </Anchor>
                </Stack>
              ))}
            </Stack>
          </Stack>
        </Card>
      ) : null}
    </Stack>
  );
}
