import type { Campaign, CampaignStats, Contact, Message, Tag } from '@/lib/api-types';

export function campaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 1,
    name: 'Welcome Back',
    template: 'Hi {{name}}, we miss you! 💌',
    subject: '',
    segment_rule: 'vip',
    status: 'draft',
    audience_size: null,
    created_at: '2024-05-01T10:00:00Z',
    updated_at: '2024-05-01T10:00:00Z',
    started_at: null,
    finished_at: null,
    ...overrides,
  };
}

export function stats(overrides: Partial<CampaignStats> = {}): CampaignStats {
  return {
    status: 'sending',
    total: 8,
    queued: 8,
    sending: 0,
    retrying: 0,
    sent: 0,
    failed: 0,
    p50_ms: null,
    p95_ms: null,
    latency_histogram: [],
    audience_size: 8,
    started_at: '2024-05-01T10:01:00Z',
    finished_at: null,
    ...overrides,
  };
}

export function message(overrides: Partial<Message> = {}): Message {
  return {
    id: 1,
    recipient: { id: 1, name: 'Ann Lee', email: 'ann@example.com' },
    tags: ['vip'],
    status: 'sent',
    attempts: 1,
    created_at: '2024-05-01T10:01:00Z',
    sent_at: '2024-05-01T10:01:01Z',
    last_error: '',
    next_attempt_at: null,
    provider_message_id: '',
    idempotency_key: 'c1-r1',
    ...overrides,
  };
}

export function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 1,
    name: 'Ann Lee',
    email: 'ann@example.com',
    phone: '',
    tags: ['vip'],
    attributes: {},
    unsubscribed_at: null,
    created_at: '2024-05-01T09:00:00Z',
    ...overrides,
  };
}

export const tags: Tag[] = [
  { id: 1, name: 'vip', contact_count: 8 },
  { id: 2, name: 'tw', contact_count: 5 },
  { id: 3, name: 'us', contact_count: 7 },
];
