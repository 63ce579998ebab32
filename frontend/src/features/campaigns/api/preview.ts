import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CampaignPreview } from '@/lib/api-types';
import { campaignKeys } from './campaigns';

export const getCampaignPreview = (id: number) => api.get<CampaignPreview>(`/api/campaigns/${id}/preview/`);

export function useCampaignPreview(id: number, enabled = true) {
  return useQuery({ queryKey: campaignKeys.preview(id), queryFn: () => getCampaignPreview(id), enabled });
}
