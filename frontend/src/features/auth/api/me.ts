import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from '@/lib/api-client';
import type { Me } from '@/lib/api-types';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in operator, or null when signed out (the API answers 401/403). */
export async function getMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/auth/me/');
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60_000, retry: false });
}
