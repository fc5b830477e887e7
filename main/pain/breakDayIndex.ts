// Break counts per local day for the pain log, kept as an index so an append or a weekly review
// never rescans ten years of break history. Counts follow shared/breaks dailyBreakCounts (a unit test
// compares the two); new events at the end of the history are counted incrementally.
import { datesBetween, type DailyBreakCounts } from '../../shared/breaks/dailyCounts.ts';
import type { BreakEvent } from '../../shared/breaks/types.ts';
import type { BreakCountsSource } from './painService.ts';

export class BreakDayIndex implements BreakCountsSource {
  readonly #source: { all(): readonly BreakEvent[] };
  readonly #format: Intl.DateTimeFormat;
  readonly #days = new Map<string, DailyBreakCounts>();
  // What was counted, kept as values: the history grows its array in place, so the array itself
  // (or a reference to it) cannot tell what is new.
  #seenLength = 0;
  #seenFirst: BreakEvent | undefined;
  #seenLast: BreakEvent | undefined;

  constructor(source: { all(): readonly BreakEvent[] }, timeZone?: string) {
    this.#source = source;
    // en-CA formats dates as YYYY-MM-DD; one formatter instead of one per event.
    this.#format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  }

  #count(event: BreakEvent) {
    const date = this.#format.format(new Date(event.at));
    let row = this.#days.get(date);
    if (!row) this.#days.set(date, (row = { date, taken: 0, skipped: 0, postponed: 0, natural: 0 }));
    if (event.type === 'completed' || event.type === 'endedEarly') row.taken++;
    else if (event.type === 'skipped') row.skipped++;
    else if (event.type === 'postponed') row.postponed++;
    else if (event.type === 'natural') row.natural++;
  }

  #refresh() {
    const all = this.#source.all();
    const n = this.#seenLength;
    if (all.length === n && all[0] === this.#seenFirst && all[n - 1] === this.#seenLast) return;
    // The usual change: events added after the ones already counted.
    if (n > 0 && all.length > n && all[0] === this.#seenFirst && all[n - 1] === this.#seenLast) {
      for (let i = n; i < all.length; i++) this.#count(all[i]!);
    } else {
      this.#days.clear();
      for (const event of all) this.#count(event);
    }
    this.#seenLength = all.length;
    this.#seenFirst = all[0];
    this.#seenLast = all[all.length - 1];
  }

  dailyCounts(from: string, to: string): DailyBreakCounts[] {
    this.#refresh();
    return datesBetween(from, to).map((date) => ({ ...(this.#days.get(date) ?? { date, taken: 0, skipped: 0, postponed: 0, natural: 0 }) }));
  }
}
