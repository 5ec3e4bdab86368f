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

/** `date` plus `n` calendar days (negative: before). */
export function ajouterJours(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * `date` plus `n` months (negative: before). A day the target month lacks becomes its last day,
 * as contracts and deadlines count it: 31/01 + 1 month = 28/02 (29/02 in a leap year).
 */
export function ajouterMois(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const annee = Math.floor(total / 12);
  const mois = total - annee * 12 + 1;
  const dernierJour = new Date(Date.UTC(annee, mois, 0)).getUTCDate();
  return `${String(annee).padStart(4, '0')}-${String(mois).padStart(2, '0')}-${String(Math.min(d, dernierJour)).padStart(2, '0')}`;
}

/** Whole months from `debut` to `fin`: the largest k with debut + k months ≤ fin (0 if fin ≤ debut). */
export function moisEntiers(debut: string, fin: string): number {
  const [y1, m1] = debut.split('-').map(Number) as [number, number];
  const [y2, m2] = fin.split('-').map(Number) as [number, number];
  let k = Math.max(0, (y2 - y1) * 12 + (m2 - m1));
  while (k > 0 && ajouterMois(debut, k) > fin) k--;
  return k;
}
