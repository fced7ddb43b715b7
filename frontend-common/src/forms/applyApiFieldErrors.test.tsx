import { ApiProblem } from '@kring/client';
import { Button, TextInput } from '@mantine/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { renderWithProviders } from '../test/renderWithProviders';
import { applyApiFieldErrors } from './applyApiFieldErrors';
import { FormErrors } from './FormErrors';
import { useFormSubmit } from './useFormSubmit';
import { useZodForm } from './useZodForm';

const addressSchema = z.object({
  name: z.string().min(1, 'Vul een naam in'),
  address: z.object({
    street: z.string(),
    postcode: z.string(),
  }),
});
const FIELDS = ['name', 'address.street', 'address.postcode'] as const;

const validationProblem = new ApiProblem({
  type: 'https://kring.nl/problems/validation-error',
  title: 'Invalid input',
  status: 422,
  errors: [
    { location: 'body', field: 'address.postcode', message: 'Geen geldige postcode' },
    { location: 'body', field: 'iban', message: 'IBAN ontbreekt' },
  ],
});

function AddressForm({ save }: { save: () => Promise<void> }) {
  const form = useZodForm(addressSchema, {
    defaultValues: { name: '', address: { street: '', postcode: '' } },
  });
  const { onSubmit, formErrors } = useFormSubmit(form, FIELDS, save);
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormErrors messages={formErrors} />
      <TextInput label="Naam" {...form.register('name')} error={errors.name?.message} />
      <TextInput
        label="Straat"
        {...form.register('address.street')}
        error={errors.address?.street?.message}
      />
      <TextInput
        label="Postcode"
        {...form.register('address.postcode')}
        error={errors.address?.postcode?.message}
      />
      <Button type="submit">Opslaan</Button>
    </form>
  );
}

describe('422 problems on a form', () => {
  it('shows each field error on its field and the rest in the form error area', async () => {
    const user = userEvent.setup();
    const save = vi.fn().mockRejectedValue(validationProblem);
    renderWithProviders(<AddressForm save={save} />);

    await user.type(screen.getByLabelText('Naam'), 'Anna de Vries');
    await user.type(screen.getByLabelText('Postcode'), '12');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(save).toHaveBeenCalledWith({
      name: 'Anna de Vries',
      address: { street: '', postcode: '12' },
    });
    const postcode = screen.getByLabelText('Postcode');
    expect(postcode).toHaveAttribute('aria-invalid', 'true');
    expect(postcode).toHaveAccessibleDescription('Geen geldige postcode');
    expect(screen.getByLabelText('Naam')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('IBAN ontbreekt');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Geen geldige postcode');
  });

  it('validates with the zod schema before calling the API', async () => {
    const user = userEvent.setup();
    const save = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<AddressForm save={save} />);

    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Naam')).toHaveAccessibleDescription('Vul een naam in');
  });
});

describe('applyApiFieldErrors', () => {
  it('returns the detail when a problem lists no field errors', () => {
    const setError = vi.fn();
    const problem = new ApiProblem({ title: 'Conflict', status: 409, detail: 'Already signed' });
    expect(applyApiFieldErrors(problem, setError, ['name'])).toEqual(['Already signed']);
    expect(setError).not.toHaveBeenCalled();
  });

  it('accepts fields prefixed with their location', () => {
    const setError = vi.fn();
    const problem = new ApiProblem({
      title: 'Invalid',
      status: 422,
      errors: [{ location: 'body', field: 'body.address.postcode', message: 'Te kort' }],
    });
    expect(applyApiFieldErrors(problem, setError, ['address.postcode'])).toEqual([]);
    expect(setError).toHaveBeenCalledWith(
      'address.postcode',
      { type: 'server', message: 'Te kort' },
      { shouldFocus: true },
    );
  });
});
