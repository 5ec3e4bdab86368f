import Papa from 'papaparse';
import {
  contract,
  DOMAINE_FORMATION_LIBELLES,
  RAISON_BESOIN_LIBELLES,
  RAISONS_BESOIN,
  STATUTS_ACTION,
  type DomaineFormation,
  type RaisonBesoin,
  type StatutPositionnement,
} from '../../../src-main/contract';
import type { Entree, Sortie } from '../../api/client';
import { dateFr, dateIso } from '../../components/dates';
import { dateEnvoyee } from '../dossier/logique';
import { pourcentage } from './logique';

export type TableauDeBordFormation = Sortie<'formation.tableauDeBord'>;
export type SyntheseBesoins = Sortie<'besoins.synthese'>;
export type ActionDuTableau = TableauDeBordFormation['actions'][number];
export type ProgrammeDuTableau = TableauDeBordFormation['parProgramme'][number];

// ——— Periods ———

export type Trimestre = 1 | 2 | 3 | 4;

/**
 * The period a dashboard reads: a calendar year (the default, as the funders count), a quarter,
 * or two dates typed JJ/MM/AAAA.
 */
export type ChoixPeriode =
  | { genre: 'annee'; annee: number }
  | { genre: 'trimestre'; annee: number; trimestre: Trimestre }
  | { genre: 'personnalisee'; du: string; au: string };

export interface Periode {
  du: string;
  au: string;
}

export function anneeDe(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function trimestreDe(iso: string): Trimestre {
  return (Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1) as Trimestre;
}

/** The current calendar year. */
export function periodeParDefaut(aujourdhui: string): ChoixPeriode {
  return { genre: 'annee', annee: anneeDe(aujourdhui) };
}

function finDeMois(annee: number, mois: number): string {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(annee, mois, 0)).toISOString().slice(0, 10);
}

/** The dates of a choice; null when the typed dates are not dates, or the end precedes the start. */
export function periodeDe(c: ChoixPeriode): Periode | null {
  switch (c.genre) {
    case 'annee':
      return { du: `${c.annee}-01-01`, au: `${c.annee}-12-31` };
    case 'trimestre': {
      const premier = (c.trimestre - 1) * 3 + 1;
      return {
        du: `${c.annee}-${String(premier).padStart(2, '0')}-01`,
        au: finDeMois(c.annee, premier + 2),
      };
    }
    case 'personnalisee': {
      const du = dateIso(c.du);
      const au = dateIso(c.au);
      return du && au && du <= au ? { du, au } : null;
    }
  }
}

/** Why typed dates give no period, to show under the fields; null when they do. */
export function erreurPeriode(c: ChoixPeriode): string | null {
  if (c.genre !== 'personnalisee') return null;
  if (dateIso(c.du) === null) return 'Début : une date JJ/MM/AAAA.';
  if (dateIso(c.au) === null) return 'Fin : une date JJ/MM/AAAA.';
  return periodeDe(c) ? null : 'La fin précède le début.';
}

/**
 * The choice in another form, keeping the dates where it can: a year becomes its first quarter
 * (the current one for the current year), any period becomes the same dates typed.
 */
export function changerGenre(c: ChoixPeriode, genre: ChoixPeriode['genre'], aujourdhui: string): ChoixPeriode {
  if (c.genre === genre) return c;
  const p = periodeDe(c) ?? periodeDe(periodeParDefaut(aujourdhui))!;
  const annee = anneeDe(p.du);
  switch (genre) {
    case 'annee':
      return { genre, annee };
    case 'trimestre':
      return {
        genre,
        annee,
        trimestre: annee === anneeDe(aujourdhui) ? trimestreDe(aujourdhui) : trimestreDe(p.du),
      };
    case 'personnalisee':
      return { genre, du: dateFr(p.du), au: dateFr(p.au) };
  }
}

/** The years offered: this one and the `n - 1` before, most recent first. */
export function anneesProposees(aujourdhui: string, n = 5): number[] {
  const a = anneeDe(aujourdhui);
  return Array.from({ length: n }, (_, i) => a - i);
}

const MOIS_COURTS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** `2` → `2e trimestre (avr. – juin)`. */
export function libelleTrimestre(t: Trimestre): string {
  const premier = (t - 1) * 3;
  return `${t === 1 ? '1er' : `${t}e`} trimestre (${MOIS_COURTS[premier]} – ${MOIS_COURTS[premier + 2]})`;
}

/** The period in a sentence: « en 2026 », « au 2e trimestre 2026 », « du 01/02/2026 au 15/03/2026 ». */
export function libellePeriode(p: Periode): string {
  const annee = anneeDe(p.du);
  if (p.du === `${annee}-01-01` && p.au === `${annee}-12-31`) return `en ${annee}`;
  const t = trimestreDe(p.du);
  const q = periodeDe({ genre: 'trimestre', annee, trimestre: t })!;
  if (q.du === p.du && q.au === p.au) return `au ${t === 1 ? '1er' : `${t}e`} trimestre ${annee}`;
  return `du ${dateFr(p.du)} au ${dateFr(p.au)}`;
}

/** Whether the period is only dates (its sentence already says them). */
export function periodeEnDates(p: Periode): boolean {
  return libellePeriode(p).startsWith('du ');
}

// ——— Figures ———

/** `2026-01` → `janv. 2026`. */
export function moisCourt(mois: string): string {
  const [a, m] = mois.split('-').map(Number) as [number, number];
  return `${MOIS_COURTS[m - 1] ?? mois} ${a}`;
}

/** The months a period touches, `YYYY-MM`, in order. */
export function moisDeLaPeriode(p: Periode): string[] {
  const mois: string[] = [];
  let courant = p.du.slice(0, 7);
  const dernier = p.au.slice(0, 7);
  while (courant <= dernier && mois.length < 600) {
    mois.push(courant);
    const [a, m] = courant.split('-').map(Number) as [number, number];
    courant = m === 12 ? `${a + 1}-01` : `${a}-${String(m + 1).padStart(2, '0')}`;
  }
  return mois;
}

export function nombreFr(n: number): string {
  return n.toLocaleString('fr-FR');
}

/** A rate as a chart draws it: a percentage rounded to 0.1 (`0.6667` → `66.7`); null stays null. */
export function enPourcent(taux: number | null): number | null {
  return taux === null || !Number.isFinite(taux) ? null : Math.round(taux * 1000) / 10;
}

/** Entries over places with the rate: `12 / 20 (60 %)`. */
export function remplissage(entres: number, places: number, taux: number | null): string {
  return `${nombreFr(entres)} / ${nombreFr(places)} (${pourcentage(taux)})`;
}

/** The abandons and their share of entries: `2 (16,7 %)`, `0`. */
export function abandonsAffiches(abandons: number, taux: number | null): string {
  return abandons === 0 ? '0' : `${nombreFr(abandons)} (${pourcentage(taux)})`;
}

/** A long name on a chart's axis, cut with an ellipsis. */
export function raccourci(texte: string, max = 34): string {
  return texte.length <= max ? texte : `${texte.slice(0, max - 1).trimEnd()}…`;
}

// ——— Charts ———

export interface BarreProgramme {
  programme: string;
  libelle: string;
  places: number;
  entrees: number;
  /** Percentage (0–100 and beyond when over-filled); null without places. */
  taux: number | null;
  /** Printed beside the entries' bar. */
  etiquette: string;
}

/** « Remplissage par programme »: places and entries of each programme, by name. */
export function donneesProgrammes(parProgramme: readonly ProgrammeDuTableau[]): BarreProgramme[] {
  return [...parProgramme]
    .sort((a, b) => a.programme.localeCompare(b.programme, 'fr'))
    .map((p) => ({
      programme: p.programme,
      libelle: raccourci(p.programme, 90),
      places: p.places,
      entrees: p.entres,
      taux: enPourcent(p.tauxRemplissage),
      etiquette: `${nombreFr(p.entres)} (${pourcentage(p.tauxRemplissage)})`,
    }));
}

export interface PointMois {
  mois: string;
  libelle: string;
  entrees: number;
  positionnements: number;
}

/** « Entrées par mois »: every month of the period, in order, a month without figures at 0. */
export function donneesMois(parMois: TableauDeBordFormation['parMois'], periode: Periode): PointMois[] {
  const lus = new Map(parMois.map((m) => [m.mois, m]));
  const mois = [...new Set([...moisDeLaPeriode(periode), ...lus.keys()])].sort();
  return mois.map((m) => ({
    mois: m,
    libelle: moisCourt(m),
    entrees: lus.get(m)?.entrees ?? 0,
    positionnements: lus.get(m)?.positionnements ?? 0,
  }));
}

// ——— The actions' table ———

export type ColonneTriActions =
  | 'intitule'
  | 'programme'
  | 'referent'
  | 'debut'
  | 'statut'
  | 'places'
  | 'entres'
  | 'remplissage'
  | 'delai'
  | 'abandons';
export type Sens = 'asc' | 'desc';

/**
 * The actions sorted by a column, then by start date and title. An action without the figure
 * (no référent, no entry yet, so no delay or rate) goes last whichever the direction: it is not
 * the best nor the worst.
 */
export function trierActions(
  actions: readonly ActionDuTableau[],
  colonne: ColonneTriActions,
  sens: Sens,
): ActionDuTableau[] {
  const cle = (a: ActionDuTableau): number | string | null => {
    switch (colonne) {
      case 'intitule':
        return a.intitule;
      case 'programme':
        return a.programme;
      case 'referent':
        return a.referentNom;
      case 'debut':
        return a.debut;
      case 'statut':
        return STATUTS_ACTION.indexOf(a.statut);
      case 'places':
        return a.tableau.places;
      case 'entres':
        return a.tableau.entres;
      case 'remplissage':
        return a.tableau.tauxRemplissage;
      case 'delai':
        return a.tableau.delaiMoyenJours;
      case 'abandons':
        return a.tableau.tauxAbandon;
    }
  };
  const ensuite = (a: ActionDuTableau, b: ActionDuTableau) =>
    a.debut.localeCompare(b.debut) || a.intitule.localeCompare(b.intitule, 'fr') || a.id - b.id;
  const signe = sens === 'asc' ? 1 : -1;
  return [...actions].sort((a, b) => {
    const ka = cle(a);
    const kb = cle(b);
    if (ka === null || kb === null) return ka === kb ? ensuite(a, b) : ka === null ? 1 : -1;
    const c = typeof ka === 'string' && typeof kb === 'string' ? ka.localeCompare(kb, 'fr') : Number(ka) - Number(kb);
    return c !== 0 ? c * signe : ensuite(a, b);
  });
}

/** The programmes offered by the filter: those read, and the one chosen even if the period has none. */
export function programmesProposes(lus: readonly { programme: string }[], choisi: string | null): string[] {
  const noms = new Set(lus.map((p) => p.programme));
  if (choisi) noms.add(choisi);
  return [...noms].sort((a, b) => a.localeCompare(b, 'fr'));
}

// ——— Unmet needs ———

/** Domain names short enough for a chart's axis (the full name is in its table). */
export const DOMAINE_COURT: Record<DomaineFormation, string> = {
  A: 'Agriculture, espaces verts',
  B: 'Arts, façonnage',
  C: 'Banque, assurance, immobilier',
  D: 'Commerce, vente',
  E: 'Communication, média',
  F: 'Bâtiment, travaux publics',
  G: 'Hôtellerie-restauration, tourisme',
  H: 'Industrie',
  I: 'Installation, maintenance',
  J: 'Santé',
  K: 'Services à la personne',
  L: 'Spectacle',
  M: 'Support à l’entreprise',
  N: 'Transport, logistique',
  socle: 'Savoirs de base, remise à niveau',
};

/** Reasons short enough for a column's header (the full one in its tooltip). */
export const RAISON_COURTE: Record<RaisonBesoin, string> = {
  aucune_action: 'Aucune action',
  prerequis: 'Pré-requis',
  places: 'Plus de place',
  dates: 'Dates',
  mobilite: 'Mobilité',
  autre: 'Autre',
};

export interface LigneBesoinDomaine {
  domaine: DomaineFormation;
  libelle: string;
  parRaison: Record<RaisonBesoin, number>;
  total: number;
  jeunes: number;
}

export interface TableauBesoins {
  lignes: LigneBesoinDomaine[];
  totalParRaison: Record<RaisonBesoin, number>;
  total: number;
  /** Distinct jeunes over every domain (one jeune may have needs in two domains). */
  jeunes: number;
}

function zeroParRaison(): Record<RaisonBesoin, number> {
  return Object.fromEntries(RAISONS_BESOIN.map((r) => [r, 0])) as Record<RaisonBesoin, number>;
}

/** The synthesis as a domain × reason table, the largest domains first. */
export function tableauBesoins(s: SyntheseBesoins): TableauBesoins {
  const lignes = s.parDomaine
    .map((d) => {
      const parRaison = zeroParRaison();
      for (const r of d.parRaison) parRaison[r.raison] += r.nombre;
      return {
        domaine: d.domaine,
        libelle: DOMAINE_FORMATION_LIBELLES[d.domaine],
        parRaison,
        total: d.total,
        jeunes: d.jeunes,
      };
    })
    .sort((a, b) => b.total - a.total || a.libelle.localeCompare(b.libelle, 'fr'));
  const totalParRaison = zeroParRaison();
  for (const r of s.parRaison) totalParRaison[r.raison] += r.nombre;
  return { lignes, totalParRaison, total: s.total, jeunes: s.jeunes };
}

export interface BarreDomaine {
  domaine: DomaineFormation;
  libelle: string;
  total: number;
  jeunes: number;
}

/** The chart by domain: needs and distinct jeunes, the largest first. */
export function donneesDomaines(s: SyntheseBesoins): BarreDomaine[] {
  return tableauBesoins(s).lignes.map((l) => ({
    domaine: l.domaine,
    libelle: DOMAINE_COURT[l.domaine],
    total: l.total,
    jeunes: l.jeunes,
  }));
}

/** The synthesis for a spreadsheet: a title line, the domain × reason table, then the most frequent targets. */
export function lignesCsvBesoins(s: SyntheseBesoins): string[][] {
  const t = tableauBesoins(s);
  const ligne = (libelle: string, parRaison: Record<RaisonBesoin, number>, total: number, jeunes: number) => [
    libelle,
    ...RAISONS_BESOIN.map((r) => String(parRaison[r])),
    String(total),
    String(jeunes),
  ];
  const lignes: string[][] = [
    [`Besoins de formation non satisfaits ${libellePeriode(s)}`],
    [],
    ['Domaine', ...RAISONS_BESOIN.map((r) => RAISON_BESOIN_LIBELLES[r]), 'Total', 'Jeunes distincts'],
    ...t.lignes.map((l) => ligne(l.libelle, l.parRaison, l.total, l.jeunes)),
    ligne('Total', t.totalParRaison, t.total, t.jeunes),
  ];
  if (s.objetsFrequents.length > 0) {
    lignes.push(
      [],
      ['Formations ou métiers les plus demandés', 'Domaine', 'Besoins'],
      ...s.objetsFrequents.map((o) => [o.objet, DOMAINE_FORMATION_LIBELLES[o.domaine], String(o.nombre)]),
    );
  }
  return lignes;
}

/** A cell starting like a formula would run in a spreadsheet: it is written as text. */
const DEBUT_DE_FORMULE = /^[=+\-@\t\r]/;

/** The CSV file: semicolons, CRLF, a BOM so that a spreadsheet reads the accents (as the directory's export). */
export function csvBesoins(s: SyntheseBesoins): { nomFichier: string; contenu: string } {
  const csv = Papa.unparse(lignesCsvBesoins(s), {
    delimiter: ';',
    newline: '\r\n',
    escapeFormulae: DEBUT_DE_FORMULE,
  });
  return { nomFichier: `besoins-non-satisfaits-${s.du}-${s.au}.csv`, contenu: `\uFEFF${csv}\r\n` };
}

// ——— The jeune's file ———

/** A candidacy still in recruitment: a place may still come of it. */
const EN_RECRUTEMENT: readonly StatutPositionnement[] = [
  'propose',
  'candidature_transmise',
  'information_collective',
  'en_commission',
  'retenu',
];

/** The line under the tab's title: `3 positionnements · 1 en formation · 1 en recrutement · 2 besoins non satisfaits`. */
export function resumeFormationJeune(
  positionnements: readonly { statut: StatutPositionnement }[],
  besoins: number,
): string {
  const parties: string[] = [];
  const n = positionnements.length;
  if (n > 0) {
    parties.push(`${n} positionnement${n > 1 ? 's' : ''}`);
    const enFormation = positionnements.filter((p) => p.statut === 'entre').length;
    const enRecrutement = positionnements.filter((p) => EN_RECRUTEMENT.includes(p.statut)).length;
    if (enFormation > 0) parties.push(`${enFormation} en formation`);
    if (enRecrutement > 0) parties.push(`${enRecrutement} en recrutement`);
  }
  if (besoins > 0) parties.push(`${besoins} besoin${besoins > 1 ? 's' : ''} non satisfait${besoins > 1 ? 's' : ''}`);
  return parties.join(' · ');
}

/** An unmet need as typed in its dialog. */
export interface SaisieBesoin {
  /** Typed JJ/MM/AAAA. */
  date: string;
  domaine: DomaineFormation | null;
  objet: string;
  codeRome: string;
  raison: RaisonBesoin | null;
  action: { id: number; intitule: string } | null;
  commentaire: string;
}

/** A new need, today; from an action that could not take the jeune, its domain and the action. */
export function besoinVide(
  aujourdhui: string,
  depuis?: { id: number; intitule: string; domaine: DomaineFormation; raison?: RaisonBesoin },
): SaisieBesoin {
  return {
    date: dateFr(aujourdhui),
    domaine: depuis?.domaine ?? null,
    objet: depuis ? depuis.intitule : '',
    codeRome: '',
    raison: depuis?.raison ?? null,
    action: depuis ? { id: depuis.id, intitule: depuis.intitule } : null,
    commentaire: '',
  };
}

/** The need as sent (the domain and reason checked first by `manquesBesoin`). */
export function entreeBesoin(s: SaisieBesoin, jeuneId: number): Entree<'besoins.enregistrer'> {
  return {
    id: null,
    besoin: {
      jeuneId,
      date: dateEnvoyee(s.date),
      domaine: s.domaine as DomaineFormation,
      objet: s.objet,
      codeRome: s.codeRome.trim().toUpperCase(),
      raison: s.raison as RaisonBesoin,
      actionId: s.action?.id ?? null,
      commentaire: s.commentaire,
    },
  };
}

/**
 * What the page refuses before sending, by field (`besoin.domaine`…, as the main process names
 * them): the contract's checks, and a date in the future.
 */
export function manquesBesoin(s: SaisieBesoin, jeuneId: number, aujourdhui: string): Record<string, string> {
  const m: Record<string, string> = {};
  if (s.domaine === null) m['besoin.domaine'] = 'Domaine : choisissez dans la liste.';
  if (s.raison === null) m['besoin.raison'] = 'Raison : cochez celle qui empêche la réponse.';
  const verifie = contract['besoins.enregistrer'].input.safeParse(entreeBesoin(s, jeuneId));
  if (!verifie.success) {
    for (const i of verifie.error.issues) m[i.path.join('.')] ??= i.message;
  }
  const date = dateIso(s.date);
  if (date !== null && date > aujourdhui) m['besoin.date'] ??= 'Date : elle ne peut pas être dans le futur.';
  return m;
}
