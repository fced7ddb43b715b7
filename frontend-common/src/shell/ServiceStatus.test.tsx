import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/renderWithProviders';
import { ServiceStatus } from './ServiceStatus';

describe('ServiceStatus', () => {
  it('reports a healthy API', async () => {
    renderWithProviders(<ServiceStatus />);
    expect(await screen.findByText('Dienststatus: Alles werkt')).toBeInTheDocument();
  });

  it('reports a failing API without breaking the page', async () => {
    renderWithProviders(<ServiceStatus />, {
      fetch: async () => new Response('down', { status: 503 }),
    });
    expect(await screen.findByText('Dienststatus: Storing, we werken eraan')).toBeInTheDocument();
  });
});
