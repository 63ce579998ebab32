import { Button } from './Button';

export function Pager({
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  previousLabel,
  nextLabel,
  status,
}: {
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  previousLabel: string;
  nextLabel: string;
  status?: string;
}) {
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav className="mt-3 flex items-center justify-between gap-2" aria-label="pagination">
      <Button variant="secondary" size="sm" disabled={!hasPrevious} onClick={onPrevious}>
        ← {previousLabel}
      </Button>
      {status ? <span className="text-sm text-slate-500">{status}</span> : null}
      <Button variant="secondary" size="sm" disabled={!hasNext} onClick={onNext}>
        {nextLabel} →
      </Button>
    </nav>
  );
}
