import { Textarea } from '@mantine/core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { CharacterCount, COUNTER_BELOW } from './CharacterCount';

function Note({ value, max }: { value: string; max: number }) {
  return (
    <Textarea
      label="Notitie"
      value={value}
      readOnly
      inputWrapperOrder={COUNTER_BELOW}
      description={<CharacterCount value={value} max={max} hint="Kort en duidelijk." />}
    />
  );
}

describe('CharacterCount', () => {
  it('counts with the field, short on screen and in words for screen readers', () => {
    renderWithProviders(<Note value="Hallo" max={200} />);
    expect(screen.getByText('5/200')).not.toHaveAttribute('data-over');
    expect(screen.getByLabelText('Notitie')).toHaveAccessibleDescription(
      /Kort en duidelijk\..*5 van de 200 tekens gebruikt/,
    );
  });

  it('marks a text past the maximum', () => {
    renderWithProviders(<Note value={'x'.repeat(201)} max={200} />);
    expect(screen.getByText('201/200').closest('[data-over]')).toBeInTheDocument();
  });
});
