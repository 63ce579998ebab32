import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '@/lib/api-client';
import type { Campaign, CampaignStats } from '@/lib/api-types';

export const statsKeys = {
  detail: (id: number) => ['stats', id] as const,
};

export const STATS_POLL_MS = 1000;

export const getCampaignStats = (id: number) => api.get<CampaignStats>(`/api/campaigns/${id}/stats/`);

/**
 * Whether the stats should be polled again given the last answer: while sending (or scheduled),
 * not while paused, sent or cancelled. A pause/resume/cancel writes the new status into the stats
 * cache and refetches it, so resuming starts the polling again.
 */
export function shouldPoll(stats: CampaignStats | undefined): boolean {
  return stats?.status === 'sending' || stats?.status === 'scheduled';
}

/**
 * Campaign stats, polled every second while the campaign is sending, stopped once it is
 * paused, sent or cancelled. When polling stops the campaign itself is refreshed (its status changed).
 */
export function useCampaignStats(id: number, options: { enabled?: boolean; intervalMs?: number } = {}) {
  const { enabled = true, intervalMs = STATS_POLL_MS } = options;
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: statsKeys.detail(id),
    queryFn: () => getCampaignStats(id),
    enabled,
    refetchInterval: (q) => (shouldPoll(q.state.data) ? intervalMs : false),
    refetchIntervalInBackground: true,
  });

  const status = query.data?.status;
  const lastStatus = useRef(status);
  useEffect(() => {
    if (status && lastStatus.current && status !== lastStatus.current) {
      queryClient.setQueryData<Campaign>(['campaigns', 'detail', id], (old) =>
        old ? { ...old, status } : old,
      );
      void queryClient.invalidateQueries({ queryKey: ['campaigns', 'detail', id] });
      void queryClient.invalidateQueries({ queryKey: ['campaigns', 'list'] });
    }
    lastStatus.current = status;
  }, [status, id, queryClient]);

  return query;
}

/** Share of finished messages (sent + failed) in percent. */
export function progressPercent(stats: Pick<CampaignStats, 'total' | 'sent' | 'failed' | 'status'> | undefined): number {
  if (!stats) return 0;
  if (stats.total <= 0) return stats.status === 'sent' ? 100 : 0;
  return Math.min(100, ((stats.sent + stats.failed) / stats.total) * 100);
}
