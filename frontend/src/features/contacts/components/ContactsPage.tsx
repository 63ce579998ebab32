import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, DataTable, EmptyState, ErrorState, LoadingState, Pager, SelectField, TagList, TextField, formatDateTime } from '@/components/ui';
import { cursorFrom } from '@/lib/api-client';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useContacts } from '../api/contacts';
import { useTags } from '../api/tags';

export function ContactsPage() {
  const { t, i18n } = useTranslation();
  const [tag, setTag] = useState('');
  const [search, setSearch] = useState('');
  const [cursor, setCursor] = useState<string | null>(null);
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const tags = useTags();
  const contacts = useContacts({ tag, search: debouncedSearch, cursor });

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('contacts.title')}</h1>
      <Card>
        <form role="search" className="mb-4 grid gap-3 sm:grid-cols-[12rem_1fr]" onSubmit={(e) => e.preventDefault()}>
          <SelectField
            label={t('contacts.tag')}
            value={tag}
            onChange={(e) => {
              setTag(e.target.value);
              setCursor(null);
            }}
          >
            <option value="">{t('contacts.allTags')}</option>
            {(tags.data ?? []).map((tg) => (
              <option key={tg.id} value={tg.name}>
                {tg.name} ({tg.contact_count})
              </option>
            ))}
          </SelectField>
          <TextField
            type="search"
            label={t('contacts.search')}
            placeholder={t('contacts.searchPlaceholder')}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setCursor(null);
            }}
          />
        </form>
        {contacts.isPending ? (
          <LoadingState />
        ) : contacts.isError ? (
          <ErrorState error={contacts.error} onRetry={() => void contacts.refetch()} />
        ) : contacts.data.results.length === 0 ? (
          <EmptyState>{t('contacts.empty')}</EmptyState>
        ) : (
          <>
            <DataTable busy={contacts.isFetching}
              columns={[
                { label: t('contacts.columns.name') },
                { label: t('contacts.columns.email') },
                { label: t('contacts.columns.phone') },
                { label: t('contacts.columns.tags') },
                { label: t('contacts.columns.subscribed') },
                { label: t('contacts.columns.created') },
              ]}
            >
              {contacts.data.results.map((c) => (
                <tr key={c.id}>
                  <td className="px-4 py-2 font-medium sm:pl-0">{c.name}</td>
                  <td className="px-4 py-2 text-slate-600">{c.email}</td>
                  <td className="whitespace-nowrap px-4 py-2 text-slate-600">{c.phone || '—'}</td>
                  <td className="px-4 py-2"><TagList tags={c.tags ?? []} /></td>
                  <td className="px-4 py-2">
                    {c.unsubscribed_at ? (
                      <span className="text-xs text-rose-700">{t('contacts.unsubscribed')}</span>
                    ) : (
                      <span className="text-xs text-emerald-700">{t('contacts.subscribed')}</span>
                    )}
                  </td>
                  <td className="whitespace-nowrap px-4 py-2 text-slate-600">{formatDateTime(c.created_at, i18n.language)}</td>
                </tr>
              ))}
            </DataTable>
            <Pager
              hasPrevious={Boolean(contacts.data.previous)}
              hasNext={Boolean(contacts.data.next)}
              onPrevious={() => setCursor(cursorFrom(contacts.data.previous))}
              onNext={() => setCursor(cursorFrom(contacts.data.next))}
              previousLabel={t('contacts.previous')}
              nextLabel={t('contacts.next')}
            />
          </>
        )}
      </Card>
    </div>
  );
}
