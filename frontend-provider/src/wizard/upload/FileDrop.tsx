import { formatFileSize } from '@kring/common';
import { Box, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './FileDrop.module.css';

export interface FileDropProps {
  /** The file input's id; `<id>-hint` and `<id>-error` describe it. */
  id: string;
  /** The button's text, which is also the input's name ("Kies een foto"). */
  label: string;
  /** Which files, how big. */
  hint: string;
  /** The picker's filter (`image/png,image/jpeg`); what is dropped is not filtered: the API decides. */
  accept: string;
  maxBytes: number;
  busy: boolean;
  /** The API's refusal, in the user's language. */
  error?: string | null;
  onFile: (file: File) => void;
  /** Only the button (to replace a file already there): no box to drop on. */
  compact?: boolean;
  /** More buttons on the row of the picker's button ("Verwijderen"). */
  actions?: ReactNode;
}

/**
 * Choosing one file: a button that opens the picker (the real input is in the page, out of
 * sight, so keyboards and screen readers reach it) and, unless compact, a box to drop the file
 * on. A file over the size limit is refused at once, before a long upload; anything else goes to
 * the API, which checks the content.
 */
export function FileDrop(props: FileDropProps) {
  const {
    id,
    label,
    hint,
    accept,
    maxBytes,
    busy,
    error,
    onFile,
    compact = false,
    actions,
  } = props;
  const { t, i18n } = useTranslation();
  const [tooBig, setTooBig] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const shownError = tooBig ?? error ?? null;

  const take = (file: File | undefined) => {
    if (!file || busy) return;
    if (file.size > maxBytes) {
      setTooBig(
        t('wizard.upload.tooBig', {
          size: formatFileSize(file.size, i18n.language),
          max: formatFileSize(maxBytes, i18n.language),
        }),
      );
      return;
    }
    setTooBig(null);
    onFile(file);
  };
  const drop = compact
    ? {}
    : {
        onDragOver: (event: DragEvent) => {
          event.preventDefault();
          setDragging(true);
        },
        onDragLeave: () => setDragging(false),
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          setDragging(false);
          take(event.dataTransfer.files[0]);
        },
      };

  return (
    <Box
      className={compact ? undefined : classes.zone}
      data-dragging={dragging || undefined}
      data-invalid={shownError ? true : undefined}
      {...drop}
    >
      <Stack gap="xs" align="flex-start">
        <Group gap="sm" align="center">
          <input
            id={id}
            type="file"
            accept={accept}
            className={classes.input}
            disabled={busy}
            aria-invalid={shownError ? true : undefined}
            aria-describedby={`${id}-hint${shownError ? ` ${id}-error` : ''}`}
            onChange={(event) => {
              take(event.currentTarget.files?.[0]);
              // The same file may be chosen again after a refusal.
              event.currentTarget.value = '';
            }}
          />
          <Button
            component="label"
            htmlFor={id}
            className={classes.pick}
            variant={compact ? 'default' : 'filled'}
            data-disabled={busy || undefined}
          >
            {label}
          </Button>
          {compact ? null : (
            <Text size="sm" c="dark.5" aria-hidden="true">
              {t('wizard.upload.orDrop')}
            </Text>
          )}
          {actions}
        </Group>
        <Text id={`${id}-hint`} size="sm" c="dark.5">
          {hint}
        </Text>
        {busy ? (
          <Group gap="xs" role="status">
            <Loader size="xs" aria-hidden="true" />
            <Text size="sm">{t('wizard.upload.busy')}</Text>
          </Group>
        ) : null}
        {shownError ? (
          <Text id={`${id}-error`} role="alert" size="sm" c="red.9" fw={500}>
            {shownError}
          </Text>
        ) : null}
      </Stack>
    </Box>
  );
}
