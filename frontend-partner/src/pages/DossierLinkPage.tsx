import { errorMessage, RequireLogin, useDocumentTitle } from '@kring/common';
import { Alert, Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAcceptDossierLink } from '../api/dossiers';
import { DOSSIER_PATHS, dossierPath } from '../paths';

/**
 * A link from an e-mail: an invitation to act for a help seeker (`invitation`), or a dossier
 * handed over to you (`transfer`). Signed in first (an account is needed), then one button.
 */
export default function DossierLinkPage({ kind }: { kind: 'invitation' | 'transfer' }) {
  return (
    <RequireLogin>
      <DossierLink kind={kind} />
    </RequireLogin>
  );
}

function DossierLink({ kind }: { kind: 'invitation' | 'transfer' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const accept = useAcceptDossierLink(kind);
  useDocumentTitle(t(`dossierLink.${kind}.title`), t('app.name'));
  return (
    <Stack maw={640} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
        {t(`dossierLink.${kind}.title`)}
      </Title>
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Text>{t(`dossierLink.${kind}.what`)}</Text>
          {token.length < 20 ? (
            <Alert color="kringClay" variant="light" role="alert">
              {t('dossierLink.broken')}
            </Alert>
          ) : (
            <>
              {accept.isError ? (
                <Alert color="kringClay" variant="light" role="alert">
                  {errorMessage(accept.error, t)}
                </Alert>
              ) : null}
              <Button
                color="kringClay.7"
                size="md"
                loading={accept.isPending}
                onClick={() =>
                  accept.mutate(token, {
                    onSuccess: (accepted) => void navigate(dossierPath(accepted.dossier_id)),
                  })
                }
                w={{ base: '100%', xs: 'auto' }}
              >
                {t(`dossierLink.${kind}.accept`)}
              </Button>
            </>
          )}
          <Anchor component={Link} to={DOSSIER_PATHS.list}>
            {t('dossierLink.toList')}
          </Anchor>
        </Stack>
      </Card>
    </Stack>
  );
}
