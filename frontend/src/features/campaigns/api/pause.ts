import { api } from '@/lib/api-client';
import type { Campaign } from '@/lib/api-types';
import { useCampaignTransition } from './transition';

/** `POST /api/campaigns/{id}/pause/`: 200 the campaign (`paused`); 409 unless it is `sending`. */
export const pauseCampaign = (id: number) => api.post<Campaign>(`/api/campaigns/${id}/pause/`);

export function usePauseCampaign(id: number) {
  return useCampaignTransition(id, pauseCampaign);
}
