import { api } from '@/lib/api-client';
import type { Campaign } from '@/lib/api-types';
import { useCampaignTransition } from './transition';

/**
 * `POST /api/campaigns/{id}/cancel/`: 200 the campaign (`cancelled`, `finished_at` set); 409 once it
 * is sent or cancelled. Allowed from draft, scheduled, sending and paused.
 */
export const cancelCampaign = (id: number) => api.post<Campaign>(`/api/campaigns/${id}/cancel/`);

export function useCancelCampaign(id: number) {
  return useCampaignTransition(id, cancelCampaign);
}
