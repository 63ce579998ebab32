import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Audience } from '@/lib/api-types';

export const getAudience = (segment: string, signal?: AbortSignal) =>
  api.get<Audience>('/api/contacts/audience/', { segment }, signal);

/** Audience size of a segment rule. Pass an already debounced rule. */
export function useAudience(segment: string, enabled = true) {
  return useQuery({
    queryKey: ['audience', segment],
    queryFn: ({ signal }) => getAudience(segment, signal),
    enabled,
    retry: false,
    staleTime: 10_000,
  });
}
