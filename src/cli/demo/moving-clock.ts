/**
 * A clock the demo moves, so each file is received when its sender prepared it. Given a limit
 * (the moment the demo runs), it refuses to be set past it: nothing the demo stores may be dated
 * after now.
 */
import type { Clock } from '../../services/clock.ts';

export class MovingClock implements Clock {
  private at: Date;

  constructor(
    iso: string,
    private readonly limit?: Date,
  ) {
    this.at = new Date(iso);
    this.check();
  }

  set(iso: string): void {
    this.at = new Date(iso);
    this.check();
  }

  now(): Date {
    return new Date(this.at);
  }

  private check(): void {
    if (this.limit && this.at.getTime() > this.limit.getTime())
      throw new Error(
        `The clock may not pass ${this.limit.toISOString()} (set to ${this.at.toISOString()})`,
      );
  }
}
