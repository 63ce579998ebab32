import { useQuery } from '@tanstack/react-query';
import { api, unwrapList } from '@/lib/api-client';
import type { Tag } from '@/lib/api-types';

/** All tags; the endpoint may answer a plain list or a paginated page. */
export async function getTags(): Promise<Tag[]> {
  const data = await api.get<Tag[] | { results: Tag[] }>('/api/tags/');
  return unwrapList(data);
}

export function useTags() {
  return useQuery({ queryKey: ['tags'], queryFn: getTags, staleTime: 60_000 });
}
