import { errorMessage } from '@kring/common';
import { Anchor, Loader, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PdfLinkProps {
  /** The API's address of the PDF: the link works on its own too (a new tab, "save as"). */
  href: string;
  /** Fetches the PDF and saves it (with the API's file name); a failure is shown under the link. */
  onDownload: () => Promise<unknown>;
  describedBy?: string;
  children: ReactNode;
}

/** A link to a PDF that is downloaded in place, with a spinner while it comes and any failure. */
export function PdfLink({ href, onDownload, describedBy, children }: PdfLinkProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap={2} align="flex-start">
      <Anchor
        href={href}
        download
        aria-describedby={describedBy}
        aria-busy={busy || undefined}
        onClick={(event) => {
          event.preventDefault();
          if (busy) return;
          setBusy(true);
          setError(null);
          onDownload()
            .catch((failure: unknown) => setError(errorMessage(failure, t)))
            .finally(() => setBusy(false));
        }}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}
      >
        {children}
        {busy ? <Loader size={12} aria-hidden="true" /> : null}
      </Anchor>
      {error ? (
        <Text size="sm" c="red.9" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}
