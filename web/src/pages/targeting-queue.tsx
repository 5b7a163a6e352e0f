/**
 * A call's queue as a virtual grid. Holds come first, then the highest scores. Selecting or
 * deselecting (one row with space, or the ticked rows in bulk) asks for the reason first.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { PlanSelection, QueueEntry } from '../api/types.ts';
import { Band } from '../components/band.tsx';
import { VirtualList } from '../components/virtual-list.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Link, navigate } from '../lib/router.tsx';
import { ReasonForm, type PendingChange } from './targeting-reason.tsx';

interface Props {
  readonly entries: readonly QueueEntry[];
  readonly planned: ReadonlyMap<string, PlanSelection>;
  readonly canWrite: boolean;
  readonly onChange: (containerNumber: string, selected: boolean, reason: string) => Promise<void>;
}

const ROW = 40;

export function QueueTable({ entries, planned, canWrite, onChange }: Props) {
  const { t, formatNumber } = useI18n();
  const [active, setActive] = useState(0);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [pending, setPending] = useState<PendingChange>();
  const grid = useRef<HTMLDivElement>(null);
  const height = Math.max(320, Math.min(window.innerHeight - 300, 900));

  useEffect(() => {
    if (entries.length === 0) return;
    performance.mark('queue:rendered');
    performance.measure('queue:render', 'queue:data', 'queue:rendered');
    performance.measure('queue:total', 'queue:requested', 'queue:rendered');
  }, [entries]);

  const isSelected = (n: string) => planned.get(n)?.selected === true;
  const toggleTick = (n: string) =>
    setTicked((s) => {
      const next = new Set(s);
      if (next.has(n)) next.delete(n);
      else next.add(n);
      return next;
    });
  const ask = (containers: string[], selected: boolean) => {
    if (canWrite && containers.length > 0) setPending({ containers, selected });
  };

  function onKey(e: KeyboardEvent) {
    if (pending || (e.target instanceof HTMLInputElement && e.target.type !== 'checkbox')) return;
    const entry = entries[active];
    switch (e.key) {
      case 'j':
      case 'ArrowDown':
        setActive((i) => Math.min(entries.length - 1, i + 1));
        break;
      case 'k':
      case 'ArrowUp':
        setActive((i) => Math.max(0, i - 1));
        break;
      case 'x':
        if (entry) toggleTick(entry.containerNumber);
        break;
      case ' ':
        if (entry) ask([entry.containerNumber], !isSelected(entry.containerNumber));
        break;
      case 'Enter':
        if (entry) navigate(`/containers/${encodeURIComponent(entry.containerNumber)}`);
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  async function apply(reason: string) {
    if (!pending) return;
    for (const n of pending.containers) await onChange(n, pending.selected, reason);
    setPending(undefined);
    setTicked(new Set());
    grid.current?.focus();
  }

  const statusOf = (n: string) => {
    const s = planned.get(n);
    if (!s) return '';
    if (!s.selected) return t('queue.deselected');
    return s.reason === 'control' ? t('queue.control') : t('queue.inPlan');
  };

  return (
    <div>
      <div className="toolbar" role="toolbar" aria-label={t('queue.bulk')}>
        <span>
          {t('queue.count', { n: formatNumber(entries.length), ticked: formatNumber(ticked.size) })}
        </span>
        <button
          type="button"
          disabled={!canWrite || ticked.size === 0}
          onClick={() => ask([...ticked], true)}
          data-testid="bulk-select"
        >
          {t('queue.bulkSelect')}
        </button>
        <button
          type="button"
          disabled={!canWrite || ticked.size === 0}
          onClick={() => ask([...ticked], false)}
          data-testid="bulk-deselect"
        >
          {t('queue.bulkDeselect')}
        </button>
        <button type="button" disabled={ticked.size === 0} onClick={() => setTicked(new Set())}>
          {t('queue.clearTicks')}
        </button>
        <span className="muted keys">{t('queue.keys')}</span>
      </div>
      {pending && (
        <ReasonForm
          pending={pending}
          onCancel={() => {
            setPending(undefined);
            // Back to the queue, not to the page's start: the keyboard user keeps their place.
            grid.current?.focus();
          }}
          onConfirm={apply}
        />
      )}
      <div className="qhead" role="presentation">
        <span />
        <span>{t('queue.container')}</span>
        <span>{t('queue.bill')}</span>
        <span>{t('queue.score')}</span>
        <span>{t('queue.band')}</span>
        <span>{t('queue.reasons')}</span>
        <span>{t('queue.plan')}</span>
      </div>
      <div
        ref={grid}
        tabIndex={0}
        onKeyDown={onKey}
        className="grid-focus"
        data-testid="queue"
        aria-label={t('queue.label')}
      >
        <VirtualList
          items={entries}
          rowHeight={ROW}
          height={height}
          activeIndex={active}
          label={t('queue.label')}
          renderRow={(e, i) => (
            <div
              className={`qrow${i === active ? ' active' : ''}${isSelected(e.containerNumber) ? ' selected' : ''}`}
              aria-selected={i === active}
              data-container={e.containerNumber}
              onClick={() => setActive(i)}
            >
              <span role="gridcell">
                <input
                  type="checkbox"
                  aria-label={t('queue.tick', { container: e.containerNumber })}
                  checked={ticked.has(e.containerNumber)}
                  onChange={() => toggleTick(e.containerNumber)}
                  tabIndex={-1}
                />
              </span>
              <span role="gridcell" className="mono">
                <Link href={`/containers/${encodeURIComponent(e.containerNumber)}`} tabIndex={-1}>
                  {e.containerNumber}
                </Link>
                {e.mandatoryHold && <span className="hold">{t('queue.hold')}</span>}
              </span>
              <span role="gridcell" className="mono">
                {e.billNumber}
              </span>
              <span role="gridcell" className="num">
                {formatNumber(e.score, 3)}
              </span>
              <span role="gridcell">
                <Band band={e.band} />
              </span>
              <span
                role="gridcell"
                className="reasons"
                title={e.topReasons.map((r) => r.text).join('\n')}
              >
                {e.topReasons[0]?.text ?? ''}
              </span>
              <span role="gridcell">{statusOf(e.containerNumber)}</span>
            </div>
          )}
        />
      </div>
    </div>
  );
}
