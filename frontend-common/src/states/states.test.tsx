import { ApiProblem } from '@kring/client';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

describe('state components', () => {
  it('announces loading', () => {
    renderWithProviders(<LoadingState />);
    expect(screen.getByRole('status')).toHaveTextContent('Bezig met laden…');
  });

  it('shows an empty state with a default title', () => {
    renderWithProviders(<EmptyState description="Je hebt nog geen dossiers." />);
    expect(screen.getByText('Nog niets te zien')).toBeInTheDocument();
    expect(screen.getByText('Je hebt nog geen dossiers.')).toBeInTheDocument();
  });

  it('shows the support reference of a server error and retries', async () => {
    const onRetry = vi.fn();
    const problem = new ApiProblem({ title: 'Internal error', status: 500, errorId: 'e-42' });
    renderWithProviders(<ErrorState error={problem} onRetry={onRetry} />);

    expect(screen.getByRole('alert')).toHaveTextContent('Foutcode: e-42');
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
