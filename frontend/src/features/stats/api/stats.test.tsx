import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { CampaignStatus } from '@/lib/api-types';
import { campaign, stats } from '@/test/fixtures';
import { createTestQueryClient } from '@/test/render';
import { server } from '@/test/server';
import { usePauseCampaign } from '@/features/campaigns/api/pause';
import { useResumeCampaign } from '@/features/campaigns/api/resume';
import { progressPercent, shouldPoll, useCampaignStats } from './stats';
import { nextPoint } from './throughput';

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={createTestQueryClient()}>{children}</QueryClientProvider>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('useCampaignStats', () => {
  it('polls while sending and stops once sent', async () => {
    const answers = [
      stats({ status: 'sending', sent: 0, queued: 8 }),
      stats({ status: 'sending', sent: 4, queued: 4 }),
      stats({ status: 'sent', sent: 8, queued: 0, p50_ms: 120, p95_ms: 300 }),
    ];
    let calls = 0;
    server.use(
      http.get('*/api/campaigns/5/stats/', () => {
        const answer = answers[Math.min(calls, answers.length - 1)];
        calls += 1;
        return HttpResponse.json(answer);
      }),
    );
    const { result } = renderHook(() => useCampaignStats(5, { intervalMs: 20 }), { wrapper });
    await waitFor(() => expect(result.current.data?.status).toBe('sent'));
    expect(calls).toBe(3);
    await sleep(150);
    expect(calls).toBe(3);
    expect(result.current.data?.sent).toBe(8);
  });

  it('does not poll a draft or a cancelled campaign', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/campaigns/6/stats/', () => {
        calls += 1;
        return HttpResponse.json(stats({ status: 'cancelled' }));
      }),
    );
    const { result } = renderHook(() => useCampaignStats(6, { intervalMs: 20 }), { wrapper });
    await waitFor(() => expect(result.current.data?.status).toBe('cancelled'));
    await sleep(100);
    expect(calls).toBe(1);
  });

  it('stops polling when paused and starts again when resumed', async () => {
    let status: CampaignStatus = 'sending';
    let calls = 0;
    server.use(
      http.get('*/api/campaigns/8/stats/', () => {
        calls += 1;
        return HttpResponse.json(stats({ status }));
      }),
      http.post('*/api/campaigns/8/pause/', () => {
        status = 'paused';
        return HttpResponse.json(campaign({ id: 8, status }));
      }),
      http.post('*/api/campaigns/8/resume/', () => {
        status = 'sending';
        return HttpResponse.json(campaign({ id: 8, status }));
      }),
      http.get('*/api/campaigns/8/', () => HttpResponse.json(campaign({ id: 8, status }))),
    );
    const { result } = renderHook(
      () => ({ stats: useCampaignStats(8, { intervalMs: 20 }), pause: usePauseCampaign(8), resume: useResumeCampaign(8) }),
      { wrapper },
    );
    await waitFor(() => expect(calls).toBeGreaterThanOrEqual(3));

    await act(() => result.current.pause.mutateAsync());
    await waitFor(() => expect(result.current.stats.data?.status).toBe('paused'));
    await waitFor(() => expect(result.current.stats.isFetching).toBe(false));
    const whilePaused = calls;
    await sleep(150);
    expect(calls).toBe(whilePaused);

    await act(() => result.current.resume.mutateAsync());
    await waitFor(() => expect(result.current.stats.data?.status).toBe('sending'));
    await waitFor(() => expect(calls).toBeGreaterThanOrEqual(whilePaused + 3));
  });

  it('computes progress and the polling decision', () => {
    expect(progressPercent(stats({ total: 8, sent: 4, failed: 2 }))).toBe(75);
    expect(progressPercent(stats({ total: 0, status: 'sent' }))).toBe(100);
    expect(shouldPoll(stats({ status: 'sending' }))).toBe(true);
    expect(shouldPoll(stats({ status: 'sent' }))).toBe(false);
    expect(shouldPoll(stats({ status: 'paused' }))).toBe(false);
    expect(shouldPoll(stats({ status: 'cancelled' }))).toBe(false);
    expect(shouldPoll(undefined)).toBe(false);
  });

  it('computes throughput from sent deltas between polls', () => {
    const first = { at: 1000, sent: 0 };
    expect(nextPoint(null, first, first)).toBeNull();
    expect(nextPoint(first, first, { at: 2000, sent: 20 })).toEqual({ t: 1, rate: 20, sent: 20 });
    expect(nextPoint({ at: 2000, sent: 20 }, first, { at: 2500, sent: 25 })).toEqual({ t: 1.5, rate: 10, sent: 25 });
  });
});
