import { Alert, Box, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { UploadStatus, type VideoUpload } from './UploadStatus';
import { MAX_RECORDING_SECONDS, useRecorder } from './useRecorder';

const HOW_IT_WORKS = ['start', 'permission', 'countdown', 'stop', 'review', 'save'] as const;

/** 75 → "1:15". */
function minutesAndSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Recording the introduction video in the browser: the source's steps, a dark stage with the
 * start button, the live picture (muted) during the countdown and the recording, the recording
 * to watch afterwards, and "record again" or "save". What happens is said in a live region too.
 */
export function Recorder({
  upload,
  onStart,
}: {
  upload: VideoUpload;
  /** A new recording begins: what the page said about the last one is old news. */
  onStart?: () => void;
}) {
  const { t } = useTranslation();
  const { state, stream, start, stop, reset } = useRecorder();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);
  const playbackRef = useRef<HTMLVideoElement>(null);
  const { phase } = state;
  const begin = () => {
    onStart?.();
    void start();
  };

  // The focus follows the one thing to do next, so keyboard users are never left on nothing.
  useEffect(() => {
    if (phase === 'countdown') cancelRef.current?.focus();
    if (phase === 'recording') stopRef.current?.focus();
    // Not on "Save": the space bar that stopped the recording must not save it too.
    if (phase === 'recorded') playbackRef.current?.focus();
  }, [phase]);

  const save = async () => {
    if (state.phase !== 'recorded') return;
    if (await upload.save(state.video, 'recording')) reset();
  };

  const live = phase === 'countdown' || phase === 'recording';
  let announcement = '';
  if (state.phase === 'countdown') {
    announcement = t('video.recorder.countdown', { count: state.secondsLeft });
  } else if (phase === 'recording') {
    announcement = t('video.recorder.recording');
  } else if (phase === 'recorded') {
    announcement = t('video.recorder.recorded');
  } else if (phase === 'asking') {
    announcement = t('video.recorder.asking');
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="video-record-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="video-record-title">
          {t('video.recorder.title')}
        </Title>
        <Stack gap={4}>
          <Text fw={700} size="sm" id="video-how-title">
            {t('video.how.title')}
          </Text>
          <List type="ordered" size="sm" spacing={2} aria-labelledby="video-how-title">
            {HOW_IT_WORKS.map((step) => (
              <List.Item key={step}>{t(`video.how.steps.${step}`)}</List.Item>
            ))}
          </List>
        </Stack>

        <Box
          pos="relative"
          bg="dark.8"
          style={{
            borderRadius: 'var(--mantine-radius-md)',
            overflow: 'hidden',
            aspectRatio: '16 / 9',
          }}
          data-testid="recorder-stage"
        >
          {live && stream ? (
            <video
              ref={(node) => {
                if (node && node.srcObject !== stream) node.srcObject = stream;
              }}
              muted
              autoPlay
              playsInline
              aria-label={t('video.recorder.previewLabel')}
              style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }}
            />
          ) : null}
          {state.phase === 'recorded' ? (
            <video
              ref={playbackRef}
              src={state.url}
              controls
              playsInline
              aria-label={t('video.recorder.playbackLabel')}
              style={{ width: '100%', height: '100%', display: 'block', background: 'black' }}
            />
          ) : null}
          {state.phase === 'countdown' ? (
            <Stack pos="absolute" inset={0} align="center" justify="center" aria-hidden="true">
              <Text
                fz={96}
                fw={800}
                c="white"
                lh={1}
                style={{ textShadow: '0 2px 12px rgba(0,0,0,0.8)' }}
                data-testid="countdown"
              >
                {state.secondsLeft}
              </Text>
            </Stack>
          ) : null}
          {state.phase === 'recording' ? (
            <Group
              pos="absolute"
              top={12}
              left={12}
              gap={8}
              px="sm"
              py={4}
              bg="rgba(0,0,0,0.72)"
              style={{ borderRadius: 999 }}
            >
              <Box w={12} h={12} bg="red.6" style={{ borderRadius: '50%' }} aria-hidden="true" />
              <Text size="sm" fw={700} c="white" data-testid="elapsed">
                {t('video.recorder.elapsed', { time: minutesAndSeconds(state.seconds) })}
              </Text>
            </Group>
          ) : null}
          {phase === 'idle' ||
          phase === 'asking' ||
          phase === 'denied' ||
          phase === 'unavailable' ? (
            <Stack pos="absolute" inset={0} align="center" justify="center" gap="sm" p="md">
              <Text c="white" ta="center" fw={600} size="sm" maw={360}>
                {t('video.recorder.stageHint')}
              </Text>
              <Button size="md" color="kringClay.7" onClick={begin} loading={phase === 'asking'}>
                {t('video.recorder.start')}
              </Button>
            </Stack>
          ) : null}
        </Box>

        <Text role="status" aria-live="polite" size="sm" fw={600} mih={20}>
          {announcement}
        </Text>

        {phase === 'denied' || phase === 'unavailable' ? (
          <Alert
            color="kringClay"
            variant="light"
            title={t(`video.recorder.${phase}.title`)}
            role="alert"
          >
            <Text size="sm">{t(`video.recorder.${phase}.body`)}</Text>
          </Alert>
        ) : null}

        {phase === 'countdown' ? (
          <Group>
            <Button ref={cancelRef} variant="default" onClick={reset}>
              {t('video.recorder.cancel')}
            </Button>
          </Group>
        ) : null}
        {phase === 'recording' ? (
          <Stack gap={6} align="flex-start">
            <Button ref={stopRef} color="red.8" size="md" onClick={stop}>
              {t('video.recorder.stop')}
            </Button>
            <Text size="sm" c="dark.5">
              {t('video.recorder.maxLength', { count: MAX_RECORDING_SECONDS / 60 })}
            </Text>
          </Stack>
        ) : null}
        {phase === 'recorded' ? (
          <Stack gap="sm">
            <Group gap="sm">
              <Button variant="default" onClick={begin} disabled={upload.busy}>
                {t('video.recorder.again')}
              </Button>
              <Button onClick={() => void save()} loading={upload.busy}>
                {t('video.recorder.save')}
              </Button>
            </Group>
            <UploadStatus upload={upload} source="recording" />
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
