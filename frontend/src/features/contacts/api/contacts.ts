import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ContactList } from '@/lib/api-types';

export interface ContactsFilter {
  tag?: string;
  search?: string;
  cursor?: string | null;
}

export const getContacts = (filter: ContactsFilter) =>
  api.get<ContactList>('/api/contacts/', {
    tag: filter.tag || undefined,
    search: filter.search || undefined,
    cursor: filter.cursor ?? undefined,
  });

export function useContacts(filter: ContactsFilter) {
  return useQuery({
    queryKey: ['contacts', filter.tag ?? '', filter.search ?? '', filter.cursor ?? null],
    queryFn: () => getContacts(filter),
    placeholderData: keepPreviousData,
  });
}
