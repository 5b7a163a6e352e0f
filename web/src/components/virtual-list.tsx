/**
 * A list that renders only the rows in view (plus a few either side), so a queue of thousands of
 * containers draws and scrolls at once. Rows have a fixed height. The active row is kept in view.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props<T> {
  readonly items: readonly T[];
  readonly rowHeight: number;
  readonly height: number;
  readonly activeIndex?: number;
  readonly label: string;
  readonly renderRow: (item: T, index: number) => ReactNode;
  readonly overscan?: number;
}

export function VirtualList<T>({
  items,
  rowHeight,
  height,
  activeIndex,
  label,
  renderRow,
  overscan = 8,
}: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  useEffect(() => {
    const el = scroller.current;
    if (!el || activeIndex === undefined || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight)
      el.scrollTop = top + rowHeight - el.clientHeight;
  }, [activeIndex, rowHeight]);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i];
    if (item === undefined) continue;
    rows.push(
      <div
        key={i}
        role="row"
        aria-rowindex={i + 1}
        className="vrow"
        style={{ top: i * rowHeight, height: rowHeight }}
      >
        {renderRow(item, i)}
      </div>,
    );
  }
  return (
    <div
      ref={scroller}
      className="vlist"
      role="grid"
      aria-label={label}
      aria-rowcount={items.length}
      style={{ height }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      data-testid="virtual-list"
    >
      <div style={{ height: items.length * rowHeight, position: 'relative' }}>{rows}</div>
    </div>
  );
}
