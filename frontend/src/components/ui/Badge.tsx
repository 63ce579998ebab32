import { useTranslation } from 'react-i18next';
import { cn } from './cn';

const tones: Record<string, string> = {
  draft: 'bg-slate-100 text-slate-700 ring-slate-300',
  scheduled: 'bg-sky-50 text-sky-700 ring-sky-300',
  sending: 'bg-amber-50 text-amber-800 ring-amber-300',
  sent: 'bg-emerald-50 text-emerald-700 ring-emerald-300',
  paused: 'bg-violet-50 text-violet-700 ring-violet-300',
  cancelled: 'bg-slate-100 text-slate-500 ring-slate-300',
  queued: 'bg-slate-100 text-slate-700 ring-slate-300',
  retrying: 'bg-amber-50 text-amber-800 ring-amber-300',
  failed: 'bg-rose-50 text-rose-700 ring-rose-300',
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span
      data-status={status}
      className={cn(
        'inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset',
        tones[status] ?? tones.draft,
      )}
    >
      {t(`status.${status}`, { defaultValue: status })}
    </span>
  );
}

export function TagList({ tags }: { tags: string[] }) {
  if (!tags.length) return <span className="text-slate-400">—</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {tags.map((tag) => (
        <span key={tag} className="rounded bg-indigo-50 px-1.5 py-0.5 text-xs text-indigo-700">
          {tag}
        </span>
      ))}
    </span>
  );
}
