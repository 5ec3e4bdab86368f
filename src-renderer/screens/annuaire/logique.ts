import {
  CODE_ZONE_RE,
  type FRAIS,
  type MOBILISABLE_PAR,
  type MODES_ACCUEIL,
  type MODES_MOBILISATION,
  type TYPES_SERVICE,
  ZONE_FRANCE,
  type College,
  type Commune,
  type Convention,
  type CriteresPartenaires,
  type Partenaire,
  type PublicDi,
  type RapportImport,
  type ServicePartenaire,
  type ThematiqueDi,
  type TypePartenaire,
} from '../../../src-main/contract';
import { dateFr } from '../../components/dates';

// ——— Search ———

/** The filters of the directory's search, as the screen holds them (one value per list). */
export interface FiltresAnnuaire {
  texte: string;
  thematique: ThematiqueDi | null;
  public: PublicDi | null;
  /** INSEE code of a commune (of the territory or typed). */
  codeInsee: string | null;
  type: TypePartenaire | null;
  college: College | null;
  inclureInactifs: boolean;
}

export const FILTRES_VIDES: FiltresAnnuaire = {
  texte: '',
  thematique: null,
  public: null,
  codeInsee: null,
  type: null,
  college: null,
  inclureInactifs: false,
};

/** How many partners one search shows; more is a sign the search should be narrowed. */
export const LIMITE_RECHERCHE = 100;

/** The criteria sent to `partenaires.rechercher`; `texte` is the debounced text. */
export function criteresDe(f: FiltresAnnuaire, texte: string): CriteresPartenaires {
  return {
    texte: texte.trim(),
    types: f.type ? [f.type] : [],
    thematiques: f.thematique ? [f.thematique] : [],
    publics: f.public ? [f.public] : [],
    codeInsee: f.codeInsee,
    college: f.college,
    inclureInactifs: f.inclureInactifs,
    limite: LIMITE_RECHERCHE,
  };
}

/** Whether any filter narrows the list (the text aside), to offer « Effacer les filtres ». */
export function filtresActifs(f: FiltresAnnuaire): boolean {
  return (
    f.thematique !== null ||
    f.public !== null ||
    f.codeInsee !== null ||
    f.type !== null ||
    f.college !== null ||
    f.inclureInactifs
  );
}

// ——— Communes and eligibility zones ———

/** A commune's INSEE code as typed (`26281`, `2a004`), or null when the text is not one. */
export function codeCommuneSaisi(texte: string): string | null {
  const t = texte.trim().toUpperCase();
  return /^(\d{5}|2[AB]\d{3})$/.test(t) ? t : null;
}

/** Lower case without accents, to compare what is typed with names. */
export function sansAccents(t: string): string {
  return t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/**
 * The communes that match what is typed (name, postcode or code, accents and case aside), those
 * whose name starts with it first: « valen » puts Valence before Bourg-lès-Valence.
 */
export function communesCorrespondantes(communes: readonly Commune[], texte: string): Commune[] {
  const t = sansAccents(texte);
  const triees = [...communes].sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
  if (t === '') return triees;
  const rang = (c: Commune) => {
    const nom = sansAccents(c.nom);
    if (nom === t || c.insee.toLowerCase() === t || c.codePostal === t) return 0;
    if (nom.startsWith(t) || c.insee.toLowerCase().startsWith(t) || (c.codePostal ?? '').startsWith(t)) return 1;
    if (nom.split(/[\s'-]+/).some((mot) => mot.startsWith(t))) return 2;
    return nom.includes(t) ? 3 : 4;
  };
  return triees
    .map((c) => ({ c, r: rang(c) }))
    .filter((x) => x.r < 4)
    .sort((a, b) => a.r - b.r)
    .map((x) => x.c);
}

/**
 * A code of the eligibility zone as typed, in the form data·inclusion stores (`2A004`, `26`,
 * `france`); null when it is not one.
 */
export function codeZoneSaisi(texte: string): string | null {
  const t = texte.trim().toUpperCase();
  if (t === 'FRANCE' || sansAccents(texte) === 'france entiere') return ZONE_FRANCE;
  return CODE_ZONE_RE.test(t) ? t : null;
}

/** A zone code as a conseiller reads it. */
export function libelleZone(code: string, communes: readonly Commune[]): string {
  if (code === ZONE_FRANCE || code === '99100') return 'France entière';
  if (/^(\d{5}|2[AB]\d{3})$/.test(code)) {
    const c = communes.find((x) => x.insee === code);
    return c ? `${c.nom} (${code})` : `Commune ${code}`;
  }
  if (/^(\d{2}|2[AB]|97\d)$/.test(code)) return `Département ${code}`;
  if (/^\d{9}$/.test(code)) return `EPCI ${code}`;
  return code;
}

/** The zones offered in the list: the whole country, the territory's départements, its communes. */
export function zonesProposees(communes: readonly Commune[]): string[] {
  const departements = [...new Set(communes.map((c) => departementDe(c.insee)))].sort();
  const codes = [...communes].sort((a, b) => a.nom.localeCompare(b.nom, 'fr')).map((c) => c.insee);
  return [ZONE_FRANCE, ...departements, ...codes];
}

/** The département of a commune: 3 digits overseas (97x), else the first two characters. */
export function departementDe(insee: string): string {
  return insee.startsWith('97') ? insee.slice(0, 3) : insee.slice(0, 2);
}

// ——— Forms ———

export interface SaisieContact {
  nom: string;
  fonction: string;
  telephone: string;
  email: string;
}

/** The partner's fields as typed (empty text: nothing). */
export interface SaisiePartenaire {
  nom: string;
  type: TypePartenaire | null;
  siret: string;
  description: string;
  thematiques: ThematiqueDi[];
  adresse: string;
  complementAdresse: string;
  codePostal: string;
  codeInsee: string | null;
  commune: string;
  telephone: string;
  email: string;
  siteWeb: string;
  horaires: string;
  contacts: SaisieContact[];
  college: College | null;
  representant: string;
  notes: string;
  actif: boolean;
}

export function saisiePartenaire(p?: Partenaire | null): SaisiePartenaire {
  return {
    nom: p?.nom ?? '',
    type: p?.type ?? null,
    siret: p?.siret ?? '',
    description: p?.description ?? '',
    thematiques: p?.thematiques ?? [],
    adresse: p?.adresse ?? '',
    complementAdresse: p?.complementAdresse ?? '',
    codePostal: p?.codePostal ?? '',
    codeInsee: p?.codeInsee ?? null,
    commune: p?.commune ?? '',
    telephone: p?.telephone ?? '',
    email: p?.email ?? '',
    siteWeb: p?.siteWeb ?? '',
    horaires: p?.horaires ?? '',
    contacts: (p?.contacts ?? []).map((c) => ({
      nom: c.nom,
      fonction: c.fonction ?? '',
      telephone: c.telephone ?? '',
      email: c.email ?? '',
    })),
    college: p?.college ?? null,
    representant: p?.representant ?? '',
    notes: p?.notes ?? '',
    actif: p?.actif ?? true,
  };
}

/**
 * What is sent for the partner (checked by the contract's schema, which says what is missing):
 * an empty SIRET or postcode is none; a contact line left entirely empty is dropped.
 */
export function entreePartenaire(s: SaisiePartenaire): Record<string, unknown> {
  return {
    ...s,
    type: s.type ?? undefined,
    siret: s.siret.trim() === '' ? null : s.siret,
    codePostal: s.codePostal.trim() === '' ? null : s.codePostal,
    contacts: s.contacts.filter((c) => Object.values(c).some((v) => v.trim() !== '')),
  };
}

/** The service's fields as typed (empty text: nothing); sent as they are, the contract reads them. */
export interface SaisieService {
  nom: string;
  description: string;
  type: TypeService | null;
  thematiques: ThematiqueDi[];
  publics: PublicDi[];
  publicsPrecisions: string;
  conditionsAcces: string;
  frais: Frais | null;
  fraisPrecisions: string;
  modesAccueil: ModeAccueil[];
  zoneEligibilite: string[];
  modesMobilisation: ModeMobilisation[];
  mobilisablePar: MobilisablePar[];
  mobilisationPrecisions: string;
  lienMobilisation: string;
  telephone: string;
  email: string;
  contactNom: string;
  horaires: string;
  actif: boolean;
}

type TypeService = (typeof TYPES_SERVICE)[number];
type Frais = (typeof FRAIS)[number];
type ModeAccueil = (typeof MODES_ACCUEIL)[number];
type ModeMobilisation = (typeof MODES_MOBILISATION)[number];
type MobilisablePar = (typeof MOBILISABLE_PAR)[number];

export function saisieService(s?: ServicePartenaire | null): SaisieService {
  return {
    nom: s?.nom ?? '',
    description: s?.description ?? '',
    type: s?.type ?? null,
    thematiques: s?.thematiques ?? [],
    publics: s?.publics ?? [],
    publicsPrecisions: s?.publicsPrecisions ?? '',
    conditionsAcces: s?.conditionsAcces ?? '',
    frais: s?.frais ?? null,
    fraisPrecisions: s?.fraisPrecisions ?? '',
    modesAccueil: s?.modesAccueil ?? [],
    zoneEligibilite: s?.zoneEligibilite ?? [],
    modesMobilisation: s?.modesMobilisation ?? [],
    mobilisablePar: s?.mobilisablePar ?? [],
    mobilisationPrecisions: s?.mobilisationPrecisions ?? '',
    lienMobilisation: s?.lienMobilisation ?? '',
    telephone: s?.telephone ?? '',
    email: s?.email ?? '',
    contactNom: s?.contactNom ?? '',
    horaires: s?.horaires ?? '',
    actif: s?.actif ?? true,
  };
}

/** The fields whose value differs (lists compared by content). */
export function champsModifies<T extends object>(base: T, saisie: T): (keyof T)[] {
  return (Object.keys(saisie) as (keyof T)[]).filter((k) => JSON.stringify(saisie[k]) !== JSON.stringify(base[k]));
}

/**
 * Someone saved the record meanwhile: the fields changed here, laid over the newer version (the
 * other person's changes to the fields left alone are kept, and nothing typed here is lost).
 */
export function reporterModifications<T extends object>(ancienne: T, saisie: T, recente: T): T {
  const resultat = { ...recente };
  for (const k of champsModifies(ancienne, saisie)) resultat[k] = saisie[k];
  return resultat;
}

/**
 * The messages of a refused call by field, without the prefix of the object sent
 * (`partenaire.nom` → `nom`), so that they go under the fields whether the page's own check or the
 * main process refused.
 */
export function messagesParChamp(
  champs: readonly { champ: string; message: string }[],
  prefixe: string,
): Record<string, string> {
  const r: Record<string, string> = {};
  for (const c of champs) {
    const cle = c.champ.startsWith(`${prefixe}.`) ? c.champ.slice(prefixe.length + 1) : c.champ;
    r[cle] ??= c.message;
  }
  return r;
}

/** The messages left once fields are typed again: theirs and their items' (`contacts` → `contacts.0.nom`). */
export function sansMessages(messages: Record<string, string>, champs: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).filter(([cle]) => !champs.some((c) => cle === c || cle.startsWith(`${c}.`))),
  );
}

/** The messages that no field of the form shows (a field it does not have, or none). */
export function messagesHorsChamps(messages: Record<string, string>, affiches: readonly string[]): string[] {
  return [
    ...new Set(
      Object.entries(messages)
        .filter(([cle]) => !affiches.some((a) => cle === a || cle.startsWith(`${a}.`)))
        .map(([, m]) => m),
    ),
  ];
}

// ——— Conventions ———

/** How a convention stands, in words: signed, to renew, expired. */
export function etatConvention(c: Pick<Convention, 'expireLe' | 'joursRestants' | 'aRenouveler'>): string {
  if (c.expireLe === null || c.joursRestants === null) return 'Sans échéance';
  const j = c.joursRestants;
  if (j < 0) return `Échue depuis le ${dateFr(c.expireLe)}`;
  if (j === 0) return "Échéance aujourd'hui";
  if (c.aRenouveler) return `Échéance dans ${j} jour${j > 1 ? 's' : ''} (${dateFr(c.expireLe)})`;
  return `Jusqu'au ${dateFr(c.expireLe)}`;
}

// ——— Import and export ———

/** The records an import would take (created, updated, or already identical). */
export function fichesValides(r: RapportImport): number {
  return (
    r.structures.crees +
    r.structures.misAJour +
    r.structures.inchanges +
    r.services.crees +
    r.services.misAJour +
    r.services.inchanges
  );
}

/** The records an import would change. */
export function fichesAEcrire(r: RapportImport): number {
  return r.structures.crees + r.structures.misAJour + r.services.crees + r.services.misAJour;
}

function compte(n: number, singulier: string, pluriel: string): string {
  return `${n} ${n > 1 ? pluriel : singulier}`;
}

/** One line saying what an import did (or would do). */
export function resumeImport(r: RapportImport): string {
  const s = r.structures;
  const v = r.services;
  const partie = (libelle: string, c: typeof s) =>
    `${libelle} : ${c.crees} créé${c.crees > 1 ? 's' : ''}, ${c.misAJour} mis à jour, ${c.inchanges} inchangé${c.inchanges > 1 ? 's' : ''}`;
  const refus = r.refus.length > 0 ? ` ; ${compte(r.refus.length, 'fiche refusée', 'fiches refusées')}` : '';
  return `${partie('Partenaires', s)} ; ${partie('services', v)}${refus}.`;
}

/** A text export as a file: CSV or data·inclusion JSON, in UTF-8. */
export function fichierTexte(nomFichier: string, contenu: string): Blob {
  const type = nomFichier.endsWith('.csv') ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8';
  return new Blob([contenu], { type });
}

/** `https://www.exemple.fr/page` → `www.exemple.fr/page`, to show a website. */
export function siteAffiche(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}
