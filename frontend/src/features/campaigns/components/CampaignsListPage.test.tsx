import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { App } from '@/App';
import { createQueryClient } from '@/lib/query-client';
import { campaign, stats } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { server } from '@/test/server';
import { CampaignsListPage } from './CampaignsListPage';

describe('CampaignsListPage', () => {
  it('lists campaigns with status, progress and audience', async () => {
    server.use(
      http.get('*/api/campaigns/', () =>
        HttpResponse.json({
          count: 3,
          next: 'http://testserver/api/campaigns/?page=2',
          previous: null,
          results: [
            campaign({ id: 3, name: 'Spring sale', status: 'sending', audience_size: 10 }),
            campaign({ id: 2, name: 'Welcome Back', status: 'sent', audience_size: 8 }),
            campaign({ id: 1, name: 'Draft one', status: 'draft' }),
          ],
        }),
      ),
      http.get('*/api/campaigns/3/stats/', () => HttpResponse.json(stats({ status: 'sending', total: 10, sent: 4, failed: 1, queued: 5 }))),
    );
    renderWithProviders(<CampaignsListPage />);
    const sending = (await screen.findByRole('link', { name: 'Spring sale' })).closest('tr')!;
    expect(within(sending).getByText('Sending')).toBeInTheDocument();
    expect(await within(sending).findByText('50%')).toBeInTheDocument();
    const sent = screen.getByRole('link', { name: 'Welcome Back' }).closest('tr')!;
    expect(within(sent).getByText('100%')).toBeInTheDocument();
    const draft = screen.getByRole('link', { name: 'Draft one' }).closest('tr')!;
    expect(within(draft).getByText('Not started')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Next/ })).toBeEnabled();
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
  });

  it('shows an empty state', async () => {
    server.use(http.get('*/api/campaigns/', () => HttpResponse.json({ count: 0, next: null, previous: null, results: [] })));
    renderWithProviders(<CampaignsListPage />);
    expect(await screen.findByText('No campaigns yet. Create the first one.')).toBeInTheDocument();
  });

  it('shows an error state with a retry', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/campaigns/', () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ detail: 'Database unavailable.' }, { status: 400 })
          : HttpResponse.json({ count: 0, next: null, previous: null, results: [] });
      }),
    );
    renderWithProviders(<CampaignsListPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Database unavailable.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No campaigns yet. Create the first one.')).toBeInTheDocument();
  });

  it('goes back to sign-in when the session has expired', async () => {
    server.use(
      http.get('*/api/campaigns/', () => HttpResponse.json({ detail: 'Authentication credentials were not provided.' }, { status: 401 })),
    );
    renderWithProviders(<App />, { queryClient: createQueryClient() });
    expect(await screen.findByRole('heading', { name: 'Sign in to Herald' })).toBeInTheDocument();
  });
});
