import { errorMessage, formatFileSize, useFormat } from '@kring/common';
import { Button, Group, Slider, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_UPLOAD_BYTES,
  originalPhotoUrl,
  useCropPhoto,
  useDeletePhoto,
  useUploadPhoto,
  type Photo,
  type PhotoCrop,
} from '../../api/uploads';
import { FileDrop } from '../upload/FileDrop';
import { squareView, type ImageSize } from './cropSquare';
import classes from './PhotoField.module.css';

const PHOTO_TYPES = 'image/png,image/jpeg';

const cropOf = (photo: Photo): PhotoCrop => ({ x: photo.x, y: photo.y, zoom: photo.zoom });

interface Pending {
  isPending: boolean;
  error: Error | null;
  reset: () => void;
}

/** Where a portrait is kept: the provider profile's by default, or the helper profile's. */
export interface PhotoHooks {
  useUpload: () => Pending & {
    mutate: (file: File, options?: { onSuccess?: () => void }) => void;
  };
  useCrop: () => Pending & {
    mutate: (crop: PhotoCrop, options?: { onSuccess?: () => void }) => void;
  };
  useDelete: () => Pending & {
    mutate: (input: undefined, options?: { onSuccess?: () => void }) => void;
  };
}

const PROVIDER_PHOTO: PhotoHooks = {
  useUpload: useUploadPhoto,
  useCrop: useCropPhoto,
  useDelete: useDeletePhoto,
};

/**
 * The portrait on step "Profiel": uploaded, cut and removed at once, apart from the step's texts
 * (and never needed to go on). Without a photo: a box to choose or drop one. With one: the
 * portrait as customers see it, and the square to cut, chosen with sliders.
 */
export function PhotoField({
  photo,
  headingOrder,
  hooks = PROVIDER_PHOTO,
  hint: photoHint,
}: {
  photo: Photo | null;
  headingOrder: 2 | 3;
  hooks?: PhotoHooks;
  /** What the photo is for, under the title (the provider's wording by default). */
  hint?: string;
}) {
  const { t, i18n } = useTranslation();
  const upload = hooks.useUpload();
  const remove = hooks.useDelete();
  const [notice, setNotice] = useState('');
  const hint = t('wizard.photo.fileHint', {
    max: formatFileSize(MAX_UPLOAD_BYTES, i18n.language),
  });

  const send = (file: File) => {
    setNotice('');
    remove.reset();
    upload.mutate(file, { onSuccess: () => setNotice(t('wizard.photo.uploaded')) });
  };
  const drop = () => {
    setNotice('');
    upload.reset();
    remove.mutate(undefined, { onSuccess: () => setNotice(t('wizard.photo.removed')) });
  };
  const uploadError = upload.error ? errorMessage(upload.error, t) : null;

  return (
    <Stack gap="md" component="section" aria-labelledby="profile-photo-title">
      <Stack gap={4}>
        <Title order={headingOrder} size="h4" id="profile-photo-title">
          {t('wizard.photo.title')}
        </Title>
        <Text size="sm" c="dark.5">
          {photoHint ?? t('wizard.photo.hint')}
        </Text>
      </Stack>
      {photo ? (
        <>
          <PhotoCropper
            photo={photo}
            useCrop={hooks.useCrop}
            onSaved={() => setNotice(t('wizard.photo.cropSaved'))}
          />
          <FileDrop
            compact
            id="profile-photo"
            label={t('wizard.photo.replace')}
            hint={hint}
            accept={PHOTO_TYPES}
            maxBytes={MAX_UPLOAD_BYTES}
            busy={upload.isPending}
            error={uploadError}
            onFile={send}
            actions={
              <Button
                variant="subtle"
                color="red"
                c="red.9"
                px="xs"
                loading={remove.isPending}
                onClick={drop}
              >
                {t('wizard.photo.remove')}
              </Button>
            }
          />
          {remove.error ? (
            <Text role="alert" size="sm" c="red.9" fw={500}>
              {errorMessage(remove.error, t)}
            </Text>
          ) : null}
        </>
      ) : (
        <FileDrop
          id="profile-photo"
          label={t('wizard.photo.choose')}
          hint={hint}
          accept={PHOTO_TYPES}
          maxBytes={MAX_UPLOAD_BYTES}
          busy={upload.isPending}
          error={uploadError}
          onFile={send}
        />
      )}
      <Text role="status" size="sm" c="kringTeal.9" fw={500}>
        {notice}
      </Text>
    </Stack>
  );
}

/**
 * The portrait as customers see it (the API's cut), and beside it the original in a round frame
 * that shows live the square the sliders choose, cut the way the API will cut it.
 */
function PhotoCropper({
  photo,
  useCrop,
  onSaved,
}: {
  photo: Photo;
  useCrop: PhotoHooks['useCrop'];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const save = useCrop();
  const [crop, setCrop] = useState(() => cropOf(photo));
  // A new photo (or a new cut) from the API starts the sliders at its square.
  const [shown, setShown] = useState(photo);
  if (shown !== photo) {
    setShown(photo);
    setCrop(cropOf(photo));
  }
  const format = useFormat();
  const set = (part: keyof PhotoCrop) => (value: number) => setCrop({ ...crop, [part]: value });

  return (
    <Group gap="xl" align="flex-start">
      <Stack gap={6} align="center">
        <img
          className={classes.portrait}
          src={photo.urls.medium}
          alt={t('wizard.photo.currentAlt')}
        />
        <Text size="sm" c="dark.5">
          {t('wizard.photo.current')}
        </Text>
      </Stack>
      <Stack
        gap="sm"
        component="fieldset"
        m={0}
        p={0}
        style={{ border: 0, flex: '1 1 240px', minWidth: 0, maxWidth: 360 }}
        aria-describedby="photo-crop-hint"
      >
        <Text component="legend" fw={700} size="sm" p={0}>
          {t('wizard.photo.cropTitle')}
        </Text>
        <Text id="photo-crop-hint" size="sm" c="dark.5">
          {t('wizard.photo.cropHint')}
        </Text>
        <CropFrame src={originalPhotoUrl(photo) ?? photo.urls.medium ?? ''} crop={crop} />
        <CropSlider
          id="photo-zoom"
          label={t('wizard.photo.zoom')}
          min={1}
          max={4}
          step={0.1}
          value={crop.zoom}
          valueText={(value) => t('wizard.photo.times', { value: format.number(value, 1) })}
          onChange={set('zoom')}
        />
        <CropSlider
          id="photo-x"
          label={t('wizard.photo.x')}
          min={0}
          max={1}
          step={0.01}
          value={crop.x}
          valueText={(value) => format.percent(value)}
          onChange={set('x')}
        />
        <CropSlider
          id="photo-y"
          label={t('wizard.photo.y')}
          min={0}
          max={1}
          step={0.01}
          value={crop.y}
          valueText={(value) => format.percent(value)}
          onChange={set('y')}
        />
        <Button
          variant="light"
          style={{ alignSelf: 'flex-start' }}
          loading={save.isPending}
          onClick={() => save.mutate(crop, { onSuccess: onSaved })}
        >
          {t('wizard.photo.saveCrop')}
        </Button>
        {save.error ? (
          <Text role="alert" size="sm" c="red.9" fw={500}>
            {errorMessage(save.error, t)}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}

/** The original in a round frame, placed so the frame shows exactly the chosen square. */
function CropFrame({ src, crop }: { src: string; crop: PhotoCrop }) {
  const { t } = useTranslation();
  const [size, setSize] = useState<ImageSize | null>(null);
  const view = size ? squareView(size, crop) : null;
  return (
    <div className={classes.frame} data-testid="photo-crop-frame">
      <img
        src={src}
        alt={t('wizard.photo.previewAlt')}
        data-placed={view ? true : undefined}
        style={
          view
            ? {
                width: `${view.width}%`,
                height: `${view.height}%`,
                left: `${view.left}%`,
                top: `${view.top}%`,
              }
            : undefined
        }
        onLoad={(event) =>
          setSize({
            width: event.currentTarget.naturalWidth,
            height: event.currentTarget.naturalHeight,
          })
        }
      />
    </div>
  );
}

interface CropSliderProps {
  id: string;
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  valueText: (value: number) => string;
  onChange: (value: number) => void;
}

/** A slider with its visible label as its name, and its value in words ("50%", "1,5×"). */
function CropSlider({ id, label, min, max, step, value, valueText, onChange }: CropSliderProps) {
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs">
        <Text id={`${id}-label`} size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm" c="dark.5" aria-hidden="true">
          {valueText(value)}
        </Text>
      </Group>
      <Slider
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={onChange}
        label={null}
        thumbProps={{ 'aria-labelledby': `${id}-label` }}
        thumbValueText={valueText}
      />
    </Stack>
  );
}
