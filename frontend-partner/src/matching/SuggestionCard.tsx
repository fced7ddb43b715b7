import { useFormat } from '@kring/common';
import {
  Avatar,
  Badge,
  Button,
  Card,
  Group,
  List,
  Progress,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../api/matching';
import { ProposalStatusBadge } from './proposalStatus';

export interface SuggestionCardProps {
  rank: number;
  suggestion: Suggestion;
  /** Absent when the reader may not send proposals (a view-only proxy, a paused dossier). */
  onPropose?: (suggestion: Suggestion) => void;
}

/** One suggested helper: who, how well they fit (the score's parts in words) and what does not. */
export function SuggestionCard({ rank, suggestion, onPropose }: SuggestionCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `suggestion-${suggestion.helper_id}`;
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={headingId}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Avatar
          src={suggestion.photo_url}
          alt=""
          size={56}
          radius="xl"
          color="kringTeal"
          style={{ flex: 'none' }}
          // On a phone the reasons need the whole width.
          visibleFrom="xs"
        >
          {suggestion.first_name.slice(0, 1)}
        </Avatar>
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
            <div style={{ minWidth: 0 }}>
              <Title id={headingId} order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
                {t('matching.suggestion.title', { rank, name: suggestion.first_name })}
              </Title>
              <Text size="sm" c="dark.5">
                {suggestion.kind === 'paid' && suggestion.hourly_rate_cents !== null
                  ? t('matching.suggestion.paid', {
                      rate: format.money(suggestion.hourly_rate_cents),
                    })
                  : t('matching.suggestion.volunteer')}
                {' · '}
                {t('matching.suggestion.distance', {
                  km: format.number(suggestion.distance_km, 1),
                })}
              </Text>
            </div>
            <Stack gap={2} align="flex-end" miw={120}>
              <Text size="sm" fw={700}>
                {t('matching.suggestion.score', { score: format.number(suggestion.score, 0) })}
              </Text>
              <Progress
                value={suggestion.score}
                w={120}
                color="kringTeal.7"
                aria-label={t('matching.suggestion.scoreLabel', {
                  name: suggestion.first_name,
                  score: format.number(suggestion.score, 0),
                })}
              />
            </Stack>
          </Group>
          {suggestion.introduction ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {suggestion.introduction}
            </Text>
          ) : null}
          <Text size="sm" fw={600} mt={4}>
            {t('matching.suggestion.why')}
          </Text>
          <List size="sm" spacing={4}>
            {suggestion.parts.map((part) => (
              <List.Item
                key={part.part}
                icon={
                  <ThemeIcon size={18} radius="xl" color="kringTeal.7" aria-hidden="true">
                    ✓
                  </ThemeIcon>
                }
              >
                <Text span size="sm" fw={600}>
                  {t(`matching.parts.${part.part}`)}
                </Text>{' '}
                <Text span size="sm" c="dark.5">
                  ({format.number(part.points, 0)}/{format.number(part.max_points, 0)})
                </Text>
                {': '}
                {part.detail}
              </List.Item>
            ))}
          </List>
          {suggestion.misfits.length > 0 ? (
            <>
              <Text size="sm" fw={600} mt={4}>
                {t('matching.suggestion.misfits')}
              </Text>
              <List size="sm" spacing={4}>
                {suggestion.misfits.map((misfit) => (
                  <List.Item
                    key={misfit}
                    icon={
                      <ThemeIcon size={18} radius="xl" color="kringClay.7" aria-hidden="true">
                        ✗
                      </ThemeIcon>
                    }
                  >
                    {misfit}
                  </List.Item>
                ))}
              </List>
            </>
          ) : null}
          <Group gap="xs" mt={4}>
            {suggestion.open_proposal ? (
              <>
                <Text size="sm">{t('matching.suggestion.proposed')}</Text>
                <ProposalStatusBadge status={suggestion.open_proposal.status} />
              </>
            ) : onPropose ? (
              <Button
                size="sm"
                color="kringClay.7"
                onClick={() => onPropose(suggestion)}
                aria-label={t('matching.suggestion.proposeTo', { name: suggestion.first_name })}
              >
                {t('matching.suggestion.propose')}
              </Button>
            ) : null}
            {suggestion.languages.length > 0 ? (
              <Group gap={4}>
                {suggestion.languages.map((code) => (
                  <Badge key={code} variant="outline" color="gray.7" tt="uppercase" size="sm">
                    {code}
                  </Badge>
                ))}
              </Group>
            ) : null}
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}
