import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AdminAccount } from '@/api/types.ts';
import { AccountRow } from './account-row.tsx';

const ROW_HEIGHT = 60;
const ROW_WITH_REASON_HEIGHT = 84;
/** Start loading the next page while this many loaded rows are still below the viewport. */
const PREFETCH_ROWS = 50;

export interface AccountTableProps {
  accounts: readonly AdminAccount[];
  complete: boolean;
  busy: boolean;
  onNearEnd: () => void;
  onOpen: (account: AdminAccount) => void;
  onIntent: (account: AdminAccount) => void;
}

/**
 * A virtualised table on the window's scroll: only the rows near the viewport are in the DOM, so
 * ten thousand accounts cost about as much as fifty.
 */
export function AccountTable({ accounts, complete, busy, onNearEnd, onOpen, onIntent }: AccountTableProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // Where the table starts on the page; filters, notices and errors above it move it.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const measure = () => setScrollMargin(body.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.getElementById('main') ?? document.body);
    return () => observer.disconnect();
  }, []);

  const estimateSize = (index: number) => (accounts[index]?.approved === false && accounts[index]?.invite_request ? ROW_WITH_REASON_HEIGHT : ROW_HEIGHT);
  const virtualizer = useWindowVirtualizer({
    count: accounts.length,
    estimateSize,
    // Rows have fixed CSS heights, so a new row is taken at its estimate instead of forcing a layout
    // per row; the ResizeObserver entry corrects it when a row grows (an expanded sign-up reason).
    measureElement: (element, entry) => entry?.borderBoxSize[0]?.blockSize ?? estimateSize(Number((element as HTMLElement).dataset.index)),
    getItemKey: (index) => accounts[index]?.id ?? index,
    overscan: 8,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (lastIndex >= accounts.length - PREFETCH_ROWS) onNearEnd();
  }, [lastIndex, accounts.length, onNearEnd]);

  // Callbacks stay the same while pages load, so rows already on screen do not re-render.
  const focusRow = useCallback(
    (index: number) => {
      const target = Math.max(0, Math.min(index, virtualizer.options.count - 1));
      virtualizer.scrollToIndex(target, { align: 'auto' });
      requestAnimationFrame(() => bodyRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`)?.focus());
    },
    [virtualizer],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>, account: AdminAccount, index: number) => {
      if (event.target !== event.currentTarget) return;
      const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: virtualizer.options.count - 1 };
      if (event.key === 'Enter') onOpen(account);
      else if (event.key in moves) focusRow(moves[event.key]!);
      else return;
      event.preventDefault();
    },
    [virtualizer, focusRow, onOpen],
  );

  // Row links are plain anchors; a plain click on one navigates inside the app.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-route]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate({ href: link.getAttribute('href')! });
  };

  return (
    <div role="table" className="table" aria-label={t('accounts.tableLabel')} aria-rowcount={complete ? accounts.length + 1 : -1} aria-busy={busy}>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="table-head">
          {(['account', 'state', 'contact', 'joined', 'activity'] as const).map((column) => (
            <span key={column} role="columnheader">
              {t(`accounts.columns.${column}`)}
            </span>
          ))}
        </div>
      </div>
      <div role="rowgroup" ref={bodyRef} className="table-body" style={{ height: virtualizer.getTotalSize() }} onClick={onClick}>
        {items.map((item) => (
          <AccountRow
            key={item.key}
            account={accounts[item.index]!}
            index={item.index}
            start={item.start - scrollMargin}
            t={t}
            language={i18n.language}
            onOpen={onOpen}
            onIntent={onIntent}
            onKeyDown={onKeyDown}
            measure={virtualizer.measureElement}
          />
        ))}
      </div>
    </div>
  );
}
