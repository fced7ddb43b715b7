import { Anchor, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { helpersPath, MESSAGE_PATHS, MY_NEIGHBOURHOOD_PATHS } from '../paths';
import { WriteDialog } from './WriteDialog';

/** The feed header's links: the neighbours who can help, my neighbourhood profile, messages. */
export function NeighbourhoodLinks({ neighbourhoodId }: { neighbourhoodId: string }) {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('myNeighbourhood.nav')} gap="md" wrap="wrap">
      <Anchor component={Link} to={helpersPath(neighbourhoodId)}>
        {t('myNeighbourhood.links.helpers')}
      </Anchor>
      <Anchor component={Link} to={MY_NEIGHBOURHOOD_PATHS.profile}>
        {t('myNeighbourhood.links.profile')}
      </Anchor>
      <Anchor component={Link} to={MESSAGE_PATHS.list}>
        {t('myNeighbourhood.links.messages')}
      </Anchor>
    </Group>
  );
}

/** "Stuur een bericht" to a post's author (or the worker who posted it for someone). */
export function WriteToAuthor({ postId, author }: { postId: string; author: string }) {
  const { t } = useTranslation();
  const [writing, setWriting] = useState(false);
  return (
    <>
      <Button
        variant="light"
        color="kringClay"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => setWriting(true)}
      >
        {t('myNeighbourhood.links.writeAuthor')}
      </Button>
      <WriteDialog
        opened={writing}
        onClose={() => setWriting(false)}
        title={t('myNeighbourhood.helpers.writeTo', { name: author })}
        postId={postId}
      />
    </>
  );
}
