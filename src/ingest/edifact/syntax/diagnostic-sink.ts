/** Collects diagnostics up to a limit, so a hostile input cannot grow them without bound. */
import { diagnostic, type Diagnostic } from '../../../core/diagnostic.ts';

export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  private dropped = 0;

  constructor(
    private readonly max: number,
    private readonly listener?: (d: Diagnostic) => void,
  ) {}

  add(d: Diagnostic): void {
    this.listener?.(d);
    if (this.list.length < this.max) this.list.push(d);
    else this.dropped++;
  }

  /** Adds the "n more dropped" note, once, at the end of a read. */
  close(): void {
    if (this.dropped === 0) return;
    this.list.push(
      diagnostic(
        'edifact.diagnostics.truncated',
        `${this.dropped} more diagnostics were not kept`,
        undefined,
        'warning',
        { count: this.dropped },
      ),
    );
    this.dropped = 0;
  }
}
