import { api, getCookie } from '@/lib/api-client';

/** Make sure the `csrftoken` cookie exists (Django sets it on GET /api/auth/csrf/). */
export async function ensureCsrfCookie(): Promise<void> {
  if (getCookie('csrftoken')) return;
  await api.get<unknown>('/api/auth/csrf/');
}
