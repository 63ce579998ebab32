import { api } from '@/lib/api-client';
import type { Campaign } from '@/lib/api-types';
import { useCampaignTransition } from './transition';

/** `POST /api/campaigns/{id}/resume/`: 200 the campaign (`sending`); 409 unless it is `paused`. */
export const resumeCampaign = (id: number) => api.post<Campaign>(`/api/campaigns/${id}/resume/`);

export function useResumeCampaign(id: number) {
  return useCampaignTransition(id, resumeCampaign);
}
