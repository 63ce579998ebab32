import { useRef } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, newRequestKey } from '@/lib/api-client';
import type { Campaign, CampaignInput, CampaignList } from '@/lib/api-types';

export const campaignKeys = {
  all: ['campaigns'] as const,
  list: (page: number) => ['campaigns', 'list', page] as const,
  detail: (id: number) => ['campaigns', 'detail', id] as const,
  preview: (id: number) => ['campaigns', 'preview', id] as const,
};

export const getCampaigns = (page: number) => api.get<CampaignList>('/api/campaigns/', { page: page > 1 ? page : undefined });
export const getCampaign = (id: number) => api.get<Campaign>(`/api/campaigns/${id}/`);
export const createCampaign = (input: CampaignInput, requestKey?: string) =>
  api.post<Campaign>('/api/campaigns/', input, requestKey ? { 'Idempotency-Key': requestKey } : undefined);
export const updateCampaign = (id: number, input: Partial<CampaignInput>) => api.patch<Campaign>(`/api/campaigns/${id}/`, input);

export function useCampaigns(page: number) {
  return useQuery({
    queryKey: campaignKeys.list(page),
    queryFn: () => getCampaigns(page),
    placeholderData: keepPreviousData,
  });
}

export function useCampaign(id: number) {
  return useQuery({ queryKey: campaignKeys.detail(id), queryFn: () => getCampaign(id) });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  // One key per campaign being created: a double click or a retried request makes one campaign.
  const requestKey = useRef(newRequestKey());
  return useMutation({
    mutationFn: (input: CampaignInput) => createCampaign(input, requestKey.current),
    onSuccess: (campaign) => {
      requestKey.current = newRequestKey();
      queryClient.setQueryData(campaignKeys.detail(campaign.id), campaign);
      void queryClient.invalidateQueries({ queryKey: ['campaigns', 'list'] });
    },
  });
}

export function useUpdateCampaign(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<CampaignInput>) => updateCampaign(id, input),
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignKeys.detail(id), campaign);
      void queryClient.invalidateQueries({ queryKey: ['campaigns', 'list'] });
      void queryClient.invalidateQueries({ queryKey: campaignKeys.preview(id) });
    },
  });
}
