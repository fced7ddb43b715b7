import { errorMessage, formatFileSize } from '@kring/common';
import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_UPLOAD_BYTES,
  useDeletePriceList,
  useUploadPriceList,
  type PriceList,
} from '../../api/uploads';
import { FileDrop } from '../upload/FileDrop';

/**
 * The optional price list (a PDF) on step "Diensten & prijzen", for when three priced services
 * do not say enough: stored at once, apart from the step's form, and downloaded by customers
 * from the profile. The one stored is shown with its size, to download, replace or remove.
 */
export function PriceListField({
  priceList,
  headingOrder,
}: {
  priceList: PriceList | null;
  headingOrder: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const upload = useUploadPriceList();
  const remove = useDeletePriceList();
  const [notice, setNotice] = useState('');
  const hint = t('wizard.priceList.fileHint', {
    max: formatFileSize(MAX_UPLOAD_BYTES, i18n.language),
  });

  const send = (file: File) => {
    setNotice('');
    remove.reset();
    upload.mutate(file, { onSuccess: () => setNotice(t('wizard.priceList.uploaded')) });
  };
  const drop = () => {
    setNotice('');
    upload.reset();
    remove.mutate(undefined, { onSuccess: () => setNotice(t('wizard.priceList.removed')) });
  };
  const pick = {
    id: 'services-price-list-file',
    hint,
    accept: 'application/pdf',
    maxBytes: MAX_UPLOAD_BYTES,
    busy: upload.isPending,
    error: upload.error ? errorMessage(upload.error, t) : null,
    onFile: send,
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="services-pdf-title">
      <Stack gap={4}>
        <Title order={headingOrder} size="h4" id="services-pdf-title">
          {t('wizard.priceList.title')}
        </Title>
        <Text size="sm" c="dark.5">
          {t('wizard.priceList.hint')}
        </Text>
      </Stack>
      {priceList ? (
        <Paper withBorder radius="md" p="sm" data-testid="price-list">
          <Stack gap="sm">
            <Stack gap={2}>
              <Anchor href={priceList.url} download fw={700} style={{ alignSelf: 'flex-start' }}>
                {t('wizard.priceList.download')}
              </Anchor>
              <Text size="sm" c="dark.5">
                {t('wizard.priceList.size', {
                  size: formatFileSize(priceList.bytes, i18n.language),
                })}
              </Text>
            </Stack>
            <FileDrop
              compact
              label={t('wizard.priceList.replace')}
              {...pick}
              actions={
                <Button
                  variant="subtle"
                  color="red"
                  c="red.9"
                  px="xs"
                  loading={remove.isPending}
                  onClick={drop}
                >
                  {t('wizard.priceList.remove')}
                </Button>
              }
            />
          </Stack>
        </Paper>
      ) : (
        <FileDrop label={t('wizard.priceList.choose')} {...pick} />
      )}
      {remove.error ? (
        <Text role="alert" size="sm" c="red.9" fw={500}>
          {errorMessage(remove.error, t)}
        </Text>
      ) : null}
      <Text role="status" size="sm" c="kringTeal.9" fw={500}>
        {notice}
      </Text>
    </Stack>
  );
}
