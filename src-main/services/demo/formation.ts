/**
 * The demo's training actions (issue 7), written with prepared statements once the jeunes, their
 * paths and the employer portfolio are in the base, from a sequence of its own (the rest of a
 * seed's demo does not depend on it).
 *
 * Each year since the ML started following actions in Tremplin (4 years before "now"), the
 * territory's programme: the Région's qualifying and pre-qualifying paths, France Travail's
 * collective POE and AFPR, the State's prépa apprentissage and EPIDE, an Agefiph action now and
 * then; sized on the jeunes in parcours that year (the ML's jeunes fill the places). Each action
 * is followed by a référent d'action and goes through its recruitment: candidacies of jeunes in
 * parcours, history steps that obey TRANSITIONS_POSITIONNEMENT, an information collective, entry
 * commissions with their decisions, entries that create the jeune's "formation" situation (as
 * `positionnements.changerStatut` does), abandons and ends; then the bilans, whose figures are
 * the service's own (`chiffresDuBilan`) computed on the base as it stood on the bilan's day.
 * Training needs left without answer are recorded along the way, mostly in fields the programme
 * does not cover. Nothing is dated after "now"; the actions' statuses follow their dates.
 */
import type { z } from 'zod';
import type { chiffresBilanSchema } from '../../contract/formation';
import {
  TRANSITIONS_POSITIONNEMENT,
  type DecisionCommission,
  type DomaineFormation,
  type MotifNonRetenuFormation,
  type RaisonBesoin,
  type StatutAction,
  type StatutPositionnement,
} from '../../contract/referentielsFormation';
import { NIVEAUX, type Niveau } from '../../contract/referentielsParcours';
import type { Sqlite } from '../../db/open';
import { ageLe } from '../commun/temps';
import { intituleAvecCertification } from '../positionnements/machine';
import type { Alea } from './alea';
import { personne } from './annuaire';
import { estOuvre, isoDe, jourDe, jourSemaine, moisDe, ouvreSuivant } from './calendrier';
import { COMMUNES } from './donnees';
import {
  BESOINS_SANS_ACTION,
  BILANS_DIFFICULTES,
  BILANS_INDIVIDUELS,
  BILANS_NOTES,
  BILANS_POINTS_FORTS,
  COMMENTAIRES_ABANDON,
  COMMENTAIRES_BESOIN,
  COMMENTAIRES_DESISTEMENT,
  COMMENTAIRES_NON_RETENU_AUTRE,
  COMMENTAIRES_POSITIONNEMENT,
  DOMAINES_DU_PROJET,
  FONCTIONS_COMMISSION,
  LIEUX_SESSIONS,
  MODELES_ACTIONS,
  NOTES_COMMISSION,
  PROGRAMMES,
  PROGRAMMES_TYPES,
  RAISONS_AVEC_ACTION,
  type BesoinTypeDemo,
  type ModeleActionDemo,
  type ProgrammeDemo,
} from './donneesFormation';
import { METIERS } from './donneesParcours';
import type { Saisie } from './ecriture';

export interface ComptesFormation {
  actionsFormation: number;
  positionnements: number;
  commissions: number;
  besoins: number;
  situations: number;
}

export type ChiffresBilan = z.infer<typeof chiffresBilanSchema>;

export interface ContexteFormation {
  aujourdhui: number;
  /** The day the ML started following the territory's actions in Tremplin. */
  debut: number;
  saisie: Saisie;
  referentFormation: number;
  direction: number;
  /** The conseillers of the site that serves a commune (all of them outside the territory). */
  conseillersPres: (insee: string) => readonly number[];
  nomDe: (utilisateurId: number) => string;
  /** Jeunes shaped for a portfolio alert: no candidacy, so that no situation changes their alert. */
  reserves: ReadonlySet<number>;
  /** The figures of an action's bilan as `bilansAction.enregistrer` computes them, on the base as it is. */
  chiffres: (action: { id: number; debut: string }, date: string) => ChiffresBilan;
  comptes: ComptesFormation;
}

/** Jeunes in parcours per action a year: the programme is sized on the ML's jeunes. */
const JEUNES_PAR_ACTION = 40;
const ACTIONS_PAR_AN: readonly [number, number] = [2, 35];
/** Candidacies per place, and the share of places the ML's jeunes fill (DOMAIN.md taux_remplissage_formation). */
const CANDIDATURES_PAR_PLACE: readonly [number, number] = [2.4, 3.3];
const REMPLISSAGE: readonly [number, number] = [0.74, 0.98];
/** Training needs without answer: share of the jeunes met in interview that year. */
const PART_BESOINS = 0.05;
const INFINI = 1e9;
/** Actions a year from which the programme includes an Agefiph action. */
const AGEFIPH_DES = 20;

interface Partenaire {
  id: number;
  nom: string;
  insee: string | null;
  commune: string | null;
  adresse: string | null;
}

interface Jeune {
  naissance: string;
  niveau: Niveau | null;
  rqth: boolean;
  insee: string | null;
}

interface ParcoursLu {
  jeune: number;
  debut: number;
  /** Exit day, or INFINI while open. */
  fin: number;
  referent: number;
  projet: string | null;
}

interface Intervalle {
  debut: number;
  fin: number;
  type: string;
  sousType?: string | null;
}

interface Etape {
  statut: StatutPositionnement;
  jour: number;
  motif: MotifNonRetenuFormation | null;
  commentaire: string | null;
  /** Index of the commission that decided it (0: first, 1: second). */
  commission: number | null;
  par: number;
}

interface Decision {
  commission: number;
  decision: DecisionCommission;
  motif: MotifNonRetenuFormation | null;
  commentaire: string | null;
}

interface Candidature {
  jeune: number;
  referent: number;
  auteur: number;
  d0: number;
  eligible: boolean;
  commentaire: string | null;
  etapes: Etape[];
  decisions: Decision[];
  certification: boolean | null;
  /** A job after the training (or instead of it): written as the jeune's situation. */
  emploi: {
    debut: number;
    fin: number;
    sousType: 'cdd' | 'interim';
    organisme: string;
    intitule: string;
    commentaire: string;
  } | null;
  bilan: { jour: number; apports: string; suite: string | null } | null;
  // Written state.
  id: number;
  ecrites: number;
  situationId: number | null;
}

interface ActionPlan {
  id: number;
  modele: ModeleActionDemo;
  programme: ProgrammeDemo;
  annee: number;
  organisme: Partenaire;
  insee: string | null;
  debut: number;
  fin: number;
  places: number;
  referent: number | null;
  statut: StatutAction;
  /** The day it was typed (the programme's publication). */
  creation: number;
  reference: string | null;
  ouverture: number;
  annulation: number | null;
  commissions: { jour: number; id: number | null }[];
  candidatures: Candidature[];
}

const rangNiveau = (n: Niveau | null) => (n === null ? 0 : NIVEAUX.indexOf(n));

/** The working day on or before `jour`. */
function ouvreAvant(jour: number): number {
  let j = jour;
  while (!estOuvre(j)) j--;
  return j;
}

/** Sessions start on a Monday (a Tuesday after a bank holiday). */
function lundiSuivant(jour: number): number {
  let j = jour;
  while (jourSemaine(j) !== 1) j++;
  return ouvreSuivant(j);
}

export function ecrireFormation(sqlite: Sqlite, alea: Alea, x: ContexteFormation): void {
  const today = x.aujourdhui;
  const s = x.saisie;
  const c = x.comptes;

  const insererAction = sqlite.prepare(
    `INSERT INTO action_formation (intitule, programme, financeur, organisme_id, type_formation, domaine, certification,
       lieu, code_insee, commune, debut, fin, places, prerequis, niveau_minimum, age_minimum, age_maximum, description,
       referent_id, statut, reference, cree_le, cree_par, modifie_le, modifie_par)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insererCommission = sqlite.prepare(
    `INSERT INTO commission_entree (action_id, date, participants, note, auteur_id, cree_le, cree_par, modifie_le, modifie_par)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insererDecision = sqlite.prepare(
    `INSERT INTO decision_commission (commission_id, positionnement_id, decision, motif_non_retenu, commentaire)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const insererPositionnement = sqlite.prepare(
    `INSERT INTO positionnement (action_id, jeune_id, date, statut, statut_le, commentaire, auteur_id, cree_le, cree_par,
       modifie_le, modifie_par) VALUES (?, ?, ?, 'propose', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const majPositionnement = sqlite.prepare(
    `UPDATE positionnement SET statut = ?, statut_le = ?, motif_non_retenu = ?, certification_obtenue = ?, situation_id = ?,
       modifie_le = ?, modifie_par = ? WHERE id = ?`,
  );
  const bilanIndividuel = sqlite.prepare(
    'UPDATE positionnement SET bilan_le = ?, bilan_apports = ?, bilan_suite = ?, modifie_le = ?, modifie_par = ? WHERE id = ?',
  );
  const insererEtape = sqlite.prepare(
    `INSERT INTO etape_positionnement (positionnement_id, statut, date, motif_non_retenu, commentaire, commission_id, le, par)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insererSituation = sqlite.prepare(
    `INSERT INTO situation (jeune_id, type, sous_type, debut, fin_prevue, fin_reelle, organisme, intitule, commentaire,
       cree_le, cree_par, modifie_le, modifie_par) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const finirSituation = sqlite.prepare(
    'UPDATE situation SET fin_reelle = ?, modifie_le = ?, modifie_par = ? WHERE id = ?',
  );
  const insererBilan = sqlite.prepare(
    `INSERT INTO bilan_action (action_id, type, date, chiffres, points_forts, difficultes, note, auteur_id, cree_le, cree_par,
       modifie_le, modifie_par) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insererBesoin = sqlite.prepare(
    `INSERT INTO besoin_formation (jeune_id, date, domaine, objet, code_rome, raison, action_id, commentaire, auteur_id,
       cree_le, cree_par, modifie_le, modifie_par) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  // ---------------------------------------------------------------------------------------------
  // What is already in the base: training bodies, jeunes, their parcours and situations.

  const partenaires = new Map(
    (
      sqlite
        .prepare('SELECT id, nom, code_insee AS insee, commune, adresse FROM partenaire ORDER BY id')
        .all() as Partenaire[]
    ).map((p) => [p.nom, p]),
  );
  const jeunes = new Map(
    (
      sqlite
        .prepare('SELECT id, date_naissance AS naissance, niveau, rqth, commune_insee AS insee FROM jeune ORDER BY id')
        .all() as { id: number; naissance: string; niveau: Niveau | null; rqth: number; insee: string | null }[]
    ).map((j): [number, Jeune] => [
      j.id,
      { naissance: j.naissance, niveau: j.niveau, rqth: j.rqth === 1, insee: j.insee },
    ]),
  );
  const tousParcours = (
    sqlite
      .prepare(
        'SELECT jeune_id AS jeune, debut, fin_reelle AS fin, referent_id AS referent, objectifs FROM parcours ORDER BY id',
      )
      .all() as { jeune: number; debut: string; fin: string | null; referent: number; objectifs: string | null }[]
  ).map((p): ParcoursLu => ({
    jeune: p.jeune,
    debut: jourDe(p.debut),
    fin: p.fin === null ? INFINI : jourDe(p.fin),
    referent: p.referent,
    projet: /projet en (.+?) ;/.exec(p.objectifs ?? '')?.[1] ?? null,
  }));
  const parcours = tousParcours.filter((p) => !x.reserves.has(p.jeune));
  /** Parcours by month they cover (all, and those of jeunes with an RQTH). */
  const parMois = new Map<string, ParcoursLu[]>();
  const parMoisRqth = new Map<string, ParcoursLu[]>();
  for (const p of parcours) {
    const rqth = jeunes.get(p.jeune)?.rqth ?? false;
    for (let m = moisDe(p.debut); m <= moisDe(Math.min(p.fin, today + 400)); m = moisSuivant(m)) {
      for (const carte of rqth ? [parMois, parMoisRqth] : [parMois]) {
        const l = carte.get(m) ?? [];
        l.push(p);
        carte.set(m, l);
      }
    }
  }
  const situations = new Map<number, Intervalle[]>();
  for (const r of sqlite
    .prepare(
      'SELECT jeune_id AS jeune, type, sous_type AS sousType, debut, coalesce(fin_reelle, fin_prevue) AS fin FROM situation ORDER BY id',
    )
    .all() as { jeune: number; type: string; sousType: string | null; debut: string; fin: string | null }[]) {
    const l = situations.get(r.jeune) ?? [];
    l.push({
      debut: jourDe(r.debut),
      fin: r.fin === null ? INFINI : jourDe(r.fin),
      type: r.type,
      sousType: r.sousType,
    });
    situations.set(r.jeune, l);
  }
  /** Each jeune's candidacies, from proposal to their outcome (to the action's end once entered). */
  const occupe = new Map<number, Intervalle[]>();
  const chevauche = (
    l: readonly Intervalle[] | undefined,
    debut: number,
    fin: number,
    sauf?: (i: Intervalle) => boolean,
  ) => (l ?? []).some((i) => i.debut <= fin && debut <= i.fin && !(sauf?.(i) ?? false));

  // ---------------------------------------------------------------------------------------------
  // The programme, year after year.

  const premiereAnnee = Number(isoDe(x.debut).slice(0, 4));
  // The Région publishes next year's programme in the autumn.
  const derniereAnnee = Number(isoDe(today).slice(0, 4)) + (Number(isoDe(today).slice(5, 7)) >= 10 ? 1 : 0);
  const enParcoursDans = (an: number) => {
    const du = jourDe(`${an}-01-01`);
    const au = jourDe(`${an}-12-31`);
    return new Set(tousParcours.filter((p) => p.debut <= au && p.fin >= du).map((p) => p.jeune)).size;
  };
  const actions: ActionPlan[] = [];
  const numeros = new Map<string, number>();
  for (let an = premiereAnnee; an <= derniereAnnee; an++) {
    // The current year is not over: sized on the last full one when it had more.
    const jeunesEnParcours =
      an >= Number(isoDe(today).slice(0, 4))
        ? Math.max(enParcoursDans(an), enParcoursDans(an - 1))
        : enParcoursDans(an);
    const nombre = Math.min(
      ACTIONS_PAR_AN[1],
      Math.max(ACTIONS_PAR_AN[0], Math.round(jeunesEnParcours / JEUNES_PAR_ACTION)),
    );
    const sessions = new Map<ModeleActionDemo, number>();
    for (const programme of PROGRAMMES) {
      const type = PROGRAMMES_TYPES[programme];
      const modeles = MODELES_ACTIONS.filter((m) => m.programme === programme);
      for (let n = 1; n <= repartir(nombre)[programme]; n++) {
        // At most two sessions of a kind a year, while other kinds remain.
        const libres = modeles.filter((m) => (sessions.get(m) ?? 0) < 2);
        const modele = alea.pondere((libres.length > 0 ? libres : modeles).map((m) => [m, m.poids] as const));
        sessions.set(modele, (sessions.get(modele) ?? 0) + 1);
        const mois = alea.pondere(type.mois);
        const debut = lundiSuivant(jourDe(`${an}-${String(mois).padStart(2, '0')}-01`) + alea.entier(0, 20));
        const fin = ouvreAvant(debut + alea.entier(modele.semaines[0], modele.semaines[1]) * 7 - 3);
        const ouverture = ouvreSuivant(debut - alea.entier(55, 75));
        // The programme is typed when published (autumn before), France Travail's a few weeks ahead.
        const publication =
          programme === 'france_travail'
            ? debut - alea.entier(75, 95)
            : Math.min(debut - alea.entier(90, 120), jourDe(`${an - 1}-11-15`) + alea.entier(0, 30));
        const creation = ouvreSuivant(Math.max(x.debut + alea.entier(0, 15), Math.min(publication, ouverture)));
        // Actions started before the ML followed them in Tremplin, or not yet published, are not there.
        if (debut < x.debut + 75 || creation > today || creation > ouverture) continue;
        const organisme = alea.choix(
          modele.organismes.map((nom) => partenaires.get(nom)).filter((p) => p !== undefined),
        );
        if (!organisme) continue;
        const numero = (numeros.get(`${programme}${an}`) ?? 0) + 1;
        numeros.set(`${programme}${an}`, numero);
        actions.push({
          id: 0,
          modele,
          programme,
          annee: an,
          organisme,
          insee: modele.communes ? alea.choix(modele.communes) : organisme.insee,
          debut,
          fin,
          places: alea.entier(modele.places[0], modele.places[1]),
          referent: null,
          statut: 'programmee',
          creation,
          reference: type.reference(an, numero),
          ouverture,
          annulation: alea.chance(0.04) ? ouvreAvant(debut - alea.entier(5, 20)) : null,
          commissions: [],
          candidatures: [],
        });
      }
    }
  }
  // Whatever "now" is, a conseiller finds actions recruiting: if the programme has fewer than
  // three starting within the next 60 days, the nearest later sessions are brought forward.
  const bientot = (a: ActionPlan) => a.debut > today && a.debut <= today + 60;
  const plusTard = actions.filter((a) => a.debut > today + 60).sort((a, b) => a.debut - b.debut);
  for (let manque = 3 - actions.filter(bientot).length; manque > 0 && plusTard.length > 0; manque--) {
    const a = plusTard.shift()!;
    const duree = a.fin - a.debut;
    a.debut = lundiSuivant(today + alea.entier(15, 50));
    a.fin = ouvreAvant(a.debut + duree);
    a.ouverture = ouvreSuivant(a.debut - alea.entier(55, 75));
    a.creation = Math.min(a.creation, a.ouverture);
  }
  for (const a of actions) {
    // A cancellation still to come is not known yet: the action recruits as any other.
    if (a.annulation !== null && a.annulation > today) a.annulation = null;
    a.statut =
      a.annulation !== null
        ? 'annulee'
        : a.fin < today
          ? 'terminee'
          : a.debut <= today
            ? 'en_cours'
            : today >= a.debut - 60
              ? 'en_recrutement'
              : 'programmee';
    const proches = a.insee === null ? [] : x.conseillersPres(a.insee);
    a.referent =
      a.statut === 'programmee' && alea.chance(0.3)
        ? null
        : alea.chance(0.3) || proches.length === 0
          ? x.referentFormation
          : alea.choix(proches);
  }
  actions.sort((a, b) => a.debut - b.debut);
  for (const a of actions) ecrireAction(a);

  function ecrireAction(a: ActionPlan): void {
    const { modele: m, creation } = a;
    const commune = a.insee === null ? null : (COMMUNES.find((k) => k.insee === a.insee)?.nom ?? a.organisme.commune);
    const lieu =
      a.insee === a.organisme.insee
        ? `${a.organisme.nom}, ${a.organisme.adresse ?? ''}`.replace(/, $/, '')
        : (LIEUX_SESSIONS[a.insee ?? ''] ?? null);
    // The status was last changed when it became what it is (the référent updates it).
    const change = Math.min(
      today,
      a.statut === 'annulee'
        ? a.annulation!
        : a.statut === 'terminee'
          ? Math.min(today, ouvreSuivant(a.fin + 1))
          : a.statut === 'en_cours'
            ? a.debut
            : a.statut === 'en_recrutement'
              ? Math.max(creation, ouvreSuivant(a.debut - 60))
              : creation,
    );
    const auteur = alea.chance(0.8) ? x.referentFormation : x.direction;
    a.id = Number(
      insererAction.run(
        m.intitule,
        PROGRAMMES_TYPES[a.programme].libelle(a.annee),
        PROGRAMMES_TYPES[a.programme].financeur,
        a.organisme.id,
        m.type,
        m.domaine,
        m.certification,
        lieu,
        a.insee,
        commune,
        isoDe(a.debut),
        isoDe(a.fin),
        a.places,
        m.prerequis,
        m.niveauMinimum ?? null,
        m.ageMinimum ?? null,
        m.ageMaximum ?? null,
        m.description,
        a.referent,
        a.statut,
        a.reference,
        s(creation, 9 * 60 + 30),
        auteur,
        s(change, 9 * 60 + 45),
        change === creation ? auteur : (a.referent ?? x.referentFormation),
      ).lastInsertRowid,
    );
    c.actionsFormation++;
  }

  // ---------------------------------------------------------------------------------------------
  // Recruitment of each action: candidacies, information collective, commissions, entries.

  for (const a of actions) recruter(a);

  function recruter(a: ActionPlan): void {
    const m = a.modele;
    const type = PROGRAMMES_TYPES[a.programme];
    const suivi = a.referent ?? x.referentFormation;
    const annulee = a.annulation !== null;
    const ic = alea.chance(0.85) ? ouvreSuivant(a.debut - alea.entier(24, 35)) : null;
    const avecCommission = alea.chance(type.commission);
    const c1 = ouvreAvant(a.debut - alea.entier(6, 12));
    const c2 = avecCommission && alea.chance(0.3) ? ouvreAvant(a.debut - alea.entier(1, 3)) : null;
    // Without a commission the body recruits by interview, and says who it takes on that day.
    const decision = c1;
    const limite = Math.min(decision - 4, a.annulation === null ? INFINI : a.annulation - 1);
    const ouverture = Math.min(a.ouverture, limite - 15);
    const fin = Math.min(decision, a.annulation ?? INFINI);
    if (avecCommission && !annulee) {
      a.commissions.push({ jour: c1, id: null });
      if (c2 !== null && c2 > c1) a.commissions.push({ jour: c2, id: null });
    }

    const visees = Math.round(
      a.places *
        (annulee
          ? 0.3 + 0.5 * alea.suivant()
          : CANDIDATURES_PAR_PLACE[0] + alea.suivant() * (CANDIDATURES_PAR_PLACE[1] - CANDIDATURES_PAR_PLACE[0])),
    );
    const jours = Array.from({ length: visees }, () => Math.min(limite, ouvreSuivant(alea.entier(ouverture, limite))))
      .filter((j) => j <= today)
      .sort((p, q) => p - q);
    const deja = new Set<number>();
    for (const d0 of jours) {
      const p = candidat(a, d0, deja);
      if (!p) continue;
      deja.add(p.jeune);
      const jeune = jeunes.get(p.jeune)!;
      const age = ageLe(jeune.naissance, isoDe(a.debut));
      const eligible =
        rangNiveau(jeune.niveau) >= rangNiveau(m.niveauMinimum ?? null) &&
        age >= (m.ageMinimum ?? 0) &&
        age <= (m.ageMaximum ?? 99);
      const auteur = alea.chance(0.75) ? p.referent : suivi;
      const k: Candidature = {
        jeune: p.jeune,
        referent: p.referent,
        auteur,
        d0,
        eligible,
        commentaire: alea.chance(0.3) ? alea.choix(COMMENTAIRES_POSITIONNEMENT) : null,
        etapes: [{ statut: 'propose', jour: d0, motif: null, commentaire: null, commission: null, par: auteur }],
        decisions: [],
        certification: null,
        emploi: null,
        bilan: null,
        id: 0,
        ecrites: 0,
        situationId: null,
      };
      a.candidatures.push(k);
      const dernier = () => k.etapes[k.etapes.length - 1]!;
      const ajouter = (statut: StatutPositionnement, jour: number, par: number, e: Partial<Etape> = {}) =>
        k.etapes.push({
          statut,
          jour: Math.max(jour, dernier().jour),
          motif: null,
          commentaire: null,
          commission: null,
          par,
          ...e,
        });
      // Sent to the body within the week (a few never are).
      const envoi = ouvreSuivant(d0 + alea.entier(1, 7));
      if (envoi < fin && alea.chance(0.9)) ajouter('candidature_transmise', envoi, auteur);
      if (!eligible && dernier().statut === 'candidature_transmise' && alea.chance(0.7)) {
        // The body answers that the prerequisites are not met.
        ajouter('non_retenu', Math.min(fin - 1, ouvreSuivant(envoi + alea.entier(3, 10))), suivi, {
          motif: 'prerequis',
        });
        continue;
      }
      if (ic !== null && ic < fin && dernier().jour < ic) {
        if (alea.chance(0.8)) ajouter('information_collective', ic, suivi);
        else if (alea.chance(0.6)) {
          ajouter('non_retenu', ic, suivi, { motif: 'absence' });
          continue;
        }
      }
      if (alea.chance(0.22)) {
        ajouter('desiste', Math.min(fin - 1, ouvreSuivant(alea.entier(dernier().jour + 1, fin - 1))), auteur, {
          commentaire: alea.chance(0.6) ? alea.choix(COMMENTAIRES_DESISTEMENT) : null,
        });
      }
    }
    const ouvertes = a.candidatures.filter((k) => !estFinal(k.etapes[k.etapes.length - 1]!.statut));

    if (annulee) {
      // Cancelled for lack of trainees: every candidacy still open is closed that day.
      for (const k of ouvertes)
        k.etapes.push({
          statut: 'non_retenu',
          jour: Math.max(a.annulation!, k.etapes[k.etapes.length - 1]!.jour),
          motif: 'autre',
          commentaire: alea.choix(COMMENTAIRES_NON_RETENU_AUTRE),
          commission: null,
          par: suivi,
        });
    } else decider(a, ouvertes, suivi, decision);
    for (const k of a.candidatures) apresLaDecision(a, k, suivi);
    // Each jeune is taken from proposal to outcome, to the action's end once entered.
    for (const k of a.candidatures) {
      const entre = k.etapes.some((e) => e.statut === 'entre');
      const l = occupe.get(k.jeune) ?? [];
      l.push({
        debut: k.d0,
        fin: entre ? a.fin : k.etapes[k.etapes.length - 1]!.jour,
        type: entre ? 'entre' : 'candidature',
      });
      occupe.set(k.jeune, l);
    }
  }

  /** A jeune in parcours on `jour`, free until the action's end, its project first; null if none. */
  function candidat(a: ActionPlan, jour: number, deja: ReadonlySet<number>): ParcoursLu | null {
    const liste = (a.modele.rqth ? parMoisRqth : parMois).get(moisDe(jour));
    if (!liste) return null;
    const domaines = (p: ParcoursLu) => (p.projet === null ? [] : (DOMAINES_DU_PROJET[p.projet] ?? []));
    for (let essai = 0; essai < 100; essai++) {
      const p = alea.choix(liste);
      if (p.debut > jour || p.fin < a.debut || deja.has(p.jeune)) continue;
      // The first tries look for a jeune whose project the action answers.
      if (
        essai < 40 &&
        a.modele.projets.length > 0 &&
        !(p.projet !== null && a.modele.projets.includes(p.projet)) &&
        !domaines(p).includes(a.modele.domaine)
      )
        continue;
      // Not in another training then; positioned on one other action at most meanwhile.
      const autres = occupe.get(p.jeune) ?? [];
      if (chevauche(autres, jour, a.fin, (i) => i.type !== 'entre')) continue;
      if (autres.filter((i) => i.type !== 'entre' && i.debut <= a.fin && jour <= i.fin).length > 1) continue;
      // Nothing else during the training; before it, an immersion or an intérim mission at most.
      const siennes = situations.get(p.jeune);
      if (chevauche(siennes, a.debut, a.fin)) continue;
      if (chevauche(siennes, jour, a.debut - 1, (i) => i.type === 'immersion' || i.sousType === 'interim')) continue;
      return p;
    }
    return null;
  }

  /** Entry commissions (or the body's interviews): who is retained, refused, postponed. */
  function decider(a: ActionPlan, ouvertes: Candidature[], suivi: number, jourDecision: number): void {
    const retenir = Math.min(
      a.places,
      Math.round((a.places * (REMPLISSAGE[0] + alea.suivant() * (REMPLISSAGE[1] - REMPLISSAGE[0]))) / 0.92),
    );
    let retenus = 0;
    const ajournes: Candidature[] = [];
    const melangees = alea.plusieurs(ouvertes, ouvertes.length);
    for (const k of melangees) {
      const dernier = k.etapes[k.etapes.length - 1]!;
      const avant = (e: Partial<Etape>) => ({ motif: null, commentaire: null, ...e });
      if (a.commissions.length > 0) {
        // The commission first puts the candidacy « en commission », then decides (commissions.enregistrer).
        if (dernier.statut !== 'en_commission')
          k.etapes.push({
            statut: 'en_commission',
            jour: jourDecision,
            motif: null,
            commentaire: null,
            commission: 0,
            par: suivi,
          });
        if (!k.eligible) {
          k.etapes.push({
            statut: 'non_retenu',
            jour: jourDecision,
            ...avant({ motif: 'prerequis' }),
            commission: 0,
            par: suivi,
          });
          k.decisions.push({ commission: 0, decision: 'non_retenu', motif: 'prerequis', commentaire: null });
        } else if (retenus < retenir) {
          retenus++;
          k.etapes.push({
            statut: 'retenu',
            jour: jourDecision,
            motif: null,
            commentaire: null,
            commission: 0,
            par: suivi,
          });
          k.decisions.push({ commission: 0, decision: 'retenu', motif: null, commentaire: null });
        } else if (a.commissions.length > 1 && ajournes.length < 2) {
          // Postponed to the second commission (tests to pass again, an immersion to finish).
          ajournes.push(k);
          k.decisions.push({
            commission: 0,
            decision: 'ajourne',
            motif: null,
            commentaire: 'Revu après l’immersion prévue.',
          });
        } else {
          const motif = motifNonRetenu();
          k.etapes.push({ statut: 'non_retenu', jour: jourDecision, ...avant(motif), commission: 0, par: suivi });
          k.decisions.push({
            commission: 0,
            decision: 'non_retenu',
            motif: motif.motif,
            commentaire: motif.commentaire,
          });
        }
        continue;
      }
      // Recruited by the body: only candidacies it received can be retained.
      const recue = dernier.statut === 'candidature_transmise' || dernier.statut === 'information_collective';
      if (k.eligible && recue && retenus < retenir) {
        retenus++;
        k.etapes.push({
          statut: 'retenu',
          jour: jourDecision,
          motif: null,
          commentaire: null,
          commission: null,
          par: suivi,
        });
      } else {
        const motif = k.eligible ? motifNonRetenu() : { motif: 'prerequis' as const, commentaire: null };
        k.etapes.push({ statut: 'non_retenu', jour: jourDecision, ...motif, commission: null, par: suivi });
      }
    }
    const second = a.commissions[1];
    for (const k of ajournes) {
      if (!second) break;
      const retenu = retenus < a.places && alea.chance(0.7);
      if (retenu) retenus++;
      const motif = retenu ? null : 'places';
      k.etapes.push({
        statut: retenu ? 'retenu' : 'non_retenu',
        jour: second.jour,
        motif,
        commentaire: null,
        commission: 1,
        par: suivi,
      });
      k.decisions.push({ commission: 1, decision: retenu ? 'retenu' : 'non_retenu', motif, commentaire: null });
    }
  }

  function motifNonRetenu(): { motif: MotifNonRetenuFormation; commentaire: string | null } {
    const motif = alea.pondere([
      ['places', 40],
      ['projet', 25],
      ['tests', 28],
      ['autre', 7],
    ] as const);
    return {
      motif,
      commentaire:
        motif === 'autre'
          ? alea.choix([
              'Réorienté(e) vers une session plus proche de chez lui (elle).',
              'Dossier de rémunération incomplet.',
            ])
          : null,
    };
  }

  /** After being retained: entry (or withdrawal), then the end or an abandon; a job for some. */
  function apresLaDecision(a: ActionPlan, k: Candidature, suivi: number): void {
    const dernier = k.etapes[k.etapes.length - 1]!;
    if (dernier.statut !== 'retenu') return;
    if (alea.chance(0.08)) {
      k.etapes.push({
        statut: 'desiste',
        jour: ouvreSuivant(alea.entier(dernier.jour, a.debut - 1)),
        motif: null,
        commentaire: alea.choix(COMMENTAIRES_DESISTEMENT),
        commission: null,
        par: k.referent,
      });
      return;
    }
    const entree = alea.chance(0.88) ? a.debut : Math.min(a.fin, ouvreSuivant(a.debut + alea.entier(1, 8)));
    k.etapes.push({ statut: 'entre', jour: entree, motif: null, commentaire: null, commission: null, par: suivi });
    if (a.fin - entree > 10 && alea.chance(0.12)) {
      const jour = Math.min(a.fin - 1, ouvreSuivant(alea.entier(entree + 5, a.fin - 2)));
      const commentaire = alea.chance(0.7) ? alea.choix(COMMENTAIRES_ABANDON) : null;
      k.etapes.push({
        statut: 'abandon',
        jour,
        motif: null,
        commentaire,
        commission: null,
        par: alea.chance(0.5) ? suivi : k.referent,
      });
      if (commentaire?.startsWith('Embauché')) k.emploi = emploi(a, k, ouvreSuivant(jour + 1), true);
    } else {
      k.certification = a.modele.certification !== null && alea.chance(0.72);
      k.etapes.push({ statut: 'termine', jour: a.fin, motif: null, commentaire: null, commission: null, par: suivi });
      if (alea.chance(k.certification ? 0.4 : 0.2))
        k.emploi = emploi(a, k, ouvreSuivant(a.fin + alea.entier(3, 40)), false);
    }
    const sortie = k.etapes[k.etapes.length - 1]!.jour;
    if (alea.chance(0.55)) {
      const b = alea.choix(BILANS_INDIVIDUELS);
      k.bilan = {
        jour: ouvreSuivant(sortie + alea.entier(3, 30)),
        apports: b.apports,
        suite: k.emploi
          ? `Embauche en ${k.emploi.sousType === 'cdd' ? 'CDD' : 'intérim'} : ${k.emploi.intitule}.`
          : b.suite,
      };
    }
  }

  /** A job in the trade after the training, if the jeune has nothing else then. */
  function emploi(a: ActionPlan, k: Candidature, debut: number, pendant: boolean): Candidature['emploi'] {
    const metier = METIERS.find((m) => (DOMAINES_DU_PROJET[m.projet] ?? []).includes(a.modele.domaine));
    if (!metier) return null;
    const sousType = pendant || alea.chance(0.7) ? 'cdd' : 'interim';
    const fin = debut + (sousType === 'cdd' ? alea.entier(60, 180) : alea.entier(10, 45));
    if (chevauche(situations.get(k.jeune), debut, fin) || chevauche(occupe.get(k.jeune), debut, fin)) return null;
    const l = situations.get(k.jeune) ?? [];
    l.push({ debut, fin, type: 'emploi' });
    situations.set(k.jeune, l);
    return {
      debut,
      fin,
      sousType,
      organisme: alea.choix(metier.employeurs),
      intitule: alea.choix(metier.postes),
      commentaire: pendant
        ? `Embauché(e) pendant la formation « ${a.modele.intitule} », arrêtée pour ce poste.`
        : `Embauche à l’issue de la formation « ${a.modele.intitule} ».`,
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Writing, as it happened: each action's state on its intermediate bilan's day, that bilan, the
  // rest; the final bilans once everything is written (a jeune's next steps count in them).

  for (const a of actions) {
    const mi = ouvreSuivant(a.debut + Math.floor((a.fin - a.debut) / 2));
    const intermediaire = a.statut !== 'annulee' && a.fin - a.debut >= 70 && mi <= today ? mi : null;
    ecrireJusquA(a, intermediaire ?? today);
    if (intermediaire !== null) {
      ecrireBilan(a, 'intermediaire', intermediaire);
      ecrireJusquA(a, today);
    }
  }
  for (const a of actions) {
    const jour = ouvreSuivant(a.fin + alea.entier(7, 30));
    if (a.statut === 'terminee' && jour <= today) ecrireBilan(a, 'final', jour);
  }

  function ecrireJusquA(a: ActionPlan, limite: number): void {
    const suivi = a.referent ?? x.referentFormation;
    for (const cm of a.commissions) {
      if (cm.id !== null || cm.jour > limite) continue;
      const examinees = a.candidatures.filter((k) => k.decisions.some((d) => a.commissions[d.commission] === cm));
      if (examinees.length === 0) continue;
      const le = s(cm.jour, 17 * 60);
      const organisme = personne(alea);
      const ft = personne(alea);
      cm.id = Number(
        insererCommission.run(
          a.id,
          isoDe(cm.jour),
          `${x.nomDe(suivi)} (référent d’action, Mission Locale) ; ${organisme.civil}, ${alea.choix(FONCTIONS_COMMISSION)} (${a.organisme.nom}) ; ${ft.civil} (France Travail)`,
          alea.chance(0.6) ? alea.choix(NOTES_COMMISSION) : null,
          suivi,
          le,
          suivi,
          le,
          suivi,
        ).lastInsertRowid,
      );
      c.commissions++;
    }
    for (const k of a.candidatures) {
      const etapes = k.etapes.filter((e) => e.jour <= Math.min(limite, today));
      if (etapes.length > k.ecrites) ecrireEtapes(a, k, etapes);
      if (limite < today || k.id === 0) continue;
      // Once the whole history is written: the job that followed, and the individual bilan.
      if (k.emploi && k.emploi.debut <= today) {
        const j = k.emploi;
        const finReelle = j.fin < today ? isoDe(j.fin) : null;
        insererSituation.run(
          k.jeune,
          'emploi',
          j.sousType,
          isoDe(j.debut),
          isoDe(j.fin),
          finReelle,
          j.organisme,
          j.intitule,
          j.commentaire,
          s(j.debut, 16 * 60 + 40),
          k.referent,
          s(finReelle === null ? j.debut : j.fin, 16 * 60 + 50),
          k.referent,
        );
        c.situations++;
      }
      if (k.bilan && k.bilan.jour <= today && estFinal(etapes[etapes.length - 1]!.statut)) {
        const le = s(k.bilan.jour, 16 * 60);
        bilanIndividuel.run(isoDe(k.bilan.jour), k.bilan.apports, k.bilan.suite, le, k.referent, k.id);
      }
    }
  }

  /** The steps not written yet, with what each one does (situation, decision), and the candidacy's status. */
  function ecrireEtapes(a: ActionPlan, k: Candidature, etapes: readonly Etape[]): void {
    if (k.id === 0) {
      const le = s(k.d0, 14 * 60 + 30);
      k.id = Number(
        insererPositionnement.run(
          a.id,
          k.jeune,
          isoDe(k.d0),
          isoDe(k.d0),
          k.commentaire,
          k.auteur,
          le,
          k.auteur,
          le,
          k.auteur,
        ).lastInsertRowid,
      );
      c.positionnements++;
    }
    let le = '';
    for (const e of etapes.slice(k.ecrites)) {
      le = s(e.jour, 15 * 60 + 30);
      const commission = e.commission === null ? null : (a.commissions[e.commission]?.id ?? null);
      insererEtape.run(k.id, e.statut, isoDe(e.jour), e.motif, e.commentaire, commission, le, e.par);
      if (e.statut === 'entre') {
        k.situationId = Number(
          insererSituation.run(
            k.jeune,
            'formation',
            a.modele.type,
            isoDe(e.jour),
            isoDe(a.fin),
            null,
            a.organisme.nom,
            intituleAvecCertification(a.modele),
            null,
            le,
            e.par,
            le,
            e.par,
          ).lastInsertRowid,
        );
        c.situations++;
      } else if ((e.statut === 'abandon' || e.statut === 'termine') && k.situationId !== null) {
        finirSituation.run(isoDe(e.jour), le, e.par, k.situationId);
      }
      // A commission's decision is written with the step it decides (an ajourné's, with its « en commission »).
      if (e.commission !== null && commission !== null) {
        const d = k.decisions.find(
          (d) =>
            d.commission === e.commission &&
            (d.decision === e.statut || (d.decision === 'ajourne' && e.statut === 'en_commission')),
        );
        if (d) insererDecision.run(commission, k.id, d.decision, d.motif, d.commentaire);
      }
    }
    k.ecrites = etapes.length;
    const e = etapes[etapes.length - 1]!;
    majPositionnement.run(
      e.statut,
      isoDe(e.jour),
      e.statut === 'non_retenu' ? e.motif : null,
      e.statut === 'termine' ? (k.certification ? 1 : 0) : null,
      k.situationId,
      le,
      e.par,
      k.id,
    );
  }

  function ecrireBilan(a: ActionPlan, type: 'intermediaire' | 'final', jour: number): void {
    const auteur = a.referent ?? x.referentFormation;
    const le = s(jour, 16 * 60 + 30);
    insererBilan.run(
      a.id,
      type,
      isoDe(jour),
      JSON.stringify(x.chiffres({ id: a.id, debut: isoDe(a.debut) }, isoDe(jour))),
      alea.chance(0.8) ? alea.choix(BILANS_POINTS_FORTS) : null,
      alea.chance(0.7) ? alea.choix(BILANS_DIFFICULTES) : null,
      alea.chance(0.6) ? alea.choix(BILANS_NOTES) : null,
      auteur,
      le,
      auteur,
      le,
      auteur,
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Training needs left without answer: those the commissions turned down for places or
  // prerequisites, then, met in interview, needs the territory does not answer (mostly in fields
  // the year's programme does not cover), or not for this jeune (prerequisites, places, dates,
  // distance).

  const besoinsDeLAnnee = new Map<number, Set<number>>();
  const noter = (
    jeune: number,
    jour: number,
    domaine: DomaineFormation,
    objet: string,
    codeRome: string | null,
    raison: RaisonBesoin,
    actionId: number | null,
    auteur: number,
  ) => {
    const an = Number(isoDe(jour).slice(0, 4));
    const deja = besoinsDeLAnnee.get(an) ?? new Set<number>();
    if (deja.has(jeune)) return;
    deja.add(jeune);
    besoinsDeLAnnee.set(an, deja);
    const le = s(jour, 17 * 60 + 15);
    insererBesoin.run(
      jeune,
      isoDe(jour),
      domaine,
      objet,
      codeRome,
      raison,
      actionId,
      alea.chance(0.6) ? alea.choix(COMMENTAIRES_BESOIN[raison]) : null,
      auteur,
      le,
      auteur,
      le,
      auteur,
    );
    c.besoins++;
  };
  for (const a of actions) {
    for (const k of a.candidatures) {
      const e = k.etapes[k.etapes.length - 1]!;
      if (e.statut !== 'non_retenu' || e.jour > today || (e.motif !== 'places' && e.motif !== 'prerequis')) continue;
      if (!alea.chance(0.15)) continue;
      noter(
        k.jeune,
        e.jour,
        a.modele.domaine,
        a.modele.certification ?? a.modele.intitule,
        null,
        e.motif,
        a.id,
        k.referent,
      );
    }
  }
  const projetDe = new Map<number, string>();
  for (const p of parcours) if (p.projet !== null) projetDe.set(p.jeune, p.projet);
  const entretiens = (
    sqlite
      .prepare(
        `SELECT jeune_id AS jeune, date, auteur_id AS auteur FROM evenement
         WHERE type = 'entretien_individuel' AND date >= ? AND date <= ? ORDER BY date, id`,
      )
      .all(isoDe(x.debut), isoDe(today)) as { jeune: number; date: string; auteur: number }[]
  ).filter((e) => !x.reserves.has(e.jeune));
  for (let an = premiereAnnee; an <= Number(isoDe(today).slice(0, 4)); an++) {
    const duAn = entretiens.filter((e) => e.date.startsWith(String(an)));
    if (duAn.length === 0) continue;
    const enContact = new Set(duAn.map((e) => e.jeune)).size;
    const couverts = new Set(actions.filter((a) => a.annee === an).map((a) => a.modele.domaine));
    const recrutent = actions.filter((a) => a.annee === an && a.statut !== 'annulee' && a.ouverture <= today);
    const sansAction = BESOINS_SANS_ACTION.filter((b) => !couverts.has(b.domaine));
    for (
      let essai = 0;
      essai < enContact * 3 && (besoinsDeLAnnee.get(an)?.size ?? 0) < Math.round(enContact * PART_BESOINS);
      essai++
    ) {
      const e = alea.choix(duAn);
      const jour = jourDe(e.date);
      const raison: RaisonBesoin =
        alea.chance(0.7) || recrutent.length === 0 ? 'aucune_action' : alea.pondere(RAISONS_AVEC_ACTION);
      if (raison === 'aucune_action') {
        const projet = projetDe.get(e.jeune);
        const liste = sansAction.length > 0 ? sansAction : BESOINS_SANS_ACTION;
        const duProjet = liste.filter((b) => b.projet !== undefined && b.projet === projet);
        const b: BesoinTypeDemo = alea.pondere(
          (duProjet.length > 0 && alea.chance(0.6) ? duProjet : liste).map((v) => [v, v.poids] as const),
        );
        noter(e.jeune, jour, b.domaine, b.objet, b.codeRome, raison, null, e.auteur);
      } else {
        // The action that could not take the jeune: one recruiting around that day if any.
        const proches = recrutent.filter((a) => a.ouverture - 30 <= jour && jour <= a.debut + 30);
        const a = alea.choix(proches.length > 0 ? proches : recrutent);
        if (raison === 'mobilite' && a.insee !== null && jeunes.get(e.jeune)?.insee === a.insee) continue;
        noter(
          e.jeune,
          jour,
          a.modele.domaine,
          a.modele.certification ?? a.modele.intitule,
          null,
          raison,
          raison === 'autre' ? null : a.id,
          e.auteur,
        );
      }
    }
  }
}

function estFinal(statut: StatutPositionnement): boolean {
  return TRANSITIONS_POSITIONNEMENT[statut].length === 0;
}

/** The year's actions shared among the programmes by their parts (largest remainders), each main one at least once. */
function repartir(nombre: number): Record<ProgrammeDemo, number> {
  // The ML's jeunes with an RQTH fill an Agefiph action only in a large ML.
  const parts = PROGRAMMES.map((p) => ({
    p,
    exact: p === 'agefiph' && nombre < AGEFIPH_DES ? 0 : nombre * PROGRAMMES_TYPES[p].part,
  }));
  const r = Object.fromEntries(parts.map((x) => [x.p, Math.floor(x.exact)])) as Record<ProgrammeDemo, number>;
  let reste = nombre - parts.reduce((t, x) => t + Math.floor(x.exact), 0);
  for (const x of [...parts].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)))) {
    if (reste <= 0) break;
    r[x.p]++;
    reste--;
  }
  for (const principal of ['prf_qualifiant', 'prf_prequalifiant', 'france_travail'] as const) {
    if (r[principal] > 0) continue;
    const donneur = PROGRAMMES.find((p) => p !== principal && r[p] > 1);
    if (!donneur) continue;
    r[donneur]--;
    r[principal]++;
  }
  return r;
}

function moisSuivant(mois: string): string {
  const [a, m] = mois.split('-').map(Number) as [number, number];
  return m === 12 ? `${a + 1}-01` : `${a}-${String(m + 1).padStart(2, '0')}`;
}
