import { withDates } from './nlp';

/**
 * A round's announcement date from the sentence that states it, read by compromise-dates relative
 * to the article's publication date ("on Tuesday", "yesterday", "on March 3"). Only a single day
 * counts: "last week" or "in March" is not a date.
 */

interface ParsedDate {
  readonly start: string;
  readonly end: string;
}

/** The ISO date a sentence gives for the event, or null. */
export function announcedOn(sentence: string, publishedOn: string): string | null {
  const doc = withDates()(sentence) as unknown as { dates(options: object): { json(): { dates?: ParsedDate }[] } };
  for (const d of doc.dates({ today: publishedOn, timezone: 'UTC' }).json()) {
    const range = d.dates;
    if (!range?.start || !range.end) continue;
    const start = range.start.slice(0, 10);
    if (range.end.slice(0, 10) !== start) continue;
    // A weekday names the latest such day on or before publication, never a future one.
    if (start > publishedOn) {
      const back = new Date(`${start}T00:00:00Z`);
      back.setUTCDate(back.getUTCDate() - 7);
      return back.toISOString().slice(0, 10);
    }
    return start;
  }
  return null;
}
