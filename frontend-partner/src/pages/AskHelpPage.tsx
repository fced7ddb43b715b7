import { FormErrors, RequireLogin, useDocumentTitle } from '@kring/common';
import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isKind, KINDS, useCreatePost, type PostKind } from '../api/posts';
import { feedPath, postPath } from '../paths';

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
  // The neighbourhood worker's form (from their unanswered list): on behalf of someone else.
  const [params] = useSearchParams();
  const forWorker = params.get('namens') === '1';
  const [onBehalf, setOnBehalf] = useState(forWorker);
  const [anonymous, setAnonymous] = useState(true);
  const [postedFor, setPostedFor] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        kind,
        title: title.trim(),
        body: body.trim(),
        wanted_on: wantedOn || null,
        on_behalf: onBehalf,
        anonymous: onBehalf && anonymous,
        posted_for_name: onBehalf && !anonymous ? postedFor.trim() : null,
      },
      { onSuccess: (post) => void navigate(postPath(post.id)) },
    );
  };

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
          {kind === 'help_request' ? (
            <TextInput
              id="post-wanted-on"
              type="date"
              label={t('posts.ask.wantedOn')}
              value={wantedOn}
              onChange={(event) => setWantedOn(event.currentTarget.value)}
            />
          ) : null}
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
          <Group justify="space-between">
            <Button component={Link} to={feedPath(neighbourhoodId)} variant="default">
              {t('posts.ask.cancel')}
            </Button>
            <Button type="submit" color="kringClay.7" loading={create.isPending}>
              {t('posts.ask.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
