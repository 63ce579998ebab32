import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { App } from '@/App';
import { server } from '@/test/server';
import { renderWithProviders } from '@/test/render';
import { meQueryKey } from '../api/me';
import { LoginForm } from './LoginForm';

describe('LoginForm', () => {
  it('shows the API detail error in place', async () => {
    let body: unknown;
    let token: string | null = null;
    server.use(
      http.post('*/api/auth/login/', async ({ request }) => {
        body = await request.json();
        token = request.headers.get('X-CSRFToken');
        return HttpResponse.json({ detail: 'Invalid username or password.' }, { status: 400 });
      }),
    );
    renderWithProviders(<LoginForm />);
    await userEvent.type(screen.getByLabelText('Username'), 'e2e');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid username or password.');
    expect(body).toEqual({ username: 'e2e', password: 'wrong' });
    expect(token).toBe('test-csrf-token');
  });

  it('shows field errors next to their field', async () => {
    server.use(
      http.post('*/api/auth/login/', () =>
        HttpResponse.json({ password: ['This field may not be blank.'] }, { status: 400 }),
      ),
    );
    renderWithProviders(<LoginForm />);
    await userEvent.type(screen.getByLabelText('Username'), 'e2e');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAccessibleDescription('This field may not be blank.');
  });

  it('fetches the CSRF cookie first when it is missing', async () => {
    document.cookie = 'csrftoken=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    let csrfCalls = 0;
    server.use(
      http.get('*/api/auth/csrf/', () => {
        csrfCalls += 1;
        document.cookie = 'csrftoken=fresh-token; path=/';
        return HttpResponse.json({});
      }),
      http.post('*/api/auth/login/', ({ request }) =>
        request.headers.get('X-CSRFToken') === 'fresh-token'
          ? HttpResponse.json({ username: 'e2e' })
          : HttpResponse.json({ detail: 'CSRF Failed' }, { status: 403 }),
      ),
    );
    const { queryClient } = renderWithProviders(<LoginForm />);
    await userEvent.type(screen.getByLabelText('Username'), 'e2e');
    await userEvent.type(screen.getByLabelText('Password'), 'pw');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(queryClient.getQueryData(meQueryKey)).toEqual({ username: 'e2e' }));
    expect(csrfCalls).toBe(1);
  });

  it('the app shows the sign-in page when signed out, then the campaigns once signed in', async () => {
    server.use(
      http.get('*/api/auth/me/', () => HttpResponse.json({ detail: 'Not authenticated' }, { status: 403 })),
      http.post('*/api/auth/login/', () => HttpResponse.json({ username: 'e2e' })),
    );
    renderWithProviders(<App />);
    expect(await screen.findByRole('heading', { name: 'Sign in to Herald' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Username'), 'e2e');
    await userEvent.type(screen.getByLabelText('Password'), 'e2e-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Campaigns' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to Herald' })).toBeInTheDocument();
  });
});
