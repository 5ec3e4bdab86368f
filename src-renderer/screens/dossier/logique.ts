import {
  DIMENSIONS,
  SOUS_TYPES_SITUATION,
  TYPES_SEQUENCE,
  type ChampFusion,
  type Dimension,
  type DimensionSaisie,
  type Logement,
  type Niveau,
  type Ressource,
  type SituationPremierAccueil,
  type TypeSequence,
  type TypeSituation,
} from '../../../src-main/contract';
import type { Entree, Sortie } from '../../api/client';
import { dateFr, dateIso, decalerJours } from '../../components/dates';

/*
 * What the jeune's file computes without React: typed text to the contract's input and back, the
 * planned end of a parcours, the months of a CEJ, the séquences' frieze. Tested on their own.
 */

/**
 * A required date as typed (JJ/MM/AAAA) → `YYYY-MM-DD`; text that is not a date is sent as it is,
 * so that the contract answers with its own message (« Date invalide… ») under the field.
 */
export function dateEnvoyee(saisie: string): string {
  return dateIso(saisie) ?? saisie.trim();
}

/** An optional date: empty → null. */
export function dateOptionnelle(saisie: string): string | null {
  return saisie.trim() === '' ? null : dateEnvoyee(saisie);
}

/** A whole number typed in a field: empty → null, anything else → its value (NaN is refused by the contract). */
export function nombreSaisi(saisie: string): number | null {
  const t = saisie.trim().replace(',', '.');
  return t === '' ? null : Number(t);
}

/**
 * `iso` + `mois` months, the day kept when the month has it, else its last day (31/01 + 1 → 28/02).
 */
export function ajouterMois(iso: string, mois: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + mois;
  const ay = Math.floor(total / 12);
  const am = (total % 12) + 1;
  const dernier = new Date(Date.UTC(ay, am, 0)).getUTCDate();
  return `${ay}-${String(am).padStart(2, '0')}-${String(Math.min(d, dernier)).padStart(2, '0')}`;
}

/**
 * The planned end of a parcours of `dureeMaxMois` starting on `debut`: the day before the same
 * date N months later (a 12-month CEJ from 10/03/2026 ends on 09/03/2027).
 */
export function finPrevueDepuis(debut: string, dureeMaxMois: number): string {
  return decalerJours(ajouterMois(debut, dureeMaxMois), -1);
}

const LECTEUR_MOIS = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2026-03` → `mars 2026`. */
export function moisFr(mois: string): string {
  const [y, m] = mois.split('-').map(Number) as [number, number];
  return LECTEUR_MOIS.format(Date.UTC(y, m - 1, 1));
}

/**
 * The months for which a CEJ's weekly hours are declared: from the start month to the month of the
 * end (actual, else planned) or of today if sooner, most recent first.
 */
export function moisDuParcours(debut: string, fin: string, aujourdhui: string): string[] {
  const dernier = (fin < aujourdhui ? fin : aujourdhui).slice(0, 7);
  const mois: string[] = [];
  let courant = debut.slice(0, 7);
  while (courant <= dernier && mois.length < 240) {
    mois.push(courant);
    courant = ajouterMois(`${courant}-01`, 1).slice(0, 7);
  }
  return mois.reverse();
}

/** How declared weekly hours compare with the target (15 to 20 h for a CEJ). */
export function niveauHeures(heures: number, min: number, max: number | null): 'sous' | 'dans' | 'au_dela' {
  if (heures < min) return 'sous';
  return max !== null && heures > max ? 'au_dela' : 'dans';
}

/** The contract's PDF, received as base64, as a file the browser can open or save. */
export function pdfEnBlob(base64: string): Blob {
  const binaire = atob(base64);
  const octets = new Uint8Array(binaire.length);
  for (let i = 0; i < binaire.length; i++) octets[i] = binaire.charCodeAt(i);
  return new Blob([octets], { type: 'application/pdf' });
}

/** `DUPONT (Martin) Élodie`: birth name in capitals, usual name in brackets, first names. */
export function nomComplet(j: { nomNaissance: string; nomUsage: string | null; prenoms: string }): string {
  return `${j.nomNaissance.toUpperCase()}${j.nomUsage ? ` (${j.nomUsage})` : ''} ${j.prenoms}`;
}

// ——— The profile (Fiche tab) ———

export type JeuneLu = Sortie<'jeunes.lire'>['jeune'];

/** The whole profile as typed: texts as shown (dates JJ/MM/AAAA), lists and boxes as chosen. */
export interface SaisieFiche {
  nomNaissance: string;
  nomUsage: string;
  prenoms: string;
  dateNaissance: string;
  sexe: 'F' | 'M';
  telephone: string;
  email: string;
  adresse: string;
  communeInsee: string | null;
  /** Null: QPV read from the commune; true/false: known from the address. */
  qpv: boolean | null;
  niveau: Niveau | null;
  diplome: string;
  situationPremierAccueil: SituationPremierAccueil | null;
  logement: Logement | null;
  ressources: Ressource | null;
  permisB: boolean;
  vehicule: boolean;
  inscritFranceTravail: boolean;
  identifiantFranceTravail: string;
  rqth: boolean;
  ase: boolean;
  rsa: boolean;
  informationDonneesLe: string;
  consentementTransmissionLe: string;
}

export function saisieFiche(j: JeuneLu): SaisieFiche {
  return {
    nomNaissance: j.nomNaissance,
    nomUsage: j.nomUsage ?? '',
    prenoms: j.prenoms,
    dateNaissance: dateFr(j.dateNaissance),
    sexe: j.sexe,
    telephone: j.telephone ?? '',
    email: j.email ?? '',
    adresse: j.adresse ?? '',
    communeInsee: j.communeInsee,
    qpv: j.qpvAdresse,
    niveau: j.niveau,
    diplome: j.diplome ?? '',
    situationPremierAccueil: j.situationPremierAccueil,
    logement: j.logement,
    ressources: j.ressources,
    permisB: j.permisB,
    vehicule: j.vehicule,
    inscritFranceTravail: j.inscritFranceTravail,
    identifiantFranceTravail: j.identifiantFranceTravail ?? '',
    rqth: j.rqth,
    ase: j.ase,
    rsa: j.rsa,
    informationDonneesLe: dateFr(j.informationDonneesLe),
    consentementTransmissionLe: dateFr(j.consentementTransmissionLe),
  };
}

export function entreeFiche(s: SaisieFiche, id: number, modifieLeLu: string): Entree<'jeunes.modifier'> {
  return {
    ...s,
    id,
    modifieLeLu,
    dateNaissance: dateEnvoyee(s.dateNaissance),
    informationDonneesLe: dateOptionnelle(s.informationDonneesLe),
    consentementTransmissionLe: dateOptionnelle(s.consentementTransmissionLe),
  };
}

/** The fields typed differently from the version read. */
export function champsModifies(base: SaisieFiche, saisie: SaisieFiche): (keyof SaisieFiche)[] {
  return (Object.keys(saisie) as (keyof SaisieFiche)[]).filter((k) => saisie[k] !== base[k]);
}

/**
 * Someone saved the file meanwhile: what this person changed, laid over the newer version (the
 * other person's changes to the fields left alone are kept, and no word typed here is lost).
 */
export function reporterModifications(ancienne: SaisieFiche, saisie: SaisieFiche, recente: SaisieFiche): SaisieFiche {
  const resultat: SaisieFiche = { ...recente };
  for (const k of champsModifies(ancienne, saisie)) (resultat as unknown as Record<string, unknown>)[k] = saisie[k];
  return resultat;
}

// ——— Diagnostic ———

export interface SaisieDimension {
  situation: string;
  frein: boolean;
  freins: string;
  note: string;
}
export type SaisieDimensions = Record<Dimension, SaisieDimension>;

const VIDE: SaisieDimension = { situation: '', frein: false, freins: '', note: '' };

/** The eight cards, filled from what is known (the file's pre-fill, or the diagnostic continued). */
export function saisieDimensions(
  connues: readonly {
    dimension: Dimension;
    situation?: string | null;
    frein?: boolean;
    freins?: string | null;
    note?: string | null;
  }[],
): SaisieDimensions {
  const r = Object.fromEntries(DIMENSIONS.map((d) => [d, { ...VIDE }])) as SaisieDimensions;
  for (const c of connues) {
    r[c.dimension] = {
      situation: c.situation ?? '',
      frein: c.frein ?? false,
      freins: c.freins ?? '',
      note: c.note ?? '',
    };
  }
  return r;
}

/** Only the dimensions where something was written or an obstacle ticked, in the domain's order. */
export function dimensionsAEnvoyer(s: SaisieDimensions): DimensionSaisie[] {
  return DIMENSIONS.filter((d) => {
    const v = s[d];
    return v.frein || v.situation.trim() !== '' || v.freins.trim() !== '' || v.note.trim() !== '';
  }).map((d) => ({ dimension: d, ...s[d] }));
}

// ——— Séquences ———

export interface SaisieSequence {
  type: TypeSequence;
  debut: string;
  fin: string;
}

/**
 * The séquence added after the others: the next type in the usual order (orientation, then
 * accompagnement, then suivi dans l'emploi), starting the day after the last one ends.
 */
export function sequenceSuivante(sequences: readonly SaisieSequence[], debutParcours: string): SaisieSequence {
  const derniere = sequences.at(-1);
  if (!derniere) return { type: 'orientation', debut: debutParcours, fin: '' };
  const rang = TYPES_SEQUENCE.indexOf(derniere.type);
  const type = TYPES_SEQUENCE[Math.min(rang + 1, TYPES_SEQUENCE.length - 1)] ?? 'accompagnement';
  const finIso = dateIso(derniere.fin);
  return { type, debut: finIso ? dateFr(decalerJours(finIso, 1)) : '', fin: '' };
}

export interface SegmentFrise {
  type: TypeSequence;
  /** Position and width as percentages of the parcours' span. */
  gauche: number;
  largeur: number;
  debut: string;
  fin: string | null;
  enCours: boolean;
}

/**
 * The séquences drawn on the parcours' span (start to actual end, else the later of the planned
 * end and the last séquence's end); an open séquence runs to today or to the span's end.
 */
export function frise(
  p: {
    debut: string;
    finPrevue: string;
    finReelle: string | null;
    sequences: readonly { type: TypeSequence; debut: string; fin: string | null }[];
  },
  aujourdhui: string,
): { segments: SegmentFrise[]; aujourdhui: number | null } {
  const fins = [p.finReelle ?? p.finPrevue, ...p.sequences.map((s) => s.fin ?? s.debut)];
  const finFrise = p.finReelle ?? fins.reduce((a, b) => (b > a ? b : a), p.finPrevue);
  const jour = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const total = Math.max(jour(finFrise) - jour(p.debut) + 1, 1);
  const position = (iso: string) => Math.min(Math.max(((jour(iso) - jour(p.debut)) / total) * 100, 0), 100);
  const segments = p.sequences.map((s) => {
    const finAffichee = s.fin ?? (aujourdhui < finFrise ? (aujourdhui > s.debut ? aujourdhui : s.debut) : finFrise);
    const gauche = position(s.debut);
    const droite = Math.min(((jour(finAffichee) - jour(p.debut) + 1) / total) * 100, 100);
    return {
      type: s.type,
      gauche,
      largeur: Math.max(droite - gauche, 1),
      debut: s.debut,
      fin: s.fin,
      enCours: s.debut <= aujourdhui && (s.fin === null || s.fin >= aujourdhui) && p.finReelle === null,
    };
  });
  const dansLaFrise = aujourdhui >= p.debut && aujourdhui <= finFrise;
  return { segments, aujourdhui: dansLaFrise ? position(aujourdhui) : null };
}

/** The séquence under way today, else the last one begun. */
export function sequenceCourante<S extends { debut: string; fin: string | null }>(
  sequences: readonly S[],
  aujourdhui: string,
): S | null {
  const commencees = sequences.filter((s) => s.debut <= aujourdhui);
  return commencees.find((s) => s.fin === null || s.fin >= aujourdhui) ?? commencees.at(-1) ?? null;
}

// ——— Situations ———

/** The subtypes offered for a type (none for service civique, création d'activité, scolarité). */
export function sousTypes(type: TypeSituation | null): { valeur: string; libelle: string }[] {
  return type ? Object.entries(SOUS_TYPES_SITUATION[type]).map(([valeur, libelle]) => ({ valeur, libelle })) : [];
}

/** A subtype kept when the type changes only if the new type has it. */
export function sousTypeGarde(type: TypeSituation | null, sousType: string | null): string | null {
  return sousType !== null && sousTypes(type).some((o) => o.valeur === sousType) ? sousType : null;
}

// ——— Merge ———

/** The French name of each field compared before a merge. */
export const CHAMP_FUSION_LIBELLES: Record<ChampFusion, string> = {
  nomNaissance: 'Nom de naissance',
  nomUsage: "Nom d'usage",
  prenoms: 'Prénom(s)',
  dateNaissance: 'Date de naissance',
  sexe: 'Sexe',
  telephone: 'Téléphone',
  email: 'E-mail',
  adresse: 'Adresse',
  communeInsee: 'Commune',
  qpv: 'QPV (adresse)',
  niveau: 'Niveau de formation',
  diplome: 'Diplôme le plus élevé',
  situationPremierAccueil: 'Situation au premier accueil',
  logement: 'Logement',
  ressources: 'Ressources',
  permisB: 'Permis B',
  vehicule: 'Véhicule',
  inscritFranceTravail: 'Inscrit(e) à France Travail',
  identifiantFranceTravail: 'Identifiant France Travail',
  rqth: 'RQTH',
  ase: 'ASE',
  rsa: 'RSA',
  informationDonneesLe: 'Information sur les données',
  consentementTransmissionLe: 'Consentement à la transmission',
  conseillerReferentId: 'Conseiller référent',
};

/** Only the fields taken from the absorbed file are sent: the others keep the surviving file's value. */
export function valeursDe(
  choix: Partial<Record<ChampFusion, 'conserve' | 'absorbe'>>,
): Partial<Record<ChampFusion, 'absorbe'>> {
  const r: Partial<Record<ChampFusion, 'absorbe'>> = {};
  for (const [champ, cote] of Object.entries(choix) as [ChampFusion, 'conserve' | 'absorbe'][]) {
    if (cote === 'absorbe') r[champ] = 'absorbe';
  }
  return r;
}
