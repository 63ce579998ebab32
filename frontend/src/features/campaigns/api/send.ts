import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Campaign, CampaignSendResult, RetryFailedResult } from '@/lib/api-types';
import { statsKeys } from '@/features/stats/api/stats';
import { campaignKeys } from './campaigns';

export const sendCampaign = (id: number) => api.post<CampaignSendResult>(`/api/campaigns/${id}/send/`);
export const retryFailed = (id: number) => api.post<RetryFailedResult>(`/api/campaigns/${id}/retry-failed/`);

export function useSendCampaign(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendCampaign(id),
    onSuccess: (result) => {
      queryClient.setQueryData<Campaign>(campaignKeys.detail(id), (old) =>
        old ? { ...old, status: result.status, audience_size: result.audience_size } : old,
      );
      void queryClient.invalidateQueries({ queryKey: campaignKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: statsKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: ['campaigns', 'list'] });
    },
    onError: () => {
      // 409: someone else sent it; show the real state.
      void queryClient.invalidateQueries({ queryKey: campaignKeys.detail(id) });
    },
  });
}

export function useRetryFailed(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => retryFailed(id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: campaignKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: statsKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: ['messages', id] });
    },
  });
}
