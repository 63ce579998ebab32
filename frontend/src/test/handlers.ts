import { http, HttpResponse } from 'msw';
import { campaign, contact, stats, tags } from './fixtures';

/** Default happy-path handlers; tests override with server.use(...). */
export const handlers = [
  http.get('*/api/auth/csrf/', () => HttpResponse.json({})),
  http.get('*/api/auth/me/', () => HttpResponse.json({ username: 'operator' })),
  http.post('*/api/auth/logout/', () => new HttpResponse(null, { status: 204 })),
  http.get('*/api/tags/', () => HttpResponse.json(tags)),
  http.get('*/api/contacts/audience/', ({ request }) => {
    const segment = new URL(request.url).searchParams.get('segment') ?? '';
    const size = segment === '' ? 20 : segment.split(',').length === 1 ? 8 : 3;
    return HttpResponse.json({ audience_size: size });
  }),
  http.get('*/api/contacts/', () => HttpResponse.json({ next: null, previous: null, results: [contact()] })),
  http.get('*/api/campaigns/', () =>
    HttpResponse.json({ count: 1, next: null, previous: null, results: [campaign()] }),
  ),
  http.get('*/api/campaigns/:id/', ({ params }) => HttpResponse.json(campaign({ id: Number(params.id) }))),
  http.get('*/api/campaigns/:id/preview/', () =>
    HttpResponse.json({
      audience_size: 8,
      targets: [{ id: 1, name: 'Ann Lee', email: 'ann@example.com', tags: ['vip'], rendered: 'Hi Ann Lee, we miss you! 💌' }],
    }),
  ),
  http.get('*/api/campaigns/:id/stats/', () => HttpResponse.json(stats({ status: 'draft', total: 0, queued: 0 }))),
  http.get('*/api/campaigns/:id/messages/', () => HttpResponse.json({ next: null, previous: null, results: [] })),
];
