// Converting between the form's local date-time and the stored UTC instant plus offset.
import type { PainDraft, PainEntry } from '../../../../shared/pain/vocabulary.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm` in the computer's local time, for a datetime-local input. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The stored instant and the local offset at that moment. */
export function fromLocalInput(value: string): { at: string; offsetMin: number } | null {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return { at: date.toISOString(), offsetMin: -date.getTimezoneOffset() };
}

export function emptyDraft(now = new Date()): PainDraft {
  return {
    at: now.toISOString(),
    offsetMin: -now.getTimezoneOffset(),
    intensity: 3,
    regions: [],
    qualities: [],
    radiatesTo: [],
    symptoms: [],
    warningSigns: [],
    triggers: [],
    customTriggers: [],
    relief: [],
    interference: {},
    notes: '',
  };
}

export function draftOf(entry: PainEntry): PainDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, breakContext: _b, flagsShown: _f, acknowledgedAt: _a, ...draft } = entry;
  return draft;
}

/** The entry's local date and time as the user saw it. */
export function entryWhen(entry: { at: string; offsetMin: number }): string {
  const local = new Date(Date.parse(entry.at) + entry.offsetMin * 60_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

export const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item));
