import { isApiProblem } from '@kring/client';
import { CharacterCount, COUNTER_BELOW, FormErrors } from '@kring/common';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useStartConversation } from '../api/neighbourhoods';
import { conversationPath } from '../paths';

export const MESSAGE_MAX = 2000;

/**
 * "Stuur een bericht": the first message to a neighbour (`toUserId`) or to a post's author
 * (`postId`); then on to the conversation. A refusal (blocked, suspended) is said in words.
 */
export function WriteDialog(props: {
  opened: boolean;
  onClose: () => void;
  title: string;
  toUserId?: string;
  postId?: string;
}) {
  const { opened, onClose, title, toUserId, postId } = props;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartConversation();
  const [body, setBody] = useState('');

  const error = start.error;
  const message = !error
    ? null
    : isApiProblem(error) && error.status === 403
      ? t('myNeighbourhood.helpers.refused')
      : isApiProblem(error) && error.status === 429
        ? t('myNeighbourhood.helpers.tooMany')
        : error.message;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text || text.length > MESSAGE_MAX) return;
    start.mutate(
      {
        body: text,
        ...(toUserId ? { to_user_id: toUserId } : {}),
        ...(postId ? { post_id: postId } : {}),
      },
      { onSuccess: (conversation) => void navigate(conversationPath(conversation.id)) },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <FormErrors messages={message ? [message] : []} />
          <Textarea
            id="write-body"
            label={t('myNeighbourhood.helpers.message')}
            inputWrapperOrder={COUNTER_BELOW}
            description={
              <CharacterCount
                value={body}
                max={MESSAGE_MAX}
                hint={t('myNeighbourhood.helpers.messageHint')}
              />
            }
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            maxLength={MESSAGE_MAX}
            rows={5}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('myNeighbourhood.helpers.cancel')}
            </Button>
            <Button type="submit" color="kringClay.7" loading={start.isPending}>
              {t('myNeighbourhood.helpers.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
