import { FormErrors } from '@kring/common';
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNeighbourhood, useRefer } from '../api/posts';

/**
 * The neighbourhood worker's: refer a help request to one of the neighbourhood's local
 * organisations. The page shows it only when the API says the reader may (`can_refer`), or on
 * the worker's own unanswered list.
 */
export function ReferPost({
  postId,
  neighbourhoodId,
}: {
  postId: string;
  neighbourhoodId: string;
}) {
  const { t } = useTranslation();
  const neighbourhood = useNeighbourhood(neighbourhoodId);
  const refer = useRefer(postId);
  const [chosen, setChosen] = useState('');
  const organisations = (neighbourhood.data?.local_organisations ?? []).filter(
    (organisation) => !organisation.archived_at,
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen) refer.mutate(chosen);
  };
  if (neighbourhood.isSuccess && organisations.length === 0)
    return (
      <Text size="sm" c="dark.5">
        {t('posts.refer.none')}
      </Text>
    );
  const selectId = `refer-${postId}`;
  return (
    <Stack gap="xs" component="form" onSubmit={onSubmit}>
      <FormErrors messages={refer.error ? [refer.error.message] : []} />
      {refer.data?.referral ? (
        <Text size="sm" fw={600} role="status">
          {t('posts.refer.done', { name: refer.data.referral.organisation_name })}
        </Text>
      ) : null}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          id={selectId}
          label={t('posts.refer.organisation')}
          value={chosen}
          onChange={(event) => setChosen(event.currentTarget.value)}
          data={[
            { value: '', label: t('posts.refer.choose') },
            ...organisations.map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            })),
          ]}
          style={{ flex: '1 1 220px' }}
        />
        <Button
          type="submit"
          variant="light"
          color="kringClay"
          disabled={!chosen}
          loading={refer.isPending}
        >
          {t('posts.refer.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
