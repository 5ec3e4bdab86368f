import {
  ACCOMPAGNENT,
  contract,
  PROGRAMMENT_LES_FORMATIONS,
  STATUTS_ACTION,
  STATUTS_OCCUPANT_UNE_PLACE,
  TRANSITIONS_POSITIONNEMENT,
  type ActionFormation,
  type BilanAction,
  type Commission,
  type DecisionCommission,
  type DomaineFormation,
  type Financeur,
  type MotifNonRetenuFormation,
  type Niveau,
  type Personnel,
  type Positionnement,
  type RapportImportActions,
  type Role,
  type StatutAction,
  type StatutPositionnement,
  type TypeBilanAction,
  type TypeFormation,
} from '../../../src-main/contract';
import type { Entree } from '../../api/client';
import { age as ageLe, dateFr, dateIso } from '../../components/dates';
import { dateEnvoyee, nombreSaisi } from '../dossier/logique';

/*
 * What the « Formation » screens compute without React: the address, the lookup's filters to the
 * contract's criteria, the labels of an action, the next statuses of a candidacy, the forms typed
 * to the contract's input (action, status change, commission, bilans), the minutes' file name.
 * Tested on their own (tests/renderer/formation.test.ts).
 */

// ——— Addresses ———

/** The three views of the « Formation » tab, in the order of their tabs. */
export const VUES = ['actions', 'tableau', 'besoins'] as const;
export type VueFormation = (typeof VUES)[number];
export const VUE_LIBELLES: Record<VueFormation, string> = {
  actions: 'Actions',
  tableau: 'Tableau de bord',
  besoins: 'Besoins non satisfaits',
};

export type RouteFormation = { ecran: 'vue'; vue: VueFormation } | { ecran: 'action'; id: number };

function idDe(texte: string | null): number | null {
  if (texte === null || !/^\d{1,12}$/.test(texte)) return null;
  const n = Number(texte);
  return n > 0 ? n : null;
}

/**
 * `#/formation` (or `?vue=actions`): the lookup; `?vue=tableau|besoins`; `?action=ID` an action's
 * page (it wins over `vue`). An address naming nothing known shows the lookup.
 */
export function routeFormation(params: URLSearchParams): RouteFormation {
  const action = idDe(params.get('action'));
  if (action !== null) return { ecran: 'action', id: action };
  const vue = VUES.find((v) => v === params.get('vue')) ?? 'actions';
  return { ecran: 'vue', vue };
}

export const lienAction = (id: number) => `#/formation?action=${id}`;
export const lienDossierJeune = (jeuneId: number) => `#/dossier?jeune=${jeuneId}`;
export const lienPartenaire = (id: number) => `#/annuaire?partenaire=${id}`;

// ——— Rights that depend on the action ———

/**
 * Whether this person may change the action, hold its commissions and write its bilans: the
 * référent formation, direction, or the action's own référent (the main process checks the same).
 */
export function gereLAction(
  action: { referentId: number | null },
  utilisateur: { id: number; roles: readonly Role[] },
): boolean {
  return (
    utilisateur.roles.some((r) => PROGRAMMENT_LES_FORMATIONS.includes(r)) ||
    (action.referentId !== null && action.referentId === utilisateur.id)
  );
}

/** Who may be the référent of an action: active staff who accompany jeunes, by name. */
export function referentsPossibles(personnel: readonly Personnel[]): Personnel[] {
  return personnel
    .filter((p) => p.actif && p.roles.some((r) => ACCOMPAGNENT.includes(r)))
    .sort((a, b) => `${a.nom} ${a.prenom}`.localeCompare(`${b.nom} ${b.prenom}`, 'fr'));
}

// ——— The lookup ———

/** The jeune the lookup is made for: their prerequisites fill the level and the age. */
export interface JeuneDuFiltre {
  id: number;
  nom: string;
}

export interface FiltresActions {
  texte: string;
  /** Empty: every status. */
  statuts: StatutAction[];
  domaines: DomaineFormation[];
  codeInsee: string | null;
  /** Typed JJ/MM/AAAA; empty: no bound. */
  debutApres: string;
  debutAvant: string;
  avecPlaces: boolean;
  niveau: Niveau | null;
  /** Typed; empty: no age. */
  age: string;
  jeune: JeuneDuFiltre | null;
  programme: string | null;
  mesActions: boolean;
}

/** Those a jeune can still join, nothing else narrowed. */
export const FILTRES_ACTIONS: FiltresActions = {
  texte: '',
  statuts: ['programmee', 'en_recrutement'],
  domaines: [],
  codeInsee: null,
  debutApres: '',
  debutAvant: '',
  avecPlaces: false,
  niveau: null,
  age: '',
  jeune: null,
  programme: null,
  mesActions: false,
};

export const LIMITE_ACTIONS = 300;

/** An age typed in the lookup: a whole number the contract accepts (10 to 99), else null. */
export function ageSaisi(texte: string): number | null {
  const n = nombreSaisi(texte);
  return n !== null && Number.isInteger(n) && n >= 10 && n <= 99 ? n : null;
}

/** The message under a filter's date or age that is not taken into account, else undefined. */
export function erreurDateFiltre(saisie: string): string | undefined {
  return saisie.trim() === '' || dateIso(saisie) !== null ? undefined : 'Date JJ/MM/AAAA : non prise en compte.';
}
export function erreurAgeFiltre(saisie: string): string | undefined {
  return saisie.trim() === '' || ageSaisi(saisie) !== null ? undefined : 'Un âge de 10 à 99 ans.';
}

/**
 * The criteria sent to `actions.rechercher` (`texte` is the one typed, once settled; `moi` the
 * person signed in, for « Mes actions »). A date or an age that cannot be read narrows nothing
 * (its field says so).
 */
export function criteresActions(
  f: FiltresActions,
  texte: string,
  moi: number,
): NonNullable<Entree<'actions.rechercher'>> {
  return {
    texte: texte.trim(),
    statuts: f.statuts.length === 0 ? [...STATUTS_ACTION] : [...f.statuts],
    domaines: [...f.domaines],
    codeInsee: f.codeInsee,
    debutApres: dateIso(f.debutApres),
    debutAvant: dateIso(f.debutAvant),
    niveau: f.niveau,
    age: ageSaisi(f.age),
    avecPlacesSeulement: f.avecPlaces,
    referentId: f.mesActions ? moi : null,
    programme: f.programme,
    limite: LIMITE_ACTIONS,
  };
}

/** Whether a filter narrows the list (the text aside), to offer « Filtres par défaut ». */
export function filtresActionsActifs(f: FiltresActions): boolean {
  const { texte: _t, ...reste } = f;
  const { texte: _d, ...defaut } = FILTRES_ACTIONS;
  return JSON.stringify(reste) !== JSON.stringify(defaut);
}

/**
 * The lookup made for a jeune: their age on `aujourdhui`, and their level when the file says it
 * (`niveau` undefined: the file could not be read, the level typed stays).
 */
export function filtresPourJeune(
  f: FiltresActions,
  jeune: { id: number; nom: string; dateNaissance: string },
  niveau: Niveau | null | undefined,
  aujourdhui: string,
): FiltresActions {
  return {
    ...f,
    jeune: { id: jeune.id, nom: jeune.nom },
    age: String(ageLe(jeune.dateNaissance, aujourdhui)),
    niveau: niveau === undefined ? f.niveau : niveau,
  };
}

// ——— An action's labels ———

/** « du 02/03/2026 au 30/06/2026 ». */
export function periodeAction(debut: string, fin: string): string {
  return `du ${dateFr(debut)} au ${dateFr(fin)}`;
}

/** « 16 à 25 ans », « 18 ans et plus », « jusqu’à 25 ans », « tout âge ». */
export function libelleAges(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return min === max ? `${min} ans` : `${min} à ${max} ans`;
  if (min !== null) return `${min} ans et plus`;
  if (max !== null) return `jusqu’à ${max} ans`;
  return 'tout âge';
}

/** How the places stand: none left (or beyond), few (2 or less), enough. */
export function etatPlaces(restantes: number): 'complet' | 'peu' | 'ouvert' {
  if (restantes <= 0) return 'complet';
  return restantes <= 2 ? 'peu' : 'ouvert';
}

/** « 3 places restantes sur 12 », « complet (12 places) », « 1 place de trop sur 12 ». */
export function libellePlaces(restantes: number, places: number): string {
  const sur = `sur ${places}`;
  if (restantes > 0) return `${restantes} place${restantes > 1 ? 's' : ''} restante${restantes > 1 ? 's' : ''} ${sur}`;
  if (restantes === 0) return `complet (${places} place${places > 1 ? 's' : ''})`;
  const trop = -restantes;
  return `${trop} place${trop > 1 ? 's' : ''} de trop ${sur}`;
}

/** `0.75` → `75 %` (one decimal at most); null → `—`. */
export function pourcentage(part: number | null): string {
  if (part === null || !Number.isFinite(part)) return '—';
  return `${(Math.round(part * 1000) / 10).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0%`;
}

/** `12.5` → `12,5 jours`; null → `—`. */
export function libelleDelai(jours: number | null): string {
  if (jours === null || !Number.isFinite(jours)) return '—';
  const n = Math.round(jours * 10) / 10;
  return `${n.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} jour${Math.abs(n) >= 2 ? 's' : ''}`;
}

// ——— A candidacy ———

/** The statuses from which a commission may decide (the main process writes « en commission » first). */
export const STATUTS_EXAMINABLES: readonly StatutPositionnement[] = [
  'propose',
  'candidature_transmise',
  'information_collective',
  'en_commission',
];

/** The endings that close a candidacy without a place (asked in the menu after the steps forward). */
const SORTIES: readonly StatutPositionnement[] = ['non_retenu', 'desiste', 'abandon'];

/**
 * The statuses a candidacy may go to next, as the main process says (`suivants`, else the status
 * machine): the steps forward first, then the endings without a place.
 */
export function statutsSuivants(p: Pick<Positionnement, 'statut'> & { suivants?: readonly StatutPositionnement[] }) {
  const suivants = p.suivants ?? TRANSITIONS_POSITIONNEMENT[p.statut];
  return [...suivants.filter((s) => !SORTIES.includes(s)), ...suivants.filter((s) => SORTIES.includes(s))];
}

/** Whether the candidacy holds one of the action's places. */
export function occupeUnePlace(statut: StatutPositionnement): boolean {
  return STATUTS_OCCUPANT_UNE_PLACE.includes(statut);
}

/** The last step can be undone unless it is the initial proposal. */
export function etapeAnnulable(p: Pick<Positionnement, 'etapes'>): boolean {
  return p.etapes.length > 1;
}

/** A candidacy typed by mistake is deleted while it is only proposed. */
export function positionnementSupprimable(p: Pick<Positionnement, 'statut' | 'etapes'>): boolean {
  return p.statut === 'propose' && p.etapes.length <= 1;
}

/** The date of the candidacy's latest step (its status date when it has no steps read). */
export function dateDerniereEtape(p: Pick<Positionnement, 'etapes' | 'statutLe'>): string {
  return p.etapes.reduce((d, e) => (e.date > d ? e.date : d), p.statutLe);
}

// ——— A status change ———

export interface SaisieStatut {
  statut: StatutPositionnement;
  /** Typed JJ/MM/AAAA. */
  date: string;
  motifNonRetenu: MotifNonRetenuFormation | null;
  certificationObtenue: boolean | null;
  commentaire: string;
}

export function saisieStatut(statut: StatutPositionnement, aujourdhui: string): SaisieStatut {
  return { statut, date: dateFr(aujourdhui), motifNonRetenu: null, certificationObtenue: null, commentaire: '' };
}

/** The status change as sent: the motif only for « non retenu », the certification only for « terminé ». */
export function entreeStatut(
  s: SaisieStatut,
  p: Pick<Positionnement, 'id' | 'modifieLe'>,
): Entree<'positionnements.changerStatut'> {
  return {
    id: p.id,
    statut: s.statut,
    date: dateEnvoyee(s.date),
    motifNonRetenu: s.statut === 'non_retenu' ? s.motifNonRetenu : null,
    certificationObtenue: s.statut === 'termine' ? s.certificationObtenue : null,
    commentaire: s.commentaire,
    modifieLeLu: p.modifieLe,
  };
}

/**
 * What the page refuses before sending, by field: the contract's own checks, and the date's place
 * among the steps (not before the previous step, not in the future), which the main process
 * checks the same.
 */
export function manquesStatut(
  s: SaisieStatut,
  p: Pick<Positionnement, 'id' | 'modifieLe' | 'etapes' | 'statutLe'>,
  aujourdhui: string,
): Record<string, string> {
  const m: Record<string, string> = {};
  const verifie = contract['positionnements.changerStatut'].input.safeParse(entreeStatut(s, p));
  if (!verifie.success) {
    for (const i of verifie.error.issues) m[i.path.join('.')] ??= i.message;
  }
  const date = dateIso(s.date);
  if (date !== null && m.date === undefined) {
    const precedente = dateDerniereEtape(p);
    if (date > aujourdhui) m.date = 'Date : elle ne peut pas être dans le futur.';
    else if (date < precedente) m.date = `Date : elle ne peut pas précéder l’étape précédente (${dateFr(precedente)}).`;
  }
  return m;
}

// ——— An entry commission ———

export type ChoixDecision = DecisionCommission | 'non_examine';

export interface DecisionSaisie {
  choix: ChoixDecision;
  motifNonRetenu: MotifNonRetenuFormation | null;
  commentaire: string;
}

export interface SaisieCommission {
  date: string;
  participants: string;
  note: string;
  /** By positionnement id, for the candidacies still undecided. */
  decisions: Record<number, DecisionSaisie>;
}

/** The candidacies a commission may examine (still undecided), by name. */
export function candidaturesExaminables<P extends Pick<Positionnement, 'statut' | 'jeuneNom'>>(
  positionnements: readonly P[],
): P[] {
  return positionnements
    .filter((p) => STATUTS_EXAMINABLES.includes(p.statut))
    .sort((a, b) => a.jeuneNom.localeCompare(b.jeuneNom, 'fr'));
}

export function saisieCommission(
  positionnements: readonly Pick<Positionnement, 'id' | 'statut' | 'jeuneNom'>[],
  aujourdhui: string,
): SaisieCommission {
  return {
    date: dateFr(aujourdhui),
    participants: '',
    note: '',
    decisions: Object.fromEntries(
      candidaturesExaminables(positionnements).map((p) => [
        p.id,
        { choix: 'non_examine', motifNonRetenu: null, commentaire: '' } satisfies DecisionSaisie,
      ]),
    ),
  };
}

/** The commission as sent: only the candidacies examined, in the order of the form. */
export function entreeCommission(
  s: SaisieCommission,
  actionId: number,
  ordre: readonly number[],
): Entree<'commissions.enregistrer'> {
  const decisions = ordre.flatMap((id) => {
    const d = s.decisions[id];
    if (!d || d.choix === 'non_examine') return [];
    return [
      {
        positionnementId: id,
        decision: d.choix,
        motifNonRetenu: d.choix === 'non_retenu' ? d.motifNonRetenu : null,
        commentaire: d.commentaire,
      },
    ];
  });
  return {
    actionId,
    date: dateEnvoyee(s.date),
    participants: s.participants,
    note: s.note,
    decisions,
  };
}

/**
 * The messages of a refused commission by field of the form: `decisions.2.motifNonRetenu` (the
 * third decision sent) becomes `decision.<its positionnement>.motifNonRetenu`, so that it shows on
 * that jeune's line.
 */
export function messagesCommission(
  champs: readonly { champ: string; message: string }[],
  entree: Pick<Entree<'commissions.enregistrer'>, 'decisions'>,
): Record<string, string> {
  const r: Record<string, string> = {};
  for (const c of champs) {
    const m = /^decisions\.(\d+)(?:\.(.+))?$/.exec(c.champ);
    const d = m ? entree.decisions[Number(m[1])] : undefined;
    const cle = m && d ? `decision.${d.positionnementId}${m[2] ? `.${m[2]}` : ''}` : c.champ;
    r[cle] ??= c.message;
  }
  return r;
}

/** What the page refuses before sending a commission, by field of the form. */
export function manquesCommission(s: SaisieCommission, actionId: number, ordre: readonly number[]) {
  const entree = entreeCommission(s, actionId, ordre);
  const verifie = contract['commissions.enregistrer'].input.safeParse(entree);
  if (verifie.success) return {};
  return messagesCommission(
    verifie.error.issues.map((i) => ({ champ: i.path.join('.'), message: i.message })),
    entree,
  );
}

/** « 2 retenus · 1 non retenu · 1 ajourné ». */
export function resumeDecisions(decisions: readonly Pick<Commission['decisions'][number], 'decision'>[]): string {
  if (decisions.length === 0) return 'Aucune décision';
  const compte = (d: DecisionCommission) => decisions.filter((x) => x.decision === d).length;
  const parts: string[] = [];
  const retenus = compte('retenu');
  const nonRetenus = compte('non_retenu');
  const ajournes = compte('ajourne');
  if (retenus > 0) parts.push(`${retenus} retenu${retenus > 1 ? 's' : ''}`);
  if (nonRetenus > 0) parts.push(`${nonRetenus} non retenu${nonRetenus > 1 ? 's' : ''}`);
  if (ajournes > 0) parts.push(`${ajournes} ajourné${ajournes > 1 ? 's' : ''}`);
  return parts.join(' · ');
}

/** Lower case, no accent, words joined by dashes: « CAP Cuisine (Valence) » → `cap-cuisine-valence`. */
function slug(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * The minutes' file name: the main process's, when it gives a PDF name a file system accepts, else
 * `proces-verbal-<action>-<date>.pdf`.
 */
export function nomFichierProcesVerbal(nomServeur: string | null | undefined, intitule: string, date: string): string {
  const nom = nomServeur?.trim() ?? '';
  if (/^[^/\\:*?"<>|]+\.pdf$/i.test(nom)) return nom;
  return `proces-verbal-${slug(intitule) || 'action'}-${date}.pdf`;
}

// ——— Bilans ———

export interface SaisieBilanAction {
  type: TypeBilanAction | null;
  date: string;
  pointsForts: string;
  difficultes: string;
  note: string;
}

export function saisieBilanAction(b: BilanAction | null, aujourdhui: string): SaisieBilanAction {
  return {
    type: b?.type ?? null,
    date: dateFr(b?.date ?? aujourdhui),
    pointsForts: b?.pointsForts ?? '',
    difficultes: b?.difficultes ?? '',
    note: b?.note ?? '',
  };
}

/**
 * The bilan a save writes over: the one being edited, or — a second « final » being an edit of the
 * first — the action's final bilan; null for a new one.
 */
export function bilanRemplace(
  bilans: readonly Pick<BilanAction, 'id' | 'type'>[],
  type: TypeBilanAction | null,
  enModification: number | null,
): number | null {
  if (enModification !== null) return enModification;
  if (type === 'final') return bilans.find((b) => b.type === 'final')?.id ?? null;
  return null;
}

export function entreeBilanAction(s: SaisieBilanAction, actionId: number, id: number | null): Record<string, unknown> {
  return {
    actionId,
    id,
    type: s.type ?? undefined,
    date: dateEnvoyee(s.date),
    pointsForts: s.pointsForts,
    difficultes: s.difficultes,
    note: s.note,
  };
}

/** The figures of a bilan, in the order of the templates: what was offered, then what came of it. */
export function lignesChiffres(c: BilanAction['chiffres']): { libelle: string; valeur: string }[] {
  return [
    { libelle: 'Places', valeur: String(c.places) },
    { libelle: 'Positionnements', valeur: String(c.positionnements) },
    { libelle: 'Entrées', valeur: String(c.entres) },
    { libelle: 'Taux de remplissage', valeur: pourcentage(c.tauxRemplissage) },
    { libelle: 'En cours', valeur: String(c.enCours) },
    { libelle: 'Abandons', valeur: String(c.abandons) },
    { libelle: 'Terminés', valeur: String(c.termines) },
    { libelle: 'Certifiés', valeur: String(c.certifies) },
    { libelle: 'Sorties vers l’emploi', valeur: String(c.sortiesEmploi) },
    { libelle: 'Sorties vers une autre formation', valeur: String(c.sortiesFormation) },
  ];
}

// ——— The action's form ———

export interface SaisieAction {
  intitule: string;
  programme: string;
  financeur: Financeur | null;
  organismeId: number | null;
  typeFormation: TypeFormation | null;
  domaine: DomaineFormation | null;
  certification: string;
  lieu: string;
  codeInsee: string | null;
  commune: string;
  debut: string;
  fin: string;
  places: string;
  prerequis: string;
  niveauMinimum: Niveau | null;
  ageMinimum: string;
  ageMaximum: string;
  description: string;
  referentId: number | null;
  statut: StatutAction;
  reference: string;
}

/** The form's fields for a new action (programmed, nothing else known) or as an action reads now. */
export function saisieAction(a: ActionFormation | null | undefined): SaisieAction {
  return {
    intitule: a?.intitule ?? '',
    programme: a?.programme ?? '',
    financeur: a?.financeur ?? null,
    organismeId: a?.organismeId ?? null,
    typeFormation: a?.typeFormation ?? null,
    domaine: a?.domaine ?? null,
    certification: a?.certification ?? '',
    lieu: a?.lieu ?? '',
    codeInsee: a?.codeInsee ?? null,
    commune: a?.commune ?? '',
    debut: dateFr(a?.debut),
    fin: dateFr(a?.fin),
    places: a ? String(a.places) : '',
    prerequis: a?.prerequis ?? '',
    niveauMinimum: a?.niveauMinimum ?? null,
    ageMinimum: a?.ageMinimum != null ? String(a.ageMinimum) : '',
    ageMaximum: a?.ageMaximum != null ? String(a.ageMaximum) : '',
    description: a?.description ?? '',
    referentId: a?.referentId ?? null,
    statut: a?.statut ?? 'programmee',
    reference: a?.reference ?? '',
  };
}

/**
 * What the form sends, for `actionSaisieSchema` to check: a list left unchosen is sent missing
 * (the contract names it), texts as typed, numbers read from the text.
 */
export function entreeAction(s: SaisieAction): Record<string, unknown> {
  return {
    intitule: s.intitule,
    programme: s.programme,
    financeur: s.financeur ?? undefined,
    organismeId: s.organismeId ?? undefined,
    typeFormation: s.typeFormation ?? undefined,
    domaine: s.domaine ?? undefined,
    certification: s.certification,
    lieu: s.lieu,
    codeInsee: s.codeInsee,
    commune: s.commune,
    debut: dateEnvoyee(s.debut),
    fin: dateEnvoyee(s.fin),
    places: nombreSaisi(s.places) ?? undefined,
    prerequis: s.prerequis,
    niveauMinimum: s.niveauMinimum,
    ageMinimum: nombreSaisi(s.ageMinimum),
    ageMaximum: nombreSaisi(s.ageMaximum),
    description: s.description,
    referentId: s.referentId,
    statut: s.statut,
    reference: s.reference,
  };
}

/**
 * The page's messages for what the contract can only say in general terms: a training body or a
 * number of places not given yet.
 */
export function precisionsAction<I extends { path: PropertyKey[]; message: string }>(
  issues: readonly I[],
  s: Pick<SaisieAction, 'organismeId' | 'places'>,
): I[] {
  return issues.map((i) => {
    const champ = i.path.join('.');
    if (champ === 'organismeId' && s.organismeId === null)
      return { ...i, message: 'Organisme de formation : tapez son nom et choisissez-le dans l’annuaire.' };
    if (champ === 'places' && s.places.trim() === '') return { ...i, message: 'Places : champ obligatoire.' };
    return i;
  });
}

/** The programmes already used, for the form's suggestions and the lookup's list (sorted, once each). */
export function programmesConnus(actions: readonly { programme: string }[]): string[] {
  return [...new Set(actions.map((a) => a.programme.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'fr'));
}

// ——— The CSV import ———

/** « 12 créées · 3 mises à jour · 5 inchangées · 2 refusées · 1 organisme ajouté à l’annuaire ». */
export function resumeImportActions(r: RapportImportActions): string {
  const futur = !r.ecrit;
  const parts = [
    `${r.creees} ${futur ? 'à créer' : r.creees > 1 ? 'créées' : 'créée'}`,
    `${r.misesAJour} ${futur ? 'à mettre à jour' : r.misesAJour > 1 ? 'mises à jour' : 'mise à jour'}`,
    `${r.inchangees} inchangée${r.inchangees > 1 ? 's' : ''}`,
    `${r.refus.length} refusée${r.refus.length > 1 ? 's' : ''}`,
  ];
  const n = r.organismesCrees.length;
  if (n > 0)
    parts.push(`${n} organisme${n > 1 ? 's' : ''} ${futur ? 'à ajouter' : n > 1 ? 'ajoutés' : 'ajouté'} à l’annuaire`);
  return `${r.lignes} ligne${r.lignes > 1 ? 's' : ''} : ${parts.join(' · ')}.`;
}

/** The lines an import would write (created or updated). */
export function lignesAEcrire(r: RapportImportActions): number {
  return r.creees + r.misesAJour;
}
