import { Alert, Badge, Group, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../shell/useDocumentTitle';
import { EmptyState } from '../../states/EmptyState';
import { ErrorState } from '../../states/ErrorState';
import { LoadingState } from '../../states/LoadingState';
import { useMe, type Membership } from '../api/me';
import { useChooseOrganisation, useMyOrganisations } from '../api/organisations';
import { AuthCard } from '../AuthCard';
import { NEXT_PARAM, safeNextPath } from '../paths';
import { errorMessage } from '../../forms/submitErrors';
import classes from '../choice.module.css';
import { foldForSearch, organisationKindLabel } from './organisationKind';

/**
 * Choose the organisation to act for: after logging in (a member of several), when the API
 * asks for it, or to switch. A filter narrows the list by name or kind as you type.
 */
export function OrganisationChooserPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.organisations.title'), t('app.name'));
  const organisations = useMyOrganisations();
  const me = useMe();
  const choose = useChooseOrganisation();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const [filter, setFilter] = useState('');

  const shown = useMemo(() => {
    const wanted = foldForSearch(filter.trim());
    return (organisations.data ?? []).filter(
      (organisation) =>
        !wanted ||
        foldForSearch(
          `${organisation.organisation_name} ${organisationKindLabel(organisation.kind, t)}`,
        ).includes(wanted),
    );
  }, [organisations.data, filter, t]);

  const pick = (organisation: Membership) =>
    choose.mutate(organisation.organisation_id, {
      onSuccess: () => void navigate(safeNextPath(searchParams.get(NEXT_PARAM)), { replace: true }),
    });

  let list;
  if (organisations.isPending) list = <LoadingState />;
  else if (organisations.isError)
    list = <ErrorState error={organisations.error} onRetry={() => void organisations.refetch()} />;
  else if (organisations.data.length === 0)
    list = <EmptyState title={t('auth.organisations.none')} />;
  else
    list = (
      <Stack gap="sm">
        <TextInput
          id="organisation-filter"
          type="search"
          label={t('auth.organisations.filter')}
          description={t('auth.organisations.filterHint')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
          autoComplete="off"
        />
        <Text
          size="sm"
          c="dark.5"
          role="status"
          aria-live="polite"
          data-testid="organisation-count"
        >
          {shown.length === 0
            ? t('auth.organisations.noMatch', { filter: filter.trim() })
            : t('auth.organisations.count', { count: shown.length })}
        </Text>
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {shown.map((organisation) => {
            const active = organisation.organisation_id === me.data?.active_organisation_id;
            return (
              <li key={organisation.organisation_id}>
                <UnstyledButton
                  className={classes.choice}
                  onClick={() => pick(organisation)}
                  disabled={choose.isPending}
                  aria-current={active ? 'true' : undefined}
                  data-active={active || undefined}
                >
                  <Text fw={700} c="kringTeal.9" style={{ overflowWrap: 'anywhere' }}>
                    {organisation.organisation_name}
                  </Text>
                  <Group gap="xs" mt={4}>
                    <Text size="sm" c="dark.5">
                      {organisationKindLabel(organisation.kind, t)}
                    </Text>
                    {organisation.portal_admin ? (
                      <Badge variant="light" color="kringClay" size="sm">
                        {t('auth.organisations.admin')}
                      </Badge>
                    ) : null}
                    {active ? (
                      <Badge variant="filled" color="kringTeal" size="sm">
                        {t('auth.organisations.current')}
                      </Badge>
                    ) : null}
                  </Group>
                </UnstyledButton>
              </li>
            );
          })}
        </Stack>
      </Stack>
    );

  return (
    <AuthCard title={t('auth.organisations.title')} lead={t('auth.organisations.lead')}>
      {choose.isError ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(choose.error, t)}
        </Alert>
      ) : null}
      {list}
    </AuthCard>
  );
}
