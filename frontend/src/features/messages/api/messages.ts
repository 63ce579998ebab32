import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MessageList, MessageStatus } from '@/lib/api-types';

export interface MessagesFilter {
  status?: MessageStatus | '';
  cursor?: string | null;
}

export const getMessages = (campaignId: number, filter: MessagesFilter) =>
  api.get<MessageList>(`/api/campaigns/${campaignId}/messages/`, {
    status: filter.status || undefined,
    cursor: filter.cursor ?? undefined,
  });

export function useMessages(campaignId: number, filter: MessagesFilter, options: { live?: boolean } = {}) {
  return useQuery({
    queryKey: ['messages', campaignId, filter.status ?? '', filter.cursor ?? null],
    queryFn: () => getMessages(campaignId, filter),
    placeholderData: keepPreviousData,
    refetchInterval: options.live ? 2000 : false,
  });
}
