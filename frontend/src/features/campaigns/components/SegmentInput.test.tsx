import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { server } from '@/test/server';
import { renderWithProviders } from '@/test/render';
import { SegmentInput } from './SegmentInput';
import { currentTerm } from './segment-terms';

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return <SegmentInput value={value} onChange={setValue} />;
}

describe('SegmentInput', () => {
  it('shows the live audience size, debounced', async () => {
    const asked: string[] = [];
    server.use(
      http.get('*/api/contacts/audience/', ({ request }) => {
        const segment = new URL(request.url).searchParams.get('segment') ?? '';
        asked.push(segment);
        return HttpResponse.json({ audience_size: segment === 'vip,tw' ? 3 : segment === 'vip' ? 8 : 20 });
      }),
    );
    renderWithProviders(<Harness />);
    expect(await screen.findByText('Audience: 20 contacts')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Segment rule'), 'vip,tw');
    // While the rule is changing, the old count is not shown as if it were the new one.
    expect(screen.queryByText('Audience: 20 contacts')).not.toBeInTheDocument();
    expect(screen.getByTestId('audience-size')).toHaveTextContent('Counting audience…');
    expect(await screen.findByText('Audience: 3 contacts')).toBeInTheDocument();
    // Debounced: not one request per key stroke.
    expect(asked).not.toContain('v');
    expect(asked).not.toContain('vi');
    expect(asked.length).toBeLessThanOrEqual(3);
  });

  it('shows the rule error from a 400 under the input', async () => {
    server.use(
      http.get('*/api/contacts/audience/', ({ request }) => {
        const segment = new URL(request.url).searchParams.get('segment');
        return segment === 'vip,,'
          ? HttpResponse.json({ segment: ['Empty term at position 4.'] }, { status: 400 })
          : HttpResponse.json({ audience_size: 8 });
      }),
    );
    renderWithProviders(<Harness initial="vip" />);
    expect(await screen.findByText('Audience: 8 contacts')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Segment rule'), ',,');
    const input = screen.getByLabelText('Segment rule');
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByRole('alert')).toHaveTextContent('Empty term at position 4.');
    expect(screen.queryByText(/Audience:/)).not.toBeInTheDocument();
  });

  it('suggests existing tags and completes the term being typed', async () => {
    renderWithProviders(<Harness initial="vip,t" />);
    const suggestion = await screen.findByRole('button', { name: 'Add tag tw (5 contacts)' });
    expect(screen.queryByRole('button', { name: /Add tag vip/ })).not.toBeInTheDocument();
    await userEvent.click(suggestion);
    expect(screen.getByLabelText('Segment rule')).toHaveValue('vip,tw');
  });

  it('accepts a paginated tags answer', async () => {
    server.use(
      http.get('*/api/tags/', () =>
        HttpResponse.json({ count: 1, next: null, previous: null, results: [{ id: 9, name: 'beta', contact_count: 2 }] }),
      ),
    );
    renderWithProviders(<Harness initial="!b" />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add tag beta (2 contacts)' }));
    expect(screen.getByLabelText('Segment rule')).toHaveValue('!beta');
  });

  it('finds the term being typed', () => {
    expect(currentTerm('vip, T')).toEqual({ prefix: 't', head: 'vip,' });
    expect(currentTerm('vip|!u')).toEqual({ prefix: 'u', head: 'vip|!' });
    expect(currentTerm('')).toEqual({ prefix: '', head: '' });
  });
});
