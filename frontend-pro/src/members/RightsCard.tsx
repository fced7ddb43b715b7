import { errorMessage } from '@kring/common';
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetMemberRights, type Member, type MemberRights } from '../api/members';
import { useActiveMember } from './ActiveMember';
import { RightsFields } from './RightsFields';

/**
 * An admin sets a contact person's rights (their own too), saved on their own: the API refuses
 * to leave the organisation without an admin, and the switches then go back to what is saved.
 */
export function RightsCard({ member, isSelf }: { member: Member; isSelf: boolean }) {
  const { t } = useTranslation();
  const { organisationId, organisationName } = useActiveMember();
  const saved: MemberRights = {
    portal_admin: member.portal_admin,
    portal_employee: member.portal_employee,
  };
  const [value, setValue] = useState<MemberRights>(saved);
  const [done, setDone] = useState(false);
  const setRights = useSetMemberRights(organisationId, member.id);
  const changed =
    value.portal_admin !== saved.portal_admin || value.portal_employee !== saved.portal_employee;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="rights-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="rights-title">
            {t('rights.title')}
          </Title>
          <Text size="sm" c="dark.5">
            {isSelf ? t('rights.leadSelf', { organisation: organisationName }) : t('rights.lead')}
          </Text>
        </Stack>
        {isSelf ? (
          <Alert color="kringClay" variant="light" role="note">
            {t('rights.selfWarning', { organisation: organisationName })}
          </Alert>
        ) : null}
        <RightsFields
          idPrefix="rights"
          value={value}
          onChange={(next) => {
            setDone(false);
            setRights.reset();
            setValue(next);
          }}
          disabled={setRights.isPending}
        />
        <Text size="sm" c="dark.5">
          {t('rights.onlyAdmins')}
        </Text>
        {setRights.isError ? (
          <Alert color="red" variant="light" role="alert" data-testid="rights-error">
            {errorMessage(setRights.error, t)}
          </Alert>
        ) : null}
        {done ? (
          <Alert color="kringTeal" variant="light" role="status">
            {t('rights.saved')}
          </Alert>
        ) : null}
        <Button
          style={{ alignSelf: 'flex-start' }}
          disabled={!changed}
          loading={setRights.isPending}
          onClick={() =>
            setRights.mutate(value, {
              onSuccess: (answer) => {
                setValue({
                  portal_admin: answer.portal_admin,
                  portal_employee: answer.portal_employee,
                });
                setDone(true);
              },
              onError: () => setValue(saved),
            })
          }
        >
          {t('rights.save')}
        </Button>
      </Stack>
    </Card>
  );
}
