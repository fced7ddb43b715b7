import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useInbox } from '../api/contactRequests';
import { PROVIDER_PATHS } from './paths';

/** The welcome message's links, each a card: what is there and the way to it. */
const LINKS = [
  { key: 'preview', to: PROVIDER_PATHS.preview },
  { key: 'settings', to: PROVIDER_PATHS.settings },
  { key: 'video', to: PROVIDER_PATHS.video },
  { key: 'promotion', to: PROVIDER_PATHS.promotion },
] as const;

export type QuickLink = (typeof LINKS)[number]['key'];

/**
 * Where the provider goes from the home page: the contact requests (with how many wait for an
 * answer), the profile as customers see it, the settings, the introduction video and the
 * promotion packages. `only` limits the links (a provider still signing up has no settings yet).
 */
export function QuickLinks({
  only,
  withRequests = true,
}: {
  only?: readonly QuickLink[];
  withRequests?: boolean;
}) {
  const { t } = useTranslation();
  const links = only ? LINKS.filter((link) => only.includes(link.key)) : LINKS;
  return (
    <Stack gap="sm" component="section" aria-labelledby="home-links-title">
      <Title order={2} size="h3" id="home-links-title">
        {t('home.links.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: withRequests ? 3 : 2 }} spacing="md">
        {withRequests ? <RequestsLink /> : null}
        {links.map((link) => (
          <Card
            key={link.key}
            withBorder
            padding="lg"
            component="article"
            aria-labelledby={`home-link-${link.key}`}
          >
            <Stack gap="xs" h="100%" justify="space-between">
              <Stack gap={4}>
                <Title order={3} size="h4" id={`home-link-${link.key}`}>
                  {t(`home.links.${link.key}.title`)}
                </Title>
                <Text size="sm">{t(`home.links.${link.key}.body`)}</Text>
              </Stack>
              <Group>
                <Button component={Link} to={link.to} variant="light">
                  {t(`home.links.${link.key}.action`)}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/**
 * The inbox's card: how many requests wait for an answer and how many of those are late, with
 * the way to them. Shares the inbox's first page, so opening it is instant.
 */
function RequestsLink() {
  const { t } = useTranslation();
  const inbox = useInbox('all');
  const counts = inbox.data?.pages[0];
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby="home-link-requests">
      <Stack gap="xs" h="100%" justify="space-between">
        <Stack gap={4}>
          <Group gap="xs" justify="space-between" align="flex-start">
            <Title order={3} size="h4" id="home-link-requests">
              {t('home.links.requests.title')}
            </Title>
            {counts && counts.overdue > 0 ? (
              <Badge variant="filled" color="red.9" tt="none">
                {t('home.links.requests.overdue', { count: counts.overdue })}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" data-testid="home-requests-counts">
            {counts
              ? counts.open === 0
                ? t('home.links.requests.none')
                : counts.overdue > 0
                  ? t('home.links.requests.openLate', {
                      count: counts.open,
                      overdue: counts.overdue,
                    })
                  : t('home.links.requests.open', { count: counts.open })
              : t('home.links.requests.body')}
          </Text>
        </Stack>
        <Group>
          <Button component={Link} to={PROVIDER_PATHS.requests} variant="light">
            {t('home.links.requests.action')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
