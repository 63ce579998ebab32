import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, EmptyState, ErrorState, LoadingState, Pager, SelectField, StatusBadge, TagList, formatDateTime } from '@/components/ui';
import { cursorFrom } from '@/lib/api-client';
import { MESSAGE_STATUSES, type MessageStatus } from '@/lib/api-types';
import { useMessages } from '../api/messages';

export function MessagesTable({ campaignId, live = false }: { campaignId: number; live?: boolean }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<MessageStatus | ''>('');
  const [cursor, setCursor] = useState<string | null>(null);
  const messages = useMessages(campaignId, { status, cursor }, { live: live && cursor === null });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 className="text-base font-semibold">{t('messages.title')}</h2>
        <div className="w-44">
          <SelectField
            label={t('messages.filter')}
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as MessageStatus | '');
              setCursor(null);
            }}
          >
            <option value="">{t('messages.all')}</option>
            {MESSAGE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      {messages.isPending ? (
        <LoadingState />
      ) : messages.isError ? (
        <ErrorState error={messages.error} onRetry={() => void messages.refetch()} />
      ) : messages.data.results.length === 0 ? (
        <EmptyState>{t('messages.empty')}</EmptyState>
      ) : (
        <>
          <DataTable busy={messages.isFetching}
            columns={[
              { label: t('messages.columns.recipient') },
              { label: t('messages.columns.tags') },
              { label: t('messages.columns.status') },
              { label: t('messages.columns.attempts'), align: 'right' },
              { label: t('messages.columns.created') },
              { label: t('messages.columns.sent') },
              { label: t('messages.columns.lastError') },
            ]}
          >
            {messages.data.results.map((m) => (
              <tr key={m.id} data-testid="message-row">
                <td className="px-4 py-2 sm:pl-0">
                  <p className="font-medium">{m.recipient.name}</p>
                  <p className="text-xs text-slate-500">{m.recipient.email}</p>
                </td>
                <td className="px-4 py-2"><TagList tags={m.tags} /></td>
                <td className="px-4 py-2"><StatusBadge status={m.status} /></td>
                <td className="px-4 py-2 text-right tabular-nums">{m.attempts}</td>
                <td className="whitespace-nowrap px-4 py-2 text-slate-600">{formatDateTime(m.created_at, i18n.language)}</td>
                <td className="whitespace-nowrap px-4 py-2 text-slate-600">{formatDateTime(m.sent_at, i18n.language)}</td>
                <td className="max-w-[16rem] truncate px-4 py-2 text-xs text-rose-700" title={m.last_error || undefined}>
                  {m.last_error || <span className="text-slate-400">—</span>}
                </td>
              </tr>
            ))}
          </DataTable>
          <Pager
            hasPrevious={Boolean(messages.data.previous)}
            hasNext={Boolean(messages.data.next)}
            onPrevious={() => setCursor(cursorFrom(messages.data.previous))}
            onNext={() => setCursor(cursorFrom(messages.data.next))}
            previousLabel={t('messages.previous')}
            nextLabel={t('messages.next')}
          />
        </>
      )}
    </div>
  );
}
