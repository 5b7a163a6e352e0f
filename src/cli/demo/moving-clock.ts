/** A clock the demo moves, so each file is received when its sender prepared it. */
import type { Clock } from '../../services/clock.ts';

export class MovingClock implements Clock {
  private at: Date;

  constructor(iso: string) {
    this.at = new Date(iso);
  }

  set(iso: string): void {
    this.at = new Date(iso);
  }

  now(): Date {
    return new Date(this.at);
  }
}
