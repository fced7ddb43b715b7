import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Entry, HoursStart } from '../api/hours';
import { EntryForm } from './EntryForm';
import type { EntryMode } from './entryForm';

export type EditMode = Exclude<EntryMode, { kind: 'new' }>;

/**
 * The hours form for one entry in a dialog (the whole screen on a phone): changing waiting
 * hours, fixing rejected ones (with the reason given), or correcting approved ones (which then
 * wait for approval again).
 */
export function EntryDialog({
  start,
  editing,
  onClose,
  onSaved,
}: {
  start: HoursStart;
  editing: EditMode | null;
  onClose: () => void;
  onSaved: (entry: Entry, mode: EntryMode) => void;
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing ? t(`hours.dialog.${editing.kind}.title`) : ''}
      fullScreen={phone}
      size="lg"
      closeButtonProps={{ 'aria-label': t('hours.dialog.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {editing ? (
        <Stack gap="md">
          {editing.kind === 'fix' && editing.entry.reject_reason ? (
            <Alert color="red" variant="light" title={t('hours.dialog.fix.why')}>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {editing.entry.reject_reason}
              </Text>
            </Alert>
          ) : null}
          <Text size="sm">
            {t(`hours.dialog.${editing.kind}.lead`, {
              name: editing.entry.help_seeker_first_name,
            })}
          </Text>
          {/* A new form for each entry: its values are the entry's. */}
          <EntryForm
            key={`${editing.kind}-${editing.entry.id}`}
            start={start}
            mode={editing}
            idPrefix="edit"
            onSaved={onSaved}
            onCancel={onClose}
          />
        </Stack>
      ) : null}
    </Modal>
  );
}
