import { isApiProblem } from '@kring/client';
import { FormErrors, parseEuros } from '@kring/common';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OPTION_KINDS, usePropose, type OptionKind } from './api';

/** Who a proposal is for, picked from the look-ups above the form. */
export interface ProposalTarget {
  kind: OptionKind;
  id: string;
  name: string;
}

/** "Voorstel doen": a neighbour, volunteer, help request or provider, with its cost in euros. */
export function ProposalForm(props: {
  caseId: string;
  target: ProposalTarget | null;
  onKind: (kind: OptionKind) => void;
  kind: OptionKind;
}) {
  const { caseId, target, kind, onKind } = props;
  const { t } = useTranslation();
  const propose = usePropose(caseId);
  const [postId, setPostId] = useState('');
  const [description, setDescription] = useState('');
  const [cost, setCost] = useState('0');
  const [costError, setCostError] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const cents = parseEuros(cost);
    if (cents === null || cents < 0) {
      setCostError(t('concierge.form.amount'));
      return;
    }
    setCostError(null);
    const who = target && target.kind === kind ? target.id : undefined;
    propose.mutate(
      {
        kind,
        description: description.trim(),
        cost_cents: cents,
        user_id: kind === 'neighbour' || kind === 'volunteer' ? who : undefined,
        provider_profile_id: kind === 'provider' ? who : undefined,
        post_id: kind === 'help_request' ? postId.trim() || undefined : undefined,
      },
      {
        onSuccess: () => {
          setDescription('');
          setCost('0');
        },
      },
    );
  };
  const messages = propose.error
    ? isApiProblem(propose.error) && propose.error.errors.length
      ? propose.error.errors.map((error) => error.message)
      : [propose.error.message]
    : [];
  return (
    <form onSubmit={onSubmit} aria-labelledby="case-proposal">
      <Stack gap="md">
        <FormErrors messages={messages} />
        {propose.isSuccess ? (
          <Alert color="kringTeal" role="status">
            {t('concierge.proposal.done')}
          </Alert>
        ) : null}
        <NativeSelect
          id="proposal-kind"
          label={t('concierge.proposal.kind')}
          value={kind}
          onChange={(event) => onKind(event.currentTarget.value as OptionKind)}
          data={OPTION_KINDS.map((value) => ({ value, label: t(`concierge.kind.${value}`) }))}
        />
        {kind === 'help_request' ? (
          <TextInput
            id="proposal-post"
            label={t('concierge.proposal.postId')}
            value={postId}
            onChange={(event) => setPostId(event.currentTarget.value)}
            required
          />
        ) : (
          <Text size="sm" fw={target && target.kind === kind ? 600 : 400}>
            {target && target.kind === kind
              ? t('concierge.proposal.target', { name: target.name })
              : t('concierge.proposal.targetNone')}
          </Text>
        )}
        <Textarea
          id="proposal-description"
          label={t('concierge.proposal.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          maxLength={1000}
          minRows={3}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            id="proposal-cost"
            label={t('concierge.proposal.cost')}
            inputMode="decimal"
            value={cost}
            onChange={(event) => setCost(event.currentTarget.value)}
            error={costError}
            required
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={propose.isPending}>
            {t('concierge.proposal.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
