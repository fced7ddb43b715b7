import { isApiProblem } from '@kring/client';
import { FormErrors, PageHeader } from '@kring/common';
import { Button, Card, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RequireStaff } from '../components/RequireStaff';
import { ADMIN_PATHS, CONCIERGE_PATHS, conciergeCasePath } from '../paths';
import { usePhoneCase, useSubscriptions } from './api';

/** A request that came by phone, entered by the concierge for a running subscription. */
export default function ConciergePhoneCasePage() {
  return (
    <RequireStaff task="work_concierge_cases">
      <PhoneCase />
    </RequireStaff>
  );
}

function PhoneCase() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const subscriptions = useSubscriptions('');
  const create = usePhoneCase();
  const [subscriptionId, setSubscriptionId] = useState('');
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        subscription_id: subscriptionId,
        subject: subject.trim(),
        description: description.trim(),
      },
      { onSuccess: (created) => void navigate(conciergeCasePath(created.id)) },
    );
  };
  const messages = create.error
    ? isApiProblem(create.error) && create.error.errors.length
      ? create.error.errors.map((error) => error.message)
      : [create.error.message]
    : [];
  const running = (subscriptions.data?.items ?? []).filter((item) => item.active);
  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <PageHeader
        title={t('concierge.phone.title')}
        crumbs={[
          { label: t('common.navigation.home'), to: ADMIN_PATHS.home },
          { label: t('concierge.title'), to: CONCIERGE_PATHS.queue },
        ]}
      />
      <Card withBorder padding="lg" component="form" onSubmit={onSubmit}>
        <Stack gap="md">
          <FormErrors messages={messages} />
          <NativeSelect
            id="phone-subscription"
            label={t('concierge.phone.subscription')}
            value={subscriptionId}
            onChange={(event) => setSubscriptionId(event.currentTarget.value)}
            required
            data={[
              { value: '', label: t('concierge.phone.subscriptionNone') },
              ...running.map((item) => ({ value: item.id, label: item.subscriber_name })),
            ]}
          />
          <TextInput
            id="phone-subject"
            label={t('concierge.phone.subject')}
            value={subject}
            onChange={(event) => setSubject(event.currentTarget.value)}
            maxLength={120}
            required
          />
          <Textarea
            id="phone-description"
            label={t('concierge.phone.description')}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            maxLength={4000}
            minRows={4}
            required
          />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('concierge.phone.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
