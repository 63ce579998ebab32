import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { campaign } from '@/test/fixtures';
import { server } from '@/test/server';
import { renderWithProviders } from '@/test/render';
import { CampaignCreatePage, CampaignEditPage } from './CampaignEditorPages';

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('campaign form', () => {
  it('shows DRF field errors next to each field', async () => {
    server.use(
      http.post('*/api/campaigns/', () =>
        HttpResponse.json(
          {
            name: ['This field may not be blank.'],
            template: ['Template syntax error: unclosed tag {{name'],
            segment_rule: ['Unknown operator "&" at position 3.'],
          },
          { status: 400 },
        ),
      ),
    );
    renderWithProviders(<CampaignCreatePage />);
    fill('Template', 'Hi {{name');
    await userEvent.click(screen.getByRole('button', { name: 'Create draft' }));
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('This field may not be blank.');
    expect(screen.getByLabelText('Template')).toHaveAccessibleDescription(/Template syntax error: unclosed tag/);
    expect(screen.getByLabelText('Segment rule')).toHaveAccessibleDescription(/Unknown operator "&" at position 3\./);
  });

  it('creates the draft and goes to its page', async () => {
    let body: unknown;
    let requestKey: string | null = null;
    server.use(
      http.post('*/api/campaigns/', async ({ request }) => {
        body = await request.json();
        requestKey = request.headers.get('Idempotency-Key');
        return HttpResponse.json(campaign({ id: 7 }), { status: 201 });
      }),
    );
    renderWithProviders(<CampaignCreatePage />, { route: '/campaigns/new', path: '/campaigns/new' });
    fill('Name', 'Welcome Back');
    fill('Template', 'Hi {{name}}, we miss you! 💌');
    fill('Segment rule', 'vip');
    await userEvent.click(screen.getByRole('button', { name: 'Create draft' }));
    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    expect(body).toEqual({ name: 'Welcome Back', template: 'Hi {{name}}, we miss you! 💌', segment_rule: 'vip' });
    expect(requestKey).toMatch(/^[0-9a-f]{32}$/);
  });

  it('shows a 409 detail from PATCH as a form error', async () => {
    server.use(
      http.patch('*/api/campaigns/3/', () =>
        HttpResponse.json({ detail: 'Only draft campaigns can be edited.' }, { status: 409 }),
      ),
    );
    renderWithProviders(<CampaignEditPage />, { route: '/campaigns/3/edit', path: '/campaigns/:id/edit' });
    const name = await screen.findByLabelText('Name');
    expect(name).toHaveValue('Welcome Back');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Only draft campaigns can be edited.')).toBeInTheDocument();
  });
});
