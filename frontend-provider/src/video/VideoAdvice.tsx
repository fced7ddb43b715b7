import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUPPORT_EMAIL } from '../home/paths';

const PROMPTS = ['introduce', 'services', 'unique', 'closing'] as const;
const TIPS = ['light', 'background', 'camera', 'framing', 'voice', 'noContact'] as const;

/** "1 minuut: Even voorstellen": what the video is for, and the four points to make in it. */
export function IntroductionPrompts() {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby="video-prompts-title"
      bg="kringTeal.0"
      style={{ borderColor: 'var(--mantine-color-kringTeal-1)' }}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id="video-prompts-title" c="kringTeal.9">
          {t('video.intro.title')}
        </Title>
        <Text size="sm">{t('video.intro.body')}</Text>
        <Text size="sm" fw={700}>
          {t('video.intro.promptsLead')}
        </Text>
        <List size="sm" spacing={4} listStyleType="none" p={0} m={0}>
          {PROMPTS.map((prompt) => (
            <List.Item key={prompt}>
              <Text component="span" size="sm" style={{ display: 'flex', gap: 8 }}>
                <Text component="span" c="kringTeal.8" fw={800} aria-hidden="true">
                  ✓
                </Text>
                {t(`video.intro.prompts.${prompt}`)}
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}

/** "Zo is je introductiefilmpje geschikt": the source's six tips. */
export function VideoTips() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="video-tips-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="video-tips-title">
          {t('video.tips.title')}
        </Title>
        <List size="sm" spacing={4}>
          {TIPS.map((tip) => (
            <List.Item key={tip}>{t(`video.tips.items.${tip}`)}</List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}

/** "De video tool werkt niet?": an e-mail to Kring's support, as the source offers. */
export function VideoHelp() {
  const { t } = useTranslation();
  const mailto = `mailto:${SUPPORT_EMAIL}?subject=${encodeURIComponent(t('video.help.subject'))}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="video-help-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="video-help-title">
          {t('video.help.title')}
        </Title>
        <Text size="sm">{t('video.help.body')}</Text>
        <Anchor href={mailto} size="sm" fw={600}>
          {t('video.help.link', { email: SUPPORT_EMAIL })}
        </Anchor>
      </Stack>
    </Card>
  );
}
