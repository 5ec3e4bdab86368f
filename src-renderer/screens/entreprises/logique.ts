import {
  ACTES_AUTOMATIQUES,
  acteSaisieSchema,
  codeNaf,
  SECTION_NAF,
  sectionDuNaf,
  siret as siretSchema,
  SOUS_TYPES_SITUATION,
  SUIVENT_LES_ENTREPRISES,
  TYPE_SITUATION_LIBELLES,
  TYPES_ACTE,
  type Acte,
  type ActeSaisie,
  type CriteresEntreprises,
  type Entreprise,
  type LigneEntreprise,
  type OrigineEntreprise,
  type Personnel,
  type Role,
  type SectionNaf,
  type StatutEntreprise,
  type TrancheEffectif,
  type TypeActe,
  type TypeSituation,
  siretLisible,
} from '../../../src-main/contract';
import { dateFr, dateIso } from '../../components/dates';
import type { SaisieContact } from '../annuaire/logique';

// ——— Addresses ———

/** The three lists of the « Entreprises » tab, in the order of their tabs. */
export const VUES = ['portefeuille', 'afaire', 'offres'] as const;
export type VueEntreprises = (typeof VUES)[number];
export const VUE_LIBELLES: Record<VueEntreprises, string> = {
  portefeuille: 'Mon portefeuille',
  afaire: 'À faire',
  offres: 'Offres',
};

/** What the address opens: a list, a firm's page, or an offer's page. */
export type RouteEntreprises =
  { ecran: 'vue'; vue: VueEntreprises } | { ecran: 'entreprise'; id: number } | { ecran: 'offre'; id: number };

function idDe(texte: string | null): number | null {
  if (texte === null || !/^\d{1,12}$/.test(texte)) return null;
  const n = Number(texte);
  return n > 0 ? n : null;
}

/**
 * `#/entreprises` (or `?vue=portefeuille`): the portfolio; `?vue=afaire|offres`; `?entreprise=ID`
 * a firm's page; `?offre=ID` an offer's page (an offer opened from a firm wins over the firm). An
 * address that names nothing known shows the portfolio.
 */
export function routeEntreprises(params: URLSearchParams): RouteEntreprises {
  const offre = idDe(params.get('offre'));
  if (offre !== null) return { ecran: 'offre', id: offre };
  const entreprise = idDe(params.get('entreprise'));
  if (entreprise !== null) return { ecran: 'entreprise', id: entreprise };
  const vue = VUES.find((v) => v === params.get('vue')) ?? 'portefeuille';
  return { ecran: 'vue', vue };
}

export const lienEntreprise = (id: number) => `#/entreprises?entreprise=${id}`;
export const lienOffre = (id: number) => `#/entreprises?offre=${id}`;
/** A jeune's file, on the tab where their situations (and the employer) are. */
export const lienSituationsJeune = (jeuneId: number) => `#/dossier?jeune=${jeuneId}&onglet=situations`;

// ——— SIRET, NAF ———

export type EtatSiret =
  { etat: 'incomplet' } | { etat: 'erreur'; message: string } | { etat: 'valide'; siret: string; siren: string };

/**
 * The SIRET as typed, checked with the contract's own rule (14 digits, Luhn key, La Poste's
 * exception). While the digits are still being typed (`fini` false, fewer than 14 digits and
 * nothing else), nothing is said yet.
 */
export function verifierSiret(saisie: string, fini: boolean): EtatSiret {
  const v = siretSchema.safeParse(saisie);
  if (v.success) return { etat: 'valide', siret: v.data, siren: v.data.slice(0, 9) };
  const chiffres = saisie.replace(/\s+/g, '');
  if (!fini && /^\d{0,13}$/.test(chiffres)) return { etat: 'incomplet' };
  return { etat: 'erreur', message: v.error.issues[0]?.message ?? 'SIRET : 14 chiffres attendus.' };
}

/** The NAF code as typed, normalised (`5610a` → `56.10A`) with its section; null when it is not a code. */
export function nafSaisi(saisie: string): { naf: string; secteur: SectionNaf } | null {
  if (saisie.trim() === '') return null;
  const v = codeNaf.safeParse(saisie);
  if (!v.success) return null;
  const secteur = sectionDuNaf(v.data);
  return secteur ? { naf: v.data, secteur } : null;
}

/** `I` → `I · Hébergement et restauration`. */
export function libelleSecteur(secteur: SectionNaf | null): string {
  return secteur ? `${secteur} · ${SECTION_NAF[secteur].libelle}` : '';
}

// ——— The portfolio's list ———

/** Whose firms the list shows: a staff member's (by id), nobody's, or every firm. */
export type ChoixPortefeuille = number | 'sans' | 'toutes';

export interface FiltresEntreprises {
  portefeuille: ChoixPortefeuille;
  texte: string;
  secteur: SectionNaf | null;
  tranche: TrancheEffectif | null;
  codeInsee: string | null;
  statut: StatutEntreprise | null;
}

/** The portfolio of the person signed in, nothing else narrowed. */
export function filtresParDefaut(moi: number): FiltresEntreprises {
  return { portefeuille: moi, texte: '', secteur: null, tranche: null, codeInsee: null, statut: null };
}

export const LIMITE_ENTREPRISES = 500;

/** The criteria sent to `entreprises.rechercher`; `texte` is the debounced text. */
export function criteresEntreprises(f: FiltresEntreprises, texte: string): CriteresEntreprises {
  return {
    texte: texte.trim(),
    statuts: f.statut ? [f.statut] : [],
    secteurs: f.secteur ? [f.secteur] : [],
    tranches: f.tranche ? [f.tranche] : [],
    codeInsee: f.codeInsee,
    ...(f.portefeuille === 'toutes' ? {} : { responsableId: f.portefeuille === 'sans' ? null : f.portefeuille }),
    limite: LIMITE_ENTREPRISES,
  };
}

/** Whether a filter narrows the list (whose portfolio and the text aside), to offer « Effacer les filtres ». */
export function filtresEntreprisesActifs(f: FiltresEntreprises): boolean {
  return f.secteur !== null || f.tranche !== null || f.codeInsee !== null || f.statut !== null;
}

/** The value of the « Portefeuille de » list, and back. */
export function valeurPortefeuille(c: ChoixPortefeuille): string {
  return String(c);
}
export function choixPortefeuille(valeur: string): ChoixPortefeuille | null {
  if (valeur === 'sans' || valeur === 'toutes') return valeur;
  return idDe(valeur);
}

/** The staff who may own a firm (whoever accompanies jeunes), by name. */
export function responsablesPossibles(personnel: readonly Personnel[]): Personnel[] {
  return personnel
    .filter((p) => p.actif && p.roles.some((r) => SUIVENT_LES_ENTREPRISES.includes(r)))
    .sort((a, b) => `${a.nom} ${a.prenom}`.localeCompare(`${b.nom} ${b.prenom}`, 'fr'));
}

/** The list's title for the portfolio shown. */
export function titrePortefeuille(
  c: ChoixPortefeuille,
  moi: number,
  nomDe: (id: number) => string | undefined,
): string {
  if (c === 'toutes') return 'Toutes les entreprises';
  if (c === 'sans') return 'Entreprises sans responsable';
  if (c === moi) return 'Mon portefeuille';
  const nom = nomDe(c);
  return nom ? `Portefeuille de ${nom}` : 'Portefeuille';
}

export type ColonneTriEntreprise = 'nom' | 'statut' | 'responsable' | 'dernierActe' | 'offres' | 'jeunes';
export type Sens = 'asc' | 'desc';

const RANG_STATUT: Record<StatutEntreprise, number> = { partenaire: 0, prospect: 1, inactif: 2 };

/**
 * The list sorted by a column, then by name. « Dernier acte » ascending puts the firms never
 * contacted first, then the longest without news (the ones to call back); descending, the most
 * recent first.
 */
export function trierEntreprises(
  lignes: readonly LigneEntreprise[],
  colonne: ColonneTriEntreprise,
  sens: Sens,
): LigneEntreprise[] {
  const parNom = (a: LigneEntreprise, b: LigneEntreprise) => a.nom.localeCompare(b.nom, 'fr');
  const cle = (l: LigneEntreprise): number | string => {
    switch (colonne) {
      case 'nom':
        return 0;
      case 'statut':
        return RANG_STATUT[l.statut];
      case 'responsable':
        // Nobody's firms after everyone's, whatever the direction.
        return l.responsableNom ?? (sens === 'asc' ? '\uffff' : '');
      case 'dernierActe':
        return l.dernierActe?.date ?? '';
      case 'offres':
        return l.offresOuvertes;
      case 'jeunes':
        return l.jeunesEnPoste * 10000 + l.jeunesPlaces;
    }
  };
  const signe = sens === 'asc' ? 1 : -1;
  return [...lignes].sort((a, b) => {
    const ka = cle(a);
    const kb = cle(b);
    const c =
      typeof ka === 'string' && typeof kb === 'string' ? ka.localeCompare(kb, 'fr') : (ka as number) - (kb as number);
    return c !== 0 ? c * signe : colonne === 'nom' ? parNom(a, b) * signe : parNom(a, b);
  });
}

// ——— Counters ———

/** `0.125` → `12,5 %` (one decimal at most); null → `—`. */
export function pourcentage(part: number | null): string {
  if (part === null || !Number.isFinite(part)) return '—';
  return `${(Math.round(part * 1000) / 10).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0%`;
}

/** How this year compares with the previous one: « 2025 : 40 (+15 %) », « 2025 : 0 », « 2025 : 40 (stable) ». */
export function comparaison(actuel: number, precedent: number, anneePrecedente: number): string {
  if (precedent === 0) return `${anneePrecedente} : 0`;
  const ecart = Math.round(((actuel - precedent) / precedent) * 100);
  const variation = ecart === 0 ? 'stable' : `${ecart > 0 ? '+' : '−'}${Math.abs(ecart)}\u00a0%`;
  return `${anneePrecedente} : ${precedent} (${variation})`;
}

/** A share compared in points: « 2025 : 7,9 % (+0,4 pt) ». */
export function comparaisonPart(actuel: number | null, precedent: number | null, anneePrecedente: number): string {
  if (precedent === null) return `${anneePrecedente} : —`;
  if (actuel === null) return `${anneePrecedente} : ${pourcentage(precedent)}`;
  const points = Math.round((actuel - precedent) * 1000) / 10;
  const variation =
    points === 0
      ? 'stable'
      : `${points > 0 ? '+' : '−'}${Math.abs(points).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0pt`;
  return `${anneePrecedente} : ${pourcentage(precedent)} (${variation})`;
}

function pluriel(n: number, singulier: string, plurielMot = `${singulier}s`): string {
  return `${n.toLocaleString('fr-FR')} ${n > 1 ? plurielMot : singulier}`;
}

/** « 45 actes pour 540 événements jeunes ». */
export function ratioActes(actes: number, evenements: number): string {
  return `${pluriel(actes, 'acte')} pour ${pluriel(evenements, 'événement jeune', 'événements jeunes')}`;
}

// ——— To-dos ———

/** « Alternance · Apprentissage », « Emploi · CDD », « Emploi » without subtype. */
export function libelleContrat(type: TypeSituation, sousType: string | null): string {
  const sous = sousType ? SOUS_TYPES_SITUATION[type][sousType] : undefined;
  return sous ? `${TYPE_SITUATION_LIBELLES[type]} · ${sous}` : TYPE_SITUATION_LIBELLES[type];
}

/** « aujourd'hui », « demain », « dans 12 jours ». */
export function joursRestants(n: number): string {
  if (n <= 0) return "aujourd'hui";
  if (n === 1) return 'demain';
  return `dans ${n} jours`;
}

/** A planned follow-up's date: « en retard de 3 jours », « aujourd'hui », « dans 4 jours ». */
export function echeance(date: string, aujourdhui: string): string {
  const jours = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${aujourdhui}T00:00:00Z`)) / 86400000);
  if (jours < 0) return `en retard de ${pluriel(-jours, 'jour')}`;
  return joursRestants(jours);
}

// ——— The firm's page ———

/** Where a line of the timeline leads: an address, an act to open, or nowhere. */
export type CibleLigne = { genre: 'lien'; href: string } | { genre: 'acte'; acte: Acte } | null;

/** An act written by an offer or a match goes with it: it opens the offer. */
function lienActe(acte: Acte, e: Pick<Entreprise, 'misesEnRelation'>): string | null {
  if (acte.offreId !== null) return lienOffre(acte.offreId);
  if (acte.miseEnRelationId !== null) {
    const m = e.misesEnRelation.find((x) => x.id === acte.miseEnRelationId);
    return m ? lienOffre(m.offreId) : null;
  }
  return null;
}

/**
 * What a line of the firm's timeline opens: an offer or a match opens the offer's page (where
 * its matches are), a jeune's situation opens the jeune's situations, an act typed by hand
 * opens the act itself; the firm's creation and owner changes open nothing.
 */
export function cibleChronologie(
  ligne: Entreprise['chronologie'][number],
  e: Pick<Entreprise, 'actes' | 'misesEnRelation' | 'jeunes'>,
): CibleLigne {
  const { type, id } = ligne.cible;
  switch (type) {
    case 'acte': {
      const acte = e.actes.find((a) => a.id === id);
      if (!acte) return null;
      const href = lienActe(acte, e);
      return href ? { genre: 'lien', href } : { genre: 'acte', acte };
    }
    case 'offre':
      return { genre: 'lien', href: lienOffre(id) };
    case 'mise_en_relation': {
      const m = e.misesEnRelation.find((x) => x.id === id);
      return m ? { genre: 'lien', href: lienOffre(m.offreId) } : null;
    }
    case 'situation': {
      const j = e.jeunes.find((x) => x.situationId === id);
      return j ? { genre: 'lien', href: lienSituationsJeune(j.jeuneId) } : null;
    }
    case 'entreprise':
      return null;
  }
}

/** Where a « prochaine action » leads: the offer, the jeune's situations; a follow-up is noted here (null). */
export function lienProchaineAction(
  p: Entreprise['prochainesActions'][number],
  e: Pick<Entreprise, 'jeunes'>,
): string | null {
  switch (p.cible.type) {
    case 'offre':
      return lienOffre(p.cible.id);
    case 'situation': {
      const j = e.jeunes.find((x) => x.situationId === p.cible.id);
      return j ? lienSituationsJeune(j.jeuneId) : null;
    }
    case 'acte':
      return null;
  }
}

/**
 * Whether the person may change or delete an act: its author or direction, and never an act an
 * offer or a match wrote (it goes with them). The main process applies the same rule.
 */
export function peutRetoucherActe(acte: Acte, utilisateur: { id: number; roles: readonly Role[] }): boolean {
  if (acte.offreId !== null || acte.miseEnRelationId !== null) return false;
  return estAuteurOuDirection(acte.auteurId, utilisateur);
}

/** An act, offer or match typed by mistake is deleted by its author or direction (as the main process checks). */
export function estAuteurOuDirection(auteurId: number, utilisateur: { id: number; roles: readonly Role[] }): boolean {
  return auteurId === utilisateur.id || utilisateur.roles.includes('direction');
}

/** The types offered when noting an act: the automatic ones aside, unless the act being changed has one. */
export function typesActeSaisissables(courant?: TypeActe): TypeActe[] {
  return TYPES_ACTE.filter((t) => !ACTES_AUTOMATIQUES.includes(t) || t === courant);
}

// ——— Forms ———

/** The firm's fields as typed (empty text: nothing). */
export interface SaisieEntreprise {
  siret: string;
  nom: string;
  naf: string;
  secteur: SectionNaf | null;
  tranche: TrancheEffectif | null;
  adresse: string;
  codePostal: string;
  codeInsee: string | null;
  commune: string;
  qpv: boolean;
  telephone: string;
  email: string;
  responsableId: number | null;
  statut: StatutEntreprise;
  origine: OrigineEntreprise | null;
  notes: string;
  contacts: SaisieContact[];
}

/** The form of a firm read (`e`), or of a new one owned by `responsableParDefaut`. */
export function saisieEntreprise(e: Entreprise | null, responsableParDefaut: number | null = null): SaisieEntreprise {
  return {
    siret: e ? siretLisible(e.siret) : '',
    nom: e?.nom ?? '',
    naf: e?.naf ?? '',
    secteur: e?.secteur ?? null,
    tranche: e?.tranche ?? null,
    adresse: e?.adresse ?? '',
    codePostal: e?.codePostal ?? '',
    codeInsee: e?.codeInsee ?? null,
    commune: e?.commune ?? '',
    qpv: e?.qpv ?? false,
    telephone: e?.telephone ?? '',
    email: e?.email ?? '',
    responsableId: e ? e.responsableId : responsableParDefaut,
    statut: e?.statut ?? 'prospect',
    origine: e?.origine ?? null,
    notes: e?.notes ?? '',
    contacts: (e?.contacts ?? []).map((c) => ({
      nom: c.nom,
      fonction: c.fonction ?? '',
      telephone: c.telephone ?? '',
      email: c.email ?? '',
    })),
  };
}

/**
 * What is sent for the firm (checked by the contract's schema, which says what is missing): a
 * contact line left entirely empty is dropped; the secteur typed by hand is sent only without a
 * NAF code (with one, the contract derives it).
 */
export function entreeEntreprise(s: SaisieEntreprise): Record<string, unknown> {
  return {
    ...s,
    secteur: s.naf.trim() === '' ? s.secteur : null,
    contacts: s.contacts.filter((c) => Object.values(c).some((v) => v.trim() !== '')),
  };
}

/** A service act as typed: dates as JJ/MM/AAAA; « prochaine action » only when asked for. */
export interface SaisieActe {
  type: TypeActe;
  date: string;
  interlocuteur: string;
  note: string;
  avecProchaineAction: boolean;
  prochaineActionLe: string;
  prochaineAction: string;
}

/** An empty act of `type`, dated `aujourdhui` (YYYY-MM-DD). */
export function acteVide(aujourdhui: string, type: TypeActe = 'contact_telephone'): SaisieActe {
  return {
    type,
    date: dateFr(aujourdhui),
    interlocuteur: '',
    note: '',
    avecProchaineAction: false,
    prochaineActionLe: '',
    prochaineAction: '',
  };
}

export function saisieActe(a: Acte): SaisieActe {
  return {
    type: a.type,
    date: dateFr(a.date),
    interlocuteur: a.interlocuteur ?? '',
    note: a.note ?? '',
    avecProchaineAction: a.prochaineActionLe !== null,
    prochaineActionLe: dateFr(a.prochaineActionLe),
    prochaineAction: a.prochaineAction ?? '',
  };
}

/**
 * Checks a typed act before sending it: dates that exist, an act not in the future (a later step
 * is a « prochaine action »), a next action with both its date and its text; then the contract's
 * own limits. Messages by field (`date`, `prochaineActionLe`…).
 */
export function verifierActe(
  s: SaisieActe,
  aujourdhui: string,
): { ok: true; acte: ActeSaisie } | { ok: false; erreurs: Record<string, string> } {
  const erreurs: Record<string, string> = {};
  const date = dateIso(s.date);
  if (date === null) erreurs.date = 'Date : saisissez une date qui existe, au format JJ/MM/AAAA.';
  else if (date > aujourdhui)
    erreurs.date = 'Date : un acte se note une fois fait. Pour plus tard, cochez « Prochaine action ».';
  let prochaineActionLe: string | null = null;
  let prochaineAction: string | null = null;
  if (s.avecProchaineAction) {
    prochaineActionLe = dateIso(s.prochaineActionLe);
    if (prochaineActionLe === null)
      erreurs.prochaineActionLe = 'Prochaine action : saisissez sa date, au format JJ/MM/AAAA.';
    else if (date !== null && prochaineActionLe < date)
      erreurs.prochaineActionLe = `Le ${dateFr(date)} au plus tôt (jour de l’acte).`;
    prochaineAction = s.prochaineAction.trim();
    if (prochaineAction === '') erreurs.prochaineAction = 'Prochaine action : dites ce qu’il faudra faire.';
  }
  const v = acteSaisieSchema.safeParse({
    date: date ?? undefined,
    type: s.type,
    interlocuteur: s.interlocuteur,
    note: s.note,
    prochaineActionLe,
    prochaineAction,
  });
  if (!v.success) for (const i of v.error.issues) erreurs[i.path.join('.')] ??= i.message;
  if (Object.keys(erreurs).length > 0 || !v.success) return { ok: false, erreurs };
  return {
    ok: true,
    acte: {
      date: date ?? undefined,
      type: s.type,
      interlocuteur: s.interlocuteur,
      note: s.note,
      prochaineActionLe,
      prochaineAction,
    },
  };
}
