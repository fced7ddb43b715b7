import { Alert, Anchor, Box, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../components/SectionCard';
import { providerVideoUrl, type Provider } from '../api/providers';

/**
 * The provider's introduction video, to watch before giving its badge. The API streams the file
 * with the staff member's session; it loads only when played, as each viewing is audited.
 */
export function VideoCard({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const url = providerVideoUrl(provider.id);
  const label = t('provider.video.label', { name: provider.name });
  return (
    <SectionCard
      id="provider-video"
      title={t('provider.video.title')}
      lead={t('provider.video.lead')}
      gap="sm"
    >
      {failed ? (
        <Alert color="orange" variant="light" role="status">
          {t('provider.video.failed')}
        </Alert>
      ) : (
        <Box
          component="video"
          controls
          preload="none"
          aria-label={label}
          aria-describedby="provider-video-captions"
          w="100%"
          mah={360}
          bg="black"
          style={{ borderRadius: 'var(--mantine-radius-md)', display: 'block' }}
          onError={() => setFailed(true)}
          data-testid="provider-video"
        >
          <source src={url} onError={() => setFailed(true)} />
          <Anchor href={url}>{label}</Anchor>
        </Box>
      )}
      <Text size="sm" id="provider-video-captions">
        {t('provider.video.noCaptions')}
      </Text>
      <Anchor href={url} target="_blank" rel="noopener" size="sm">
        {t('provider.video.open')}
      </Anchor>
    </SectionCard>
  );
}
