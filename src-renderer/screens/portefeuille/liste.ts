import { TYPES_SEQUENCE, type Alerte, type LignePortefeuille, type TypeSequence } from '../../../src-main/contract';

/** `DUPONT (Martin) Élodie`: the birth name first, as the desk shows it. */
export function nomJeune(j: { nomNaissance: string; nomUsage: string | null; prenoms: string }): string {
  return `${j.nomNaissance.toUpperCase()}${j.nomUsage ? ` (${j.nomUsage})` : ''} ${j.prenoms}`;
}

/**
 * A name folded as the desk search folds it (services/commun/texte.ts `plier`, which the renderer
 * cannot import): lower case, no accents, ligatures opened, punctuation a space. « laetitia »
 * finds « Lætitia ».
 */
export function plierNom(t: string): string {
  return t
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const JOUR_MS = 86_400_000;

function joursEntre(du: string, au: string): number {
  return Math.round((Date.parse(`${au}T00:00:00Z`) - Date.parse(`${du}T00:00:00Z`)) / JOUR_MS);
}

function moisEntiers(du: string, au: string): number {
  const [y1, m1, d1] = du.split('-').map(Number);
  const [y2, m2, d2] = au.split('-').map(Number);
  return (y2! - y1!) * 12 + (m2! - m1!) - (d2! < d1! ? 1 : 0);
}

/**
 * How long ago a date was, as a conseiller says it: days for two weeks, then weeks (the
 * « sans contact » threshold is in weeks) up to three months, then months, then years.
 */
export function depuis(date: string, aujourdhui: string): string {
  const jours = joursEntre(date, aujourdhui);
  if (jours < 0) return '';
  if (jours === 0) return "aujourd'hui";
  if (jours === 1) return 'hier';
  if (jours < 14) return `il y a ${jours} jours`;
  if (jours < 91) return `il y a ${Math.floor(jours / 7)} semaines`;
  const mois = moisEntiers(date, aujourdhui);
  if (mois < 24) return `il y a ${mois} mois`;
  return `il y a ${Math.floor(mois / 12)} ans`;
}

export const COLONNES_TRI = [
  'nom',
  'age',
  'parcours',
  'sequence',
  'dernierContact',
  'prochainRdv',
  'situation',
  'alertes',
] as const;
export type ColonneTri = (typeof COLONNES_TRI)[number];
export type Sens = 'asc' | 'desc';

/** The value a column sorts on; null (nothing to show) always goes last, whatever the direction. */
type Cle = (string | number)[] | null;

/**
 * Each jeune's names without accents, computed once per row received: 2,000 rows are filtered
 * again at each keystroke.
 */
const nomsNormalises = new WeakMap<LignePortefeuille, { cle: string; mots: string[] }>();
function noms(l: LignePortefeuille): { cle: string; mots: string[] } {
  let n = nomsNormalises.get(l);
  if (!n) {
    const [naissance, usage, prenoms] = [l.nomNaissance, l.nomUsage ?? '', l.prenoms].map(plierNom);
    n = {
      cle: `${naissance}\u0000${prenoms}\u0000${usage}`,
      mots: `${naissance} ${usage} ${prenoms}`.split(' ').filter(Boolean),
    };
    nomsNormalises.set(l, n);
  }
  return n;
}

/** The first number of an alert's detail (« 9 semaines sans contact » → 9), to order a list by it. */
function nombreDuDetail(detail: string): number {
  const m = /\d+/.exec(detail);
  return m ? Number(m[0]) : 0;
}

function cleDe(l: LignePortefeuille, colonne: ColonneTri, alerte: Alerte | null): Cle {
  switch (colonne) {
    case 'nom':
      return [noms(l).cle];
    case 'age':
      // The birth date orders the same ages finely (younger = later birth date = smaller age).
      return [l.age, -Date.parse(l.dateNaissance) || 0];
    case 'parcours':
      return l.parcours ? [plierNom(l.parcours.typeLibelle), l.parcours.debut] : null;
    case 'sequence':
      return l.sequence ? [TYPES_SEQUENCE.indexOf(l.sequence.type), l.sequence.debut] : null;
    case 'dernierContact':
      return l.dernierContactDate ? [l.dernierContactDate] : null;
    case 'prochainRdv':
      return l.prochainRendezVous ? [l.prochainRendezVous.date, l.prochainRendezVous.heure] : null;
    case 'situation':
      return l.situation ? [l.situation.type, l.situation.sousType ?? '', l.situation.debut] : null;
    case 'alertes': {
      if (alerte) {
        // One alert's list: deadlines passed first, then by what the detail counts (weeks, days).
        const a = l.alertes.find((x) => x.code === alerte);
        return a ? [a.echue ? 1 : 0, nombreDuDetail(a.detail)] : null;
      }
      return l.alertes.length > 0 ? [l.alertes.filter((a) => a.echue).length, l.alertes.length] : null;
    }
  }
}

function comparer(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The portfolio sorted on one column (accents ignored). Empty values (no parcours, never
 * contacted) stay at the end in both directions; equal values keep the order by name.
 */
export function trier(
  lignes: readonly LignePortefeuille[],
  colonne: ColonneTri,
  sens: Sens,
  alerte: Alerte | null = null,
): LignePortefeuille[] {
  const signe = sens === 'asc' ? 1 : -1;
  return lignes
    .map((l) => ({ l, cle: cleDe(l, colonne, alerte), nom: noms(l).cle }))
    .sort((a, b) => {
      if (a.cle === null || b.cle === null) {
        if (a.cle !== b.cle) return a.cle === null ? 1 : -1;
      } else {
        const c = comparer(a.cle, b.cle);
        if (c !== 0) return signe * c;
      }
      return a.nom < b.nom ? -1 : a.nom > b.nom ? 1 : 0;
    })
    .map((d) => d.l);
}

/** `null`: any; `aucun`/`aucune`: the jeunes without one. */
export interface Filtres {
  texte: string;
  actifsSeulement: boolean;
  typeParcours: string | null;
  sequence: TypeSequence | 'aucune' | null;
  alerte: Alerte | null;
}

export const SANS_PARCOURS = 'aucun';

export const FILTRES_PAR_DEFAUT: Filtres = {
  texte: '',
  actifsSeulement: true,
  typeParcours: null,
  sequence: null,
  alerte: null,
};

/**
 * The rows the filters keep. The name filter matches each typed word at the start of a word of
 * the names (birth, usage, first names), accents ignored. An alert's list shows all its jeunes:
 * « actifs seulement » does not apply to it, so that it matches the alert's count.
 */
export function filtrer(lignes: readonly LignePortefeuille[], f: Filtres): LignePortefeuille[] {
  const mots = plierNom(f.texte).split(' ').filter(Boolean);
  return lignes.filter((l) => {
    if (f.alerte !== null) {
      if (!l.alertes.some((a) => a.code === f.alerte)) return false;
    } else if (f.actifsSeulement && !l.actif) return false;
    if (f.typeParcours !== null) {
      if (f.typeParcours === SANS_PARCOURS ? l.parcours !== null : l.parcours?.typeCode !== f.typeParcours)
        return false;
    }
    if (f.sequence !== null) {
      if (f.sequence === 'aucune' ? l.sequence !== null : l.sequence?.type !== f.sequence) return false;
    }
    if (mots.length > 0) {
      const siens = noms(l).mots;
      if (!mots.every((m) => siens.some((n) => n.startsWith(m)))) return false;
    }
    return true;
  });
}

/** The parcours types present in the portfolio, by label, for the filter. */
export function typesPresents(lignes: readonly LignePortefeuille[]): { code: string; libelle: string }[] {
  const types = new Map<string, string>();
  for (const l of lignes) if (l.parcours) types.set(l.parcours.typeCode, l.parcours.typeLibelle);
  return [...types]
    .map(([code, libelle]) => ({ code, libelle }))
    .sort((a, b) => a.libelle.localeCompare(b.libelle, 'fr'));
}
