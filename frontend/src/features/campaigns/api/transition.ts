import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Campaign, CampaignStats } from '@/lib/api-types';
import { statsKeys } from '@/features/stats/api/stats';
import { campaignKeys } from './campaigns';

/**
 * Shared mutation for the status transitions (pause, resume, cancel): each answers the
 * campaign. On success the campaign and the stats status are updated at once (so the badge,
 * the "Live" mark and the stats polling follow immediately), then both are refetched.
 * On an error (409: the status changed meanwhile) both are refetched to show the real state.
 */
export function useCampaignTransition(id: number, transition: (id: number) => Promise<Campaign>) {
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: campaignKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: statsKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: ['campaigns', 'list'] });
  };
  return useMutation({
    mutationFn: () => transition(id),
    onSuccess: (campaign) => {
      queryClient.setQueryData<Campaign>(campaignKeys.detail(id), campaign);
      // The stats status drives the polling (shouldPoll): paused/cancelled stop it, sending restarts it.
      queryClient.setQueryData<CampaignStats>(statsKeys.detail(id), (old) =>
        old ? { ...old, status: campaign.status } : old,
      );
      refresh();
      void queryClient.invalidateQueries({ queryKey: ['messages', id] });
    },
    onError: refresh,
  });
}
