import { ApiProblem } from '@kring/client';
import { Button, TextInput } from '@mantine/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { RateLimited } from '../auth/api/rateLimit';
import { renderWithProviders } from '../test/renderWithProviders';
import { FormErrors } from './FormErrors';
import { FormMessage } from './formMessage';
import { useFormSubmit, type FormSubmitOptions } from './useFormSubmit';
import { useZodForm } from './useZodForm';

const schema = z.object({ price: z.string().min(1, 'Vul een prijs in') });

function PriceForm({
  save,
  options,
}: {
  save: (values: { price: string }) => Promise<void>;
  options?: FormSubmitOptions;
}) {
  const form = useZodForm(schema, { defaultValues: { price: '' } });
  const { onSubmit, formErrors, rateLimited, attempt, saved } = useFormSubmit(
    form,
    ['price'],
    save,
    options,
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormErrors messages={formErrors} />
      {rateLimited ? <p data-testid="rate-limited">{rateLimited}</p> : null}
      <p data-testid="state">{`attempt ${attempt}, ${saved ? 'saved' : 'not saved'}, ${form.formState.isDirty ? 'dirty' : 'clean'}`}</p>
      <TextInput
        label="Prijs"
        {...form.register('price')}
        error={form.formState.errors.price?.message}
      />
      <Button type="submit">Opslaan</Button>
    </form>
  );
}

const tooMany = new ApiProblem({
  title: 'Too many requests',
  status: 429,
  detail: 'Probeer het over 5 minuten opnieuw.',
});

async function submitWith(price: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Prijs'), price);
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
}

describe('useFormSubmit', () => {
  it('says a submit went through and, when asked, makes the values the starting point', async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<PriceForm save={save} options={{ resetOnSuccess: true }} />);
    await submitWith('15');
    expect(save).toHaveBeenCalledWith({ price: '15' });
    expect(screen.getByTestId('state')).toHaveTextContent('attempt 0, saved, clean');
  });

  it('keeps the form changed without resetOnSuccess', async () => {
    renderWithProviders(<PriceForm save={vi.fn().mockResolvedValue(undefined)} />);
    await submitWith('15');
    expect(screen.getByTestId('state')).toHaveTextContent('attempt 0, saved, dirty');
  });

  it('counts a submit the schema refuses as a failed attempt', async () => {
    const save = vi.fn();
    renderWithProviders(<PriceForm save={save} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByTestId('state')).toHaveTextContent('attempt 1, not saved');
  });

  it('renames the API’s field names to the form’s', async () => {
    const problem = new ApiProblem({
      title: 'Invalid input',
      status: 422,
      errors: [{ location: 'body', field: 'body.price_cents', message: 'Te hoog' }],
    });
    renderWithProviders(
      <PriceForm
        save={vi.fn().mockRejectedValue(problem)}
        options={{ rename: (field) => (field === 'price_cents' ? 'price' : field) }}
      />,
    );
    await submitWith('15');
    expect(screen.getByLabelText('Prijs')).toHaveAccessibleDescription('Te hoog');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByTestId('state')).toHaveTextContent('attempt 1, not saved');
  });

  it('shows a FormMessage as it is', async () => {
    renderWithProviders(
      <PriceForm save={vi.fn().mockRejectedValue(new FormMessage('Kies eerst een dag.'))} />,
    );
    await submitWith('15');
    expect(screen.getByRole('alert')).toHaveTextContent('Kies eerst een dag.');
  });

  it('shows the general error for anything that is no problem of the API', async () => {
    renderWithProviders(<PriceForm save={vi.fn().mockRejectedValue(new TypeError('fetch'))} />);
    await submitWith('15');
    expect(screen.getByRole('alert')).toHaveTextContent('Probeer het zo meteen opnieuw');
  });

  it('says how many minutes a cool-off lasts when Retry-After said so', async () => {
    renderWithProviders(
      <PriceForm save={vi.fn().mockRejectedValue(new RateLimited(tooMany, 120))} />,
    );
    await submitWith('15');
    expect(screen.getByRole('alert')).toHaveTextContent('over 2 minuten');
  });

  it('puts a 429 apart when asked, in the API’s words', async () => {
    renderWithProviders(
      <PriceForm save={vi.fn().mockRejectedValue(tooMany)} options={{ rateLimitApart: true }} />,
    );
    await submitWith('15');
    expect(screen.getByTestId('rate-limited')).toHaveTextContent(
      'Probeer het over 5 minuten opnieuw.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes the form’s own words for a cool-off', async () => {
    renderWithProviders(
      <PriceForm
        save={vi.fn().mockRejectedValue(new RateLimited(tooMany, 60))}
        options={{ rateLimitMessage: (minutes) => `Wacht ${minutes ?? '?'} min.` }}
      />,
    );
    await submitWith('15');
    expect(screen.getByRole('alert')).toHaveTextContent('Wacht 1 min.');
  });
});
