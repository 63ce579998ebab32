import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { message } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { server } from '@/test/server';
import { MessagesTable } from './MessagesTable';

describe('MessagesTable', () => {
  it('filters by status and follows cursor links', async () => {
    const requests: string[] = [];
    server.use(
      http.get('*/api/campaigns/1/messages/', ({ request }) => {
        const url = new URL(request.url);
        requests.push(url.search);
        const cursor = url.searchParams.get('cursor');
        if (cursor === 'p2') {
          return HttpResponse.json({
            next: null,
            previous: 'http://testserver/api/campaigns/1/messages/?status=failed',
            results: [message({ id: 2, recipient: { id: 2, name: 'Bo Chen', email: 'bo@example.com' }, status: 'failed', attempts: 3, last_error: 'provider timeout' })],
          });
        }
        return HttpResponse.json({
          next: 'http://testserver/api/campaigns/1/messages/?cursor=p2&status=failed',
          previous: null,
          results: [message({ status: url.searchParams.get('status') === 'failed' ? 'failed' : 'sent' })],
        });
      }),
    );
    renderWithProviders(<MessagesTable campaignId={1} />);
    expect(await screen.findByText('Ann Lee')).toBeInTheDocument();
    expect(screen.getAllByTestId('message-row')).toHaveLength(1);

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'failed');
    await waitFor(() => expect(requests).toContain('?status=failed'));

    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByText('Bo Chen')).toBeInTheDocument();
    expect(screen.getByText('provider timeout')).toBeInTheDocument();
    expect(requests.at(-1)).toBe('?status=failed&cursor=p2');

    await userEvent.click(screen.getByRole('button', { name: /Previous/ }));
    expect(await screen.findByText('Ann Lee')).toBeInTheDocument();
  });

  it('shows an empty state', async () => {
    renderWithProviders(<MessagesTable campaignId={1} />);
    expect(await screen.findByText('No messages match.')).toBeInTheDocument();
  });
});
