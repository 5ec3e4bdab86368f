import { TZDate } from '@date-fns/tz';
import { FUSEAU } from '../../contract/temps';

export { FUSEAU, lectureParis } from '../../contract/temps';

/** The instant of a Europe/Paris wall-clock date and time. */
export function instantParis(date: string, heure: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = heure.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, h, mi, FUSEAU).getTime());
}

/** Whole years of age on a given date (a birthday on that day counts). */
export function ageLe(dateNaissance: string, date: string): number {
  const [ny, nm, nd] = dateNaissance.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - ny - (m < nm || (m === nm && d < nd) ? 1 : 0);
}

export function joursEntre(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function minutes(heure: string): number {
  const [h, m] = heure.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function heureDepuisMinutes(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** `2006-07-14` → `14/07/2006`, for messages. */
export function dateFr(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
