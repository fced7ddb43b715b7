import { FormErrors, RequireLogin, useDocumentTitle } from '@kring/common';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useSkills } from '../api/dossiers';
import {
  DAY_PARTS,
  isDayPart,
  isKind,
  KINDS,
  PHOTO_TYPES,
  useCreatePost,
  useUploadPostPhoto,
  type DayPart,
  type PostKind,
  type PostRead,
} from '../api/posts';
import { feedPath, postPath } from '../paths';
import { photoProblem, UploadProgress } from '../posts/PostPhoto';

/** "Hulp vragen": a help request (or another post) in the neighbourhood's feed. */
export default function AskHelpPage() {
  return (
    <RequireLogin>
      <Ask />
    </RequireLogin>
  );
}

function Ask() {
  const { t } = useTranslation();
  useDocumentTitle(t('posts.ask.title'), t('app.name'));
  const { neighbourhoodId = '' } = useParams();
  const navigate = useNavigate();
  const create = useCreatePost(neighbourhoodId);
  const [kind, setKind] = useState<PostKind>('help_request');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [wantedOn, setWantedOn] = useState('');
  const [dayPart, setDayPart] = useState<DayPart | ''>('');
  const [skillId, setSkillId] = useState('');
  const skills = useSkills();
  const [photo, setPhoto] = useState<File | null>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const upload = useUploadPostPhoto();
  // The post was made but its photo was refused or lost: it exists, so no second submit.
  const [withoutPhoto, setWithoutPhoto] = useState<{ post: PostRead; error: string } | null>(null);
  // The neighbourhood worker's form (from their unanswered list): on behalf of someone else.
  const [params] = useSearchParams();
  const forWorker = params.get('namens') === '1';
  const [onBehalf, setOnBehalf] = useState(forWorker);
  const [anonymous, setAnonymous] = useState(true);
  const [postedFor, setPostedFor] = useState('');

  const helpRequest = kind === 'help_request';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (photoError) return;
    create.mutate(
      {
        kind,
        title: title.trim(),
        body: body.trim(),
        wanted_on: helpRequest && wantedOn ? wantedOn : null,
        day_part: helpRequest && wantedOn && dayPart ? dayPart : null,
        on_behalf: onBehalf,
        anonymous: onBehalf && anonymous,
        posted_for_name: onBehalf && !anonymous ? postedFor.trim() : null,
        // What the request asks for, when chosen (the municipality's figures count per skill).
        ...(helpRequest && skillId ? { skill_id: skillId } : {}),
      },
      {
        onSuccess: (post) => {
          if (!photo) {
            void navigate(postPath(post.id));
            return;
          }
          upload.mutate(
            { postId: post.id, file: photo },
            {
              onSuccess: () => void navigate(postPath(post.id)),
              onError: (error) => setWithoutPhoto({ post, error: error.message }),
            },
          );
        },
      },
    );
  };

  const onPhoto = (file: File | undefined) => {
    setPhoto(file ?? null);
    const problem = file ? photoProblem(file) : null;
    setPhotoError(problem ? t(`posts.ask.${problem}`) : null);
  };

  if (withoutPhoto)
    return (
      <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
        <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
          {t('posts.ask.title')}
        </Title>
        <Alert color="kringClay" title={t('posts.ask.photoFailedTitle')} role="alert">
          <Stack gap="sm">
            <Text>{t('posts.ask.photoFailed', { error: withoutPhoto.error })}</Text>
            <Group>
              <Button component={Link} to={postPath(withoutPhoto.post.id)} color="kringClay.7">
                {t('posts.ask.openPost')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      </Stack>
    );

  return (
    <Stack maw={720} mx="auto" gap="lg" py={{ base: 0, sm: 'lg' }}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 26, sm: 32 }} lh={1.2}>
          {t('posts.ask.title')}
        </Title>
        <Text c="dark.5">{t('posts.ask.lead')}</Text>
      </Stack>
      <Card withBorder padding="lg" component="form" onSubmit={onSubmit}>
        <Stack gap="md">
          <FormErrors messages={create.error ? [create.error.message] : []} />
          <NativeSelect
            id="post-kind"
            label={t('posts.ask.kind')}
            value={kind}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isKind(value)) setKind(value);
            }}
            data={KINDS.map((value) => ({ value, label: t(`posts.kind.${value}`) }))}
          />
          <TextInput
            id="post-title"
            label={t('posts.ask.titleLabel')}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            maxLength={120}
            required
          />
          <Textarea
            id="post-body"
            label={t('posts.ask.body')}
            description={t('posts.ask.bodyHint')}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            maxLength={4000}
            minRows={5}
            required
          />
          {helpRequest ? (
            <NativeSelect
              id="post-skill"
              label={t('posts.ask.skill')}
              description={t('posts.ask.skillHint')}
              value={skillId}
              onChange={(event) => setSkillId(event.currentTarget.value)}
              data={[
                { value: '', label: t('posts.ask.skillAny') },
                ...(skills.data ?? []).map((one) => ({ value: one.id, label: one.name })),
              ]}
            />
          ) : null}
          {helpRequest ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                id="post-wanted-on"
                type="date"
                label={t('posts.ask.wantedOn')}
                value={wantedOn}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setWantedOn(value);
                  // A part of the day goes only with a day.
                  if (!value) setDayPart('');
                }}
              />
              <NativeSelect
                id="post-day-part"
                label={t('posts.ask.dayPart')}
                description={wantedOn ? undefined : t('posts.ask.dayPartHint')}
                value={dayPart}
                disabled={!wantedOn}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setDayPart(isDayPart(value) ? value : '');
                }}
                data={[
                  { value: '', label: t('posts.ask.dayPartAny') },
                  ...DAY_PARTS.map((value) => ({ value, label: t(`posts.dayPart.${value}`) })),
                ]}
              />
            </SimpleGrid>
          ) : null}
          <Stack gap={4}>
            <Text component="label" htmlFor="post-photo" fw={500} size="sm">
              {t('posts.ask.photo')}
            </Text>
            <Text id="post-photo-hint" size="xs" c="dark.5">
              {t('posts.ask.photoHint')}
            </Text>
            <input
              id="post-photo"
              type="file"
              accept={PHOTO_TYPES.join(',')}
              aria-describedby="post-photo-hint"
              style={{ maxWidth: '100%' }}
              onChange={(event) => onPhoto(event.currentTarget.files?.[0])}
            />
            {photoError ? (
              <Text size="sm" c="red.8" role="alert">
                {photoError}
              </Text>
            ) : null}
          </Stack>
          {forWorker ? (
            <Stack gap="xs">
              <Checkbox
                id="post-on-behalf"
                label={t('posts.ask.onBehalf')}
                checked={onBehalf}
                onChange={(event) => setOnBehalf(event.currentTarget.checked)}
              />
              {onBehalf ? (
                <>
                  <Checkbox
                    id="post-anonymous"
                    label={t('posts.ask.anonymous')}
                    description={t('posts.ask.anonymousHint')}
                    checked={anonymous}
                    onChange={(event) => setAnonymous(event.currentTarget.checked)}
                  />
                  {anonymous ? null : (
                    <TextInput
                      id="post-for-name"
                      label={t('posts.ask.postedFor')}
                      value={postedFor}
                      onChange={(event) => setPostedFor(event.currentTarget.value)}
                      maxLength={100}
                      required
                    />
                  )}
                </>
              ) : null}
            </Stack>
          ) : null}
          <UploadProgress sent={upload.sent} />
          <Group justify="space-between">
            <Button component={Link} to={feedPath(neighbourhoodId)} variant="default">
              {t('posts.ask.cancel')}
            </Button>
            <Button
              type="submit"
              color="kringClay.7"
              loading={create.isPending || upload.isPending}
            >
              {t('posts.ask.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
