/**
 * The demo's calendar: days are integers (days since 1970-01-01, UTC) so that arithmetic is exact
 * and cheap over hundreds of thousands of records; they become `YYYY-MM-DD` only when written.
 */
import { ajouterMois as ajouterMoisDate, instantParis } from '../commun/temps';

export const JOUR_MS = 86_400_000;
const FERIES_FIXES = new Set(['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25']);

export function jourDe(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / JOUR_MS);
}

/** Cached: a demo writes each of a few thousand days tens of times. */
const isoDesJours = new Map<number, string>();
export function isoDe(jour: number): string {
  let iso = isoDesJours.get(jour);
  if (iso === undefined) {
    iso = new Date(jour * JOUR_MS).toISOString().slice(0, 10);
    isoDesJours.set(jour, iso);
  }
  return iso;
}

/** `YYYY-MM` of a day. */
export function moisDe(jour: number): string {
  return isoDe(jour).slice(0, 7);
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function jourSemaine(jour: number): number {
  return (((jour + 4) % 7) + 7) % 7;
}

export function estOuvre(jour: number): boolean {
  const js = jourSemaine(jour);
  return js !== 0 && js !== 6 && !FERIES_FIXES.has(isoDe(jour).slice(5));
}

export function ouvreSuivant(jour: number): number {
  let j = jour;
  while (!estOuvre(j)) j++;
  return j;
}

/** `ajouterMois` of the services (a missing day becomes the month's last), on integer days. */
export function ajouterMois(jour: number, mois: number): number {
  return jourDe(ajouterMoisDate(isoDe(jour), mois));
}

/** The day `ans` whole years after a birth date (the birthday itself). */
export function anniversaire(naissance: number, ans: number): number {
  return ajouterMois(naissance, 12 * ans);
}

/**
 * Instants from Paris wall-clock times. The offset is computed once per day at noon: daylight
 * saving changes at 2-3 am, outside the hours used here, so it holds for the whole working day.
 */
export class Horaires {
  private readonly decalages = new Map<number, number>();

  instant(jour: number, minutes: number): number {
    let d = this.decalages.get(jour);
    if (d === undefined) {
      d = jour * JOUR_MS + 12 * 3_600_000 - instantParis(isoDe(jour), '12:00').getTime();
      this.decalages.set(jour, d);
    }
    return jour * JOUR_MS + minutes * 60_000 - d;
  }
}
