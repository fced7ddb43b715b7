import { Group, NumberInput, Slider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const MIN_RADIUS_KM = 1;
export const MAX_RADIUS_KM = 150;

export interface RadiusFieldProps {
  id: string;
  value: number | string;
  onChange: (value: number | string) => void;
  error?: string | undefined;
}

/** The distance from the address: a slider for a quick choice and a number field for an exact one. */
export function RadiusField({ id, value, onChange, error }: RadiusFieldProps) {
  const { t } = useTranslation();
  const numeric = typeof value === 'number' ? value : Number.parseInt(value, 10);
  const sliderValue = Number.isFinite(numeric)
    ? Math.min(MAX_RADIUS_KM, Math.max(MIN_RADIUS_KM, numeric))
    : MIN_RADIUS_KM;
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="md" wrap="nowrap">
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }} pb={error ? 28 : 8}>
          <Slider
            min={MIN_RADIUS_KM}
            max={MAX_RADIUS_KM}
            step={1}
            value={sliderValue}
            onChange={onChange}
            thumbLabel={t('wizard.availability.radiusSlider')}
            label={(km) => t('wizard.availability.km', { count: km })}
            marks={[{ value: 25 }, { value: 50 }, { value: 75 }, { value: 100 }, { value: 125 }]}
          />
          <Group justify="space-between">
            <Text size="xs" c="dark.5" aria-hidden="true">
              {t('wizard.availability.km', { count: MIN_RADIUS_KM })}
            </Text>
            <Text size="xs" c="dark.5" aria-hidden="true">
              {t('wizard.availability.km', { count: MAX_RADIUS_KM })}
            </Text>
          </Group>
        </Stack>
        <NumberInput
          id={id}
          label={t('wizard.availability.radiusKm')}
          min={MIN_RADIUS_KM}
          max={MAX_RADIUS_KM}
          step={1}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          value={value}
          onChange={onChange}
          rightSection={
            <Text size="sm" c="dark.5" pr={6} aria-hidden="true">
              km
            </Text>
          }
          rightSectionPointerEvents="none"
          hideControls
          w={120}
          error={error}
          inputMode="numeric"
        />
      </Group>
    </Stack>
  );
}
