import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { stats } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { server } from '@/test/server';
import { StatsPanel } from './StatsPanel';

describe('StatsPanel', () => {
  it('shows counts, percentiles and progress', async () => {
    server.use(
      http.get('*/api/campaigns/2/stats/', () =>
        HttpResponse.json(
          stats({
            status: 'sent',
            total: 8,
            queued: 0,
            sent: 7,
            failed: 1,
            p50_ms: 120.4,
            p95_ms: 950,
            latency_histogram: [
              { le_ms: 100, count: 3 },
              { le_ms: 1000, count: 4 },
            ],
          }),
        ),
      ),
    );
    renderWithProviders(<StatsPanel campaignId={2} />);
    expect(await screen.findByText('8 of 8 finished (100%)')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByText('p50 latency').nextSibling).toHaveTextContent('120 ms');
    expect(screen.getByText('p95 latency').nextSibling).toHaveTextContent('950 ms');
    expect(screen.getByText('Failed').nextSibling).toHaveTextContent('1');
    expect(await screen.findByRole('img', { name: 'Latency distribution' })).toBeInTheDocument();
  });

  it('shows dashes before anything is sent', async () => {
    server.use(http.get('*/api/campaigns/3/stats/', () => HttpResponse.json(stats({ status: 'sent', total: 0, queued: 0 }))));
    renderWithProviders(<StatsPanel campaignId={3} />);
    expect(await screen.findByText('p50 latency')).toBeInTheDocument();
    expect(screen.getByText('p50 latency').nextSibling).toHaveTextContent('—');
    expect(screen.getByText('No message delivered yet.')).toBeInTheDocument();
  });

  it('shows an error state', async () => {
    server.use(http.get('*/api/campaigns/4/stats/', () => HttpResponse.json({ detail: 'Not found.' }, { status: 404 })));
    renderWithProviders(<StatsPanel campaignId={4} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Not found.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
