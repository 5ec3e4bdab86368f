import { decalerJours } from '../../components/dates';

/** The week (Monday to Sunday) of a date. */
export function semaineDe(iso: string): { du: string; au: string } {
  const [y, m, d] = iso.split('-').map(Number);
  // getUTCDay: 0 = Sunday; Monday starts the week in France.
  const rang = (new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7;
  const du = decalerJours(iso, -rang);
  return { du, au: decalerJours(du, 6) };
}

/** `14:00` and 90 minutes → `15:30` (a workshop does not run past midnight). */
export function heureDeFin(heure: string, dureeMinutes: number): string {
  const [h, m] = heure.split(':').map(Number);
  const fin = Math.min(h! * 60 + m! + dureeMinutes, 23 * 60 + 59);
  return `${String(Math.floor(fin / 60)).padStart(2, '0')}:${String(fin % 60).padStart(2, '0')}`;
}

/** The attendance list is taken on the day of the workshop or later, never before. */
export function emargementOuvert(dateAtelier: string, aujourdhui: string): boolean {
  return dateAtelier <= aujourdhui;
}

function pluriel(n: number, mot: string): string {
  return `${n} ${mot}${n > 1 ? 's' : ''}`;
}

/** What the conseiller reads once the attendance list is saved. */
export function messageEmargement(r: { presents: number; absents: number }): string {
  return `${pluriel(r.presents, 'présent')}, ${pluriel(r.absents, 'absent')} : les événements sont sur les dossiers.`;
}
