import { estDateValide, lectureParis } from '../../src-main/contract';

/** `2006-04-12` → `12/04/2006`. */
export function dateFr(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * `12/04/2006` (or 12.04.2006, 12042006) → `2006-04-12`; null when the text is not a date
 * that exists, so that a caller sends nothing.
 */
export function dateIso(saisie: string): string | null {
  const t = saisie.trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return estDateValide(iso) ? iso : null;
}

/** Inserts the slashes while typing digits: `1204` → `12/04`. */
export function masqueDate(saisie: string): string {
  const chiffres = saisie.replace(/\D/g, '').slice(0, 8);
  if (saisie.includes('/') && !/^\d*$/.test(saisie.replace(/\//g, ''))) return saisie;
  const parts = [chiffres.slice(0, 2), chiffres.slice(2, 4), chiffres.slice(4, 8)].filter(Boolean);
  return parts.join('/');
}

/** Today in Europe/Paris, as the main process reads it, whatever the workstation's zone. */
export function aujourdhuiIso(maintenant = new Date()): string {
  return lectureParis(maintenant).date;
}

/** The Europe/Paris wall-clock time now. */
export function heureMaintenant(maintenant = new Date()): string {
  return lectureParis(maintenant).heure;
}

export function decalerJours(iso: string, jours: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const dt = new Date(Date.UTC(y!, m! - 1, d! + jours));
  return dt.toISOString().slice(0, 10);
}

/** Age in whole years on a given date. */
export function age(naissance: string, le: string = aujourdhuiIso()): number {
  const [ny, nm, nd] = naissance.split('-').map(Number);
  const [y, m, d] = le.split('-').map(Number);
  let a = y! - ny!;
  if (m! < nm! || (m === nm && d! < nd!)) a -= 1;
  return a;
}

const JOURS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MOIS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** `2026-03-10` → `mardi 10 mars 2026`. */
export function dateLongue(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const dt = new Date(Date.UTC(y!, m! - 1, d!));
  return `${JOURS[dt.getUTCDay()]} ${d === 1 ? '1er' : d} ${MOIS[m! - 1]} ${y}`;
}

/** `0612345678` → `06 12 34 56 78`. */
export function telephoneFr(t: string | null | undefined): string {
  if (!t) return '';
  return /^0\d{9}$/.test(t) ? t.replace(/(\d{2})(?=\d)/g, '$1 ') : t;
}

/** An instant (UTC) as its Europe/Paris wall-clock time, `14:05`. */
export function heureDe(instant: string): string {
  return lectureParis(new Date(instant)).heure;
}

/** An instant (UTC) read in Europe/Paris, `12/03/2026 14:05`. */
export function dateHeureFr(instant: string | null | undefined): string {
  if (!instant) return '';
  const { date, heure } = lectureParis(new Date(instant));
  return `${dateFr(date)} ${heure}`;
}
