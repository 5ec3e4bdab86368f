/**
 * How a domain date and time are read from an instant. Shared by the main process and the page:
 * "now" at the desk is Paris time whatever time zone the workstation is set to.
 */

/** The ML's time zone: every domain date and time is read there. */
export const FUSEAU = 'Europe/Paris';

const lecteurParis = new Intl.DateTimeFormat('en-CA', {
  timeZone: FUSEAU,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Europe/Paris calendar date and wall-clock time of an instant. */
export function lectureParis(instant: Date): { date: string; heure: string } {
  const p: Record<string, string> = {};
  for (const part of lecteurParis.formatToParts(instant)) p[part.type] = part.value;
  return { date: `${p.year}-${p.month}-${p.day}`, heure: `${p.hour}:${p.minute}` };
}
