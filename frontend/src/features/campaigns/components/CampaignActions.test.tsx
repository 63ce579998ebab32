import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Campaign, CampaignStatus } from '@/lib/api-types';
import { campaign, stats } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { server } from '@/test/server';
import { CampaignDetailPage } from './CampaignDetailPage';

/** A fake backend for campaign 7 whose status the transition endpoints change. */
function backend(initial: CampaignStatus) {
  const state = { status: initial, finished_at: null as string | null, posts: [] as string[] };
  const current = (): Campaign =>
    campaign({ id: 7, status: state.status, audience_size: 8, started_at: '2024-05-01T10:01:00Z', finished_at: state.finished_at });
  const transition = (name: string, from: CampaignStatus[], to: CampaignStatus) =>
    http.post(`*/api/campaigns/7/${name}/`, () => {
      state.posts.push(name);
      if (!from.includes(state.status)) {
        return HttpResponse.json({ detail: `Cannot ${name} a campaign that is ${state.status}.` }, { status: 409 });
      }
      state.status = to;
      if (to === 'cancelled') state.finished_at = '2024-05-01T10:05:00Z';
      return HttpResponse.json(current());
    });
  server.use(
    http.get('*/api/campaigns/7/', () => HttpResponse.json(current())),
    http.get('*/api/campaigns/7/stats/', () => HttpResponse.json(stats({ status: state.status, sent: 3, queued: 5 }))),
    transition('pause', ['sending'], 'paused'),
    transition('resume', ['paused'], 'sending'),
    transition('cancel', ['draft', 'scheduled', 'sending', 'paused'], 'cancelled'),
  );
  return state;
}

const renderPage = () => renderWithProviders(<CampaignDetailPage tab="overview" />, { route: '/campaigns/7', path: '/campaigns/:id' });

const headerBadge = () => screen.getByRole('heading', { level: 1 }).parentElement!.querySelector('[data-status]');

describe('campaign actions', () => {
  it('pauses a sending campaign, then offers Resume, and resumes it', async () => {
    const state = backend('sending');
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Pause' }));
    const resume = await screen.findByRole('button', { name: 'Resume' });
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(headerBadge()).toHaveTextContent('Paused');
    await waitFor(() => expect(screen.getByTestId('stats-panel')).toHaveAttribute('data-status', 'paused'));
    expect(screen.queryByText('Live')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel campaign' })).toBeInTheDocument();

    await userEvent.click(resume);
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(headerBadge()).toHaveTextContent('Sending');
    await waitFor(() => expect(screen.getByTestId('stats-panel')).toHaveAttribute('data-status', 'sending'));
    expect(state.posts).toEqual(['pause', 'resume']);
  });

  it('cancels only after confirmation, then shows the Cancelled badge', async () => {
    const state = backend('sending');
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel campaign' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this campaign?' });
    expect(dialog).toHaveTextContent('Messages not yet sent will not be sent');
    expect(within(dialog).getByRole('button', { name: 'Keep campaign' })).toHaveFocus();

    // Keeping it closes the dialog without a request.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep campaign' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(state.posts).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Cancel campaign' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, cancel campaign' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(state.posts).toEqual(['cancel']);
    await waitFor(() => expect(headerBadge()).toHaveTextContent('Cancelled'));
    expect(await screen.findByText('Finished')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel campaign' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Resume' })).not.toBeInTheDocument();
  });

  it('offers Cancel campaign next to Send on a draft', async () => {
    backend('draft');
    renderPage();
    expect(await screen.findByRole('button', { name: 'Send' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel campaign' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Resume' })).not.toBeInTheDocument();
  });

  it('shows a 409 detail in place and the real status', async () => {
    const state = backend('sending');
    renderPage();
    const pause = await screen.findByRole('button', { name: 'Pause' });
    state.status = 'sent'; // finished meanwhile
    await userEvent.click(pause);
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot pause a campaign that is sent.');
    await waitFor(() => expect(headerBadge()).toHaveTextContent('Sent'));
    expect(screen.getByRole('alert')).toHaveTextContent('Cannot pause a campaign that is sent.');
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
  });

  it('shows a 409 on cancel inside the confirmation dialog', async () => {
    const state = backend('paused');
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel campaign' }));
    state.status = 'cancelled';
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, cancel campaign' }));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Cannot cancel a campaign that is cancelled.');
  });
});
