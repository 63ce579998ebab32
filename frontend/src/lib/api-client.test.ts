import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/test/server';
import { ApiError, api, cursorFrom, unwrapList } from './api-client';

describe('api client', () => {
  it('sends the CSRF token from the cookie on unsafe methods only', async () => {
    const seen: Array<{ method: string; token: string | null; credentials: string }> = [];
    server.use(
      http.all('*/api/echo/', ({ request }) => {
        seen.push({ method: request.method, token: request.headers.get('X-CSRFToken'), credentials: request.credentials });
        return HttpResponse.json({ ok: true });
      }),
    );
    await api.get('/api/echo/');
    await api.post('/api/echo/', { a: 1 });
    await api.patch('/api/echo/', { a: 2 });
    expect(seen.map((s) => [s.method, s.token])).toEqual([
      ['GET', null],
      ['POST', 'test-csrf-token'],
      ['PATCH', 'test-csrf-token'],
    ]);
    expect(seen[0]?.credentials).toBe('same-origin');
  });

  it('throws an ApiError carrying the DRF body', async () => {
    server.use(
      http.post('*/api/campaigns/', () =>
        HttpResponse.json({ name: ['This field is required.'], non_field_errors: ['Bad.'] }, { status: 400 }),
      ),
    );
    const error = await api.post('/api/campaigns/', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.fieldErrors.name).toEqual(['This field is required.']);
    expect(apiError.generalErrors).toEqual(['Bad.']);
  });

  it('exposes detail messages', async () => {
    server.use(http.post('*/api/campaigns/1/send/', () => HttpResponse.json({ detail: 'Already sent.' }, { status: 409 })));
    const error = (await api.post('/api/campaigns/1/send/').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(409);
    expect(error.detail).toBe('Already sent.');
    expect(error.message).toBe('Already sent.');
  });

  it('handles empty 204 answers', async () => {
    server.use(http.post('*/api/auth/logout/', () => new HttpResponse(null, { status: 204 })));
    await expect(api.post('/api/auth/logout/')).resolves.toBeUndefined();
  });

  it('reads cursors from pagination links and unwraps lists', () => {
    expect(cursorFrom('http://x/api/contacts/?cursor=abc%3D&tag=vip')).toBe('abc=');
    expect(cursorFrom(null)).toBeNull();
    expect(unwrapList([1, 2])).toEqual([1, 2]);
    expect(unwrapList({ results: [3] })).toEqual([3]);
  });
});
