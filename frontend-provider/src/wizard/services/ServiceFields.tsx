import { useFormat, CharacterCount, COUNTER_BELOW } from '@kring/common';
import {
  Box,
  Button,
  Fieldset,
  Grid,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../api/profile';
import { SERVICE_DESCRIPTION_MAX, shownMemberPrice, type ServicesValues } from './serviceForm';

type FormInput = {
  category_ids: string[];
  services: ServicesValues['services'];
  price_note: string;
};

export interface ServiceFieldsProps {
  index: number;
  control: Control<FormInput, unknown, ServicesValues>;
  register: UseFormRegister<FormInput>;
  errors: FieldErrors<FormInput>;
  /** The stored services by id, for the API's member price. */
  saved: ReadonlyMap<string, Service>;
  onRemove: () => void;
}

/** One service of the price list: name, price with the member price beside it, unit, description. */
export function ServiceFields({
  index,
  control,
  register,
  errors,
  saved,
  onRemove,
}: ServiceFieldsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [price, description, savedId] = useWatch({
    control,
    name: [`services.${index}.price`, `services.${index}.description`, `services.${index}.savedId`],
  });
  const member = shownMemberPrice(price ?? '', saved.get(savedId ?? ''));
  const rowErrors = errors.services?.[index];
  const id = (field: string) => `service-${index}-${field}`;

  return (
    <Fieldset
      legend={t('wizard.services.service', { number: index + 1 })}
      radius="md"
      styles={{ legend: { fontWeight: 700, paddingInline: 4 } }}
    >
      <Stack gap="md">
        <TextInput
          id={id('name')}
          label={t('wizard.services.name')}
          required
          {...register(`services.${index}.name`)}
          error={rowErrors?.name?.message}
        />
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, xs: 5 }}>
            <TextInput
              id={id('price')}
              label={t('wizard.services.price')}
              description={
                <>
                  {t('wizard.services.priceHint')}
                  {member === null ? null : (
                    <VisuallyHidden>
                      {` ${t('wizard.services.memberPrice')}: ${format.money(member)}`}
                    </VisuallyHidden>
                  )}
                </>
              }
              required
              inputMode="decimal"
              leftSection={<span aria-hidden="true">€</span>}
              {...register(`services.${index}.price`)}
              error={rowErrors?.price?.message}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, xs: 3 }}>
            <NativeSelect
              id={id('unit')}
              label={t('wizard.services.unit')}
              description={<span aria-hidden="true">&nbsp;</span>}
              data={[
                { value: 'hour', label: t('wizard.services.units.hour') },
                { value: 'service', label: t('wizard.services.units.service') },
              ]}
              {...register(`services.${index}.unit`)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, xs: 4 }}>
            <Box>
              <Text size="sm" fw={500}>
                {t('wizard.services.memberPrice')}
              </Text>
              <Text size="sm" c="dark.5">
                {t('wizard.services.memberPriceHint')}
              </Text>
              <Text
                data-testid={id('member-price')}
                fw={700}
                size="lg"
                c="kringTeal.8"
                mt={6}
                lh="36px"
              >
                {member === null ? '–' : format.money(member)}
              </Text>
            </Box>
          </Grid.Col>
        </Grid>
        <Textarea
          id={id('description')}
          label={t('wizard.services.description')}
          rows={2}
          resize="vertical"
          inputWrapperOrder={COUNTER_BELOW}
          description={<CharacterCount value={description} max={SERVICE_DESCRIPTION_MAX} />}
          {...register(`services.${index}.description`)}
          error={rowErrors?.description?.message}
        />
        <Button
          variant="subtle"
          color="red"
          c="red.9"
          onClick={onRemove}
          aria-label={t('wizard.services.removeNumbered', { number: index + 1 })}
          style={{ alignSelf: 'flex-start' }}
          px="xs"
        >
          {t('wizard.services.remove')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
