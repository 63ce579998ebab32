import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { contact } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { server } from '@/test/server';
import { ContactsPage } from './ContactsPage';

describe('ContactsPage', () => {
  it('filters by tag and searches', async () => {
    const seen: string[] = [];
    server.use(
      http.get('*/api/contacts/', ({ request }) => {
        const url = new URL(request.url);
        seen.push(url.search);
        const search = url.searchParams.get('search');
        return HttpResponse.json({
          next: null,
          previous: null,
          results: search === 'zzz' ? [] : [contact({ unsubscribed_at: url.searchParams.get('tag') ? '2024-01-01T00:00:00Z' : null })],
        });
      }),
    );
    renderWithProviders(<ContactsPage />);
    expect(await screen.findByText('ann@example.com')).toBeInTheDocument();
    await screen.findByRole('option', { name: 'tw (5)' });
    await userEvent.selectOptions(screen.getByLabelText('Tag'), 'tw');
    expect(await screen.findByText('Unsubscribed')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Search'), 'zzz');
    expect(await screen.findByText('No contacts match.')).toBeInTheDocument();
    await waitFor(() => expect(seen.at(-1)).toBe('?tag=tw&search=zzz'));
  });
});
