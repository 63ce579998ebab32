import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { campaign } from '@/test/fixtures';
import { server } from '@/test/server';
import { renderWithProviders } from '@/test/render';
import { SendCampaignButton } from './SendCampaignButton';

describe('SendCampaignButton', () => {
  it('asks for confirmation naming the audience size, then sends', async () => {
    let sends = 0;
    server.use(
      http.post('*/api/campaigns/1/send/', () => {
        sends += 1;
        return HttpResponse.json({ id: 1, status: 'sending', audience_size: 8 }, { status: 202 });
      }),
    );
    renderWithProviders(<SendCampaignButton campaign={campaign()} audienceSize={8} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    const dialog = screen.getByRole('dialog', { name: 'Send this campaign?' });
    expect(dialog).toHaveTextContent('“Welcome Back” will be sent to 8 contacts.');
    const confirm = screen.getByRole('button', { name: 'Send to 8 contacts' });
    expect(confirm).toHaveFocus();
    expect(sends).toBe(0);
    await userEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sends).toBe(1);
  });

  it('cancel and Escape close the dialog without sending', async () => {
    let sends = 0;
    server.use(
      http.post('*/api/campaigns/1/send/', () => {
        sends += 1;
        return HttpResponse.json({}, { status: 202 });
      }),
    );
    renderWithProviders(<SendCampaignButton campaign={campaign()} audienceSize={1} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('button', { name: 'Send to 1 contact' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(sends).toBe(0);
  });

  it('shows a 409 in the dialog', async () => {
    server.use(
      http.post('*/api/campaigns/1/send/', () =>
        HttpResponse.json({ detail: 'Campaign is already sending.' }, { status: 409 }),
      ),
    );
    renderWithProviders(<SendCampaignButton campaign={campaign()} audienceSize={8} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send to 8 contacts' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Campaign is already sending.');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});
