// Page links of /table: previous, "page p of n", next.

import Link from 'next/link';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { PAGE_SIZE, tableHref, type TableView } from '@/lib/view-state/table-params';

export function Pager({ view, total }: { view: TableView; total: number }) {
  const m = drilldownMessages[view.lang].table;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return null;
  const link = (page: number, label: string, rel: string) =>
    page >= 1 && page <= pages ? (
      <Link
        href={tableHref({ ...view, page })}
        rel={rel}
        className="rounded-md border border-rule bg-white px-3 py-1 no-underline hover:border-accent"
      >
        {label}
      </Link>
    ) : (
      <span className="rounded-md border border-rule px-3 py-1 text-ink-mute" aria-disabled>
        {label}
      </span>
    );
  return (
    <nav aria-label={m.page(view.page, pages)} className="mt-4 flex items-center justify-center gap-3 text-sm">
      {link(view.page - 1, m.prev, 'prev')}
      <span className="tabular text-ink-soft">{m.page(view.page, pages)}</span>
      {link(view.page + 1, m.next, 'next')}
    </nav>
  );
}
