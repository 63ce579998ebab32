import type { ReactNode } from 'react';
import { cn } from './cn';

export interface DataTableColumn {
  label: string;
  align?: 'right';
}

/** A list table: scrolls sideways on a phone, labelled column headers, rows as children. */
export function DataTable({
  columns,
  busy,
  children,
}: {
  columns: DataTableColumn[];
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="-mx-4 overflow-x-auto sm:mx-0">
      <table className="min-w-full divide-y divide-slate-200 text-sm" aria-busy={busy}>
        <thead>
          <tr className="whitespace-nowrap text-left text-xs font-medium uppercase tracking-wide text-slate-500">
            {columns.map((column, index) => (
              <th
                key={column.label}
                scope="col"
                className={cn('px-4 py-2', index === 0 && 'sm:pl-0', column.align === 'right' && 'text-right')}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
