/**
 * Demo generator: fills an empty database with a synthetic but plausible Mission Locale, so that
 * anyone can try Tremplin (and so that the search can be measured on a realistic volume).
 *
 * The structure goes through the dispatcher like the first-run wizard; the partner directory
 * (`annuaire.ts`) and the bulk (jeunes, accueils, rendez-vous, orientations, and each jeune's
 * path: diagnostic, parcours, events, situations, see `chemin.ts`; then the collective
 * workshops, `ateliers.ts`) are written with prepared statements, one transaction per chunk,
 * because the per-call path would take minutes for 100,000 jeunes. The
 * bulk path keeps the same invariants as the services: every jeune is indexed for search
 * (`indexerJeune`), the premier accueil is the earliest by instant, a conseiller never has two
 * overlapping appointments, the last contact is what `recalculerContacts` would compute, and the
 * parcours rules hold (docs/demo.md).
 *
 * Deterministic for a given seed and `maintenant`: randomness comes from `Alea` only and time
 * from `maintenant` only.
 */
import type { Role } from '../../contract/core';
import { ALERTES, type Alerte } from '../../contract/referentielsParcours';
import {
  CANAL_PHYSIQUE,
  REPONSE_ORIENTATION,
  REPONSE_RDV,
  type StatutPassage,
  type StatutRdv,
} from '../../contract/referentiels';
import type { Application } from '../../host/application';
import { nouvelleSession } from '../../host/sessions';
import type { CoutScrypt } from '../commun/contexte';
import { empreinteMotDePasse } from '../comptes/motDePasse';
import { indexerJeune } from '../jeunes/recherche';
import { ageLe, lectureParis, minutes as minutesDe, heureDepuisMinutes } from '../commun/temps';
import { plier } from '../commun/texte';
import { Alea } from './alea';
import {
  besoinDeLAccueil,
  choisirOrientation,
  ecrireAnnuaire,
  EcritureOrientations,
  siretDemo,
  type ChoixOrientation,
} from './annuaire';
import { genererAteliers, type FenetreAtelier } from './ateliers';
import { ecrireEntreprises } from './entreprises';
import { ecrireFormation } from './formation';
import { chiffresDuBilan } from '../formation/bilans';
import type { Contexte } from '../commun/contexte';
import { estOuvre, Horaires, isoDe, jourDe, jourSemaine, ouvreSuivant } from './calendrier';
import { planifierChemin, type PlanChemin } from './chemin';
import { EcritureChemin, saisieDe } from './ecriture';
import { genererProfil, type ProfilDemo } from './profil';
import {
  COMMENTAIRES,
  MENTIONS_SENSIBLES,
  COMMUNES,
  DOMAINES_EMAIL,
  MOTIFS_PONDERES,
  NOMS,
  PERSONNEL,
  PRENOMS_F,
  PRENOMS_M,
  SITE_DES_PERMANENCES,
  SITES,
  type CommuneDemo,
} from './donnees';

export interface OptionsDemo {
  jeunes: number;
  graine: number;
  /** "Now" of the demo: history lies before it, planned appointments after it. */
  maintenant: Date;
  progression?: (fait: number, total: number, etape: string) => void;
  /** false: jeunes only, without accueils, appointments, paths or queue (the benchmark's fast path). */
  historique?: boolean;
  /** Production scrypt cost unless a test passes a cheaper one. */
  coutScrypt?: CoutScrypt;
}

/** The password of every demo account, printed by `tremplin serve --demo`. */
export const MOT_DE_PASSE_DEMO = 'Tremplin-Demo-2026';
export const ADMINISTRATEUR_DEMO = {
  prenom: 'Olivier',
  nom: 'Brun',
  identifiant: 'obrun',
  autresRoles: [],
  motDePasse: MOT_DE_PASSE_DEMO,
} as const;

export interface Bilan {
  communes: number;
  sites: number;
  personnel: number;
  jeunes: number;
  /** Files created twice for the same person (the classic desk error), included in `jeunes`. */
  doublons: number;
  accueils: number;
  motifs: number;
  rendezVous: number;
  passages: number;
  /** Health and justice mentions, on jeunes who have a conseiller référent. */
  mentions: number;
  diagnostics: number;
  parcours: number;
  sequences: number;
  /** Every événement, including those of the workshops' attendance lists. */
  evenements: number;
  ateliers: number;
  situations: number;
  /** Parcours exited (with a motif). */
  sorties: number;
  /** The partner directory (issue 5) and the orientations made to it. */
  partenaires: number;
  services: number;
  orientations: number;
  /** The employer portfolio (issue 6): firms, service acts, offers, matches. */
  entreprises: number;
  actesEntreprises: number;
  offres: number;
  misesEnRelation: number;
  /** The territory's training actions (issue 7), their candidacies, entry commissions, unmet needs. */
  actionsFormation: number;
  positionnements: number;
  commissions: number;
  besoins: number;
}

const ETAPE_STRUCTURE = 'Installation de la structure';
const ETAPE_ANNUAIRE = 'Annuaire des partenaires';
const ETAPE_JEUNES = 'Dossiers des jeunes';
const ETAPE_HISTORIQUE = 'Dossiers des jeunes, accueils et rendez-vous';
const ETAPE_FILE = "File d'attente du jour";
const ETAPE_ATELIERS = 'Ateliers collectifs';
const ETAPE_ENTREPRISES = 'Portefeuille entreprises';
const ETAPE_FORMATION = 'Actions de formation';

/** Years of history before `maintenant`. */
const ANNEES_HISTORIQUE = 4;
/**
 * Older files, kept until the retention run anonymises them: a thin share reaching back far
 * enough for the historical parcours types (CIVIS until 2016, Garantie jeunes until 2021).
 */
const ANNEES_ARCHIVES = 11;
const PART_ARCHIVES = 0.1;
/** How far ahead planned appointments go. */
const JOURS_A_VENIR = 60;

/** Appointment slots of a conseiller's day, in minutes (lunch 12:00-13:30). */
const CRENEAUX = [540, 570, 600, 630, 660, 690, 810, 840, 870, 900, 930, 960, 990] as const;
/** Reception hours of the desk, as [start, end[ in minutes. */
const PLAGES_ACCUEIL = [
  [540, 720],
  [810, 1050],
] as const;

/**
 * Each conseiller's booked slots per day, as a bit mask over CRENEAUX. A slot stays booked even if
 * the appointment is later cancelled: stricter than the rule, and it keeps the check trivial.
 */
class Agenda {
  private readonly occupe = new Map<string, number>();

  reserver(
    alea: Alea,
    conseillerId: number,
    aPartirDe: number,
    dureeMinutes: number,
  ): { jour: number; heure: number } | null {
    const taille = dureeMinutes > 30 ? 2 : 1;
    let jour = ouvreSuivant(aPartirDe);
    for (let essai = 0; essai < 10; essai++, jour = ouvreSuivant(jour + 1)) {
      const cle = `${conseillerId}|${jour}`;
      const masque = this.occupe.get(cle) ?? 0;
      const depart = alea.entier(0, CRENEAUX.length - 1);
      for (let k = 0; k < CRENEAUX.length; k++) {
        const i = (depart + k) % CRENEAUX.length;
        if (i + taille > CRENEAUX.length) continue;
        // Two slots only if they are contiguous in time (not across lunch).
        if (taille === 2 && CRENEAUX[i + 1]! - CRENEAUX[i]! !== 30) continue;
        const bits = taille === 2 ? 0b11 << i : 1 << i;
        if ((masque & bits) !== 0) continue;
        this.occupe.set(cle, masque | bits);
        return { jour, heure: CRENEAUX[i]! };
      }
    }
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Identities.

function sansAccents(texte: string): string {
  return texte.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export { siretDemo } from './annuaire';

function telephone(alea: Alea): string {
  let n = alea.chance(0.7) ? '06' : '07';
  for (let i = 0; i < 8; i++) n += String(alea.entier(0, 9));
  return n;
}

function email(alea: Alea, prenom: string, nom: string): string {
  const p = plier(prenom).replace(/ /g, '-');
  const n = plier(nom).replace(/ /g, '');
  const forme = alea.entier(0, 3);
  const local =
    forme === 0
      ? `${p}.${n}`
      : forme === 1
        ? `${p}${n}${alea.entier(1, 99)}`
        : forme === 2
          ? `${p[0]}${n}`
          : `${n}.${p}${alea.entier(1990, 2012) % 100}`;
  return `${local}@${alea.choix(DOMAINES_EMAIL)}`;
}

interface Identite {
  nomNaissance: string;
  nomUsage: string | null;
  prenoms: string;
  sexe: 'F' | 'M';
  dateNaissance: string;
  telephone: string | null;
  email: string | null;
  commune: CommuneDemo;
  rqth: boolean;
}

/** Age at premier accueil: mostly 16-25, a few outside (allowed with a warning by the app). */
const AGES: readonly (readonly [number, number])[] = [
  [15, 0.4],
  [16, 6],
  [17, 10],
  [18, 14],
  [19, 14],
  [20, 13],
  [21, 11],
  [22, 9],
  [23, 7],
  [24, 6],
  [25, 4],
  [26, 1],
];

function identite(alea: Alea, jourReference: number): Identite {
  const sexe = alea.chance(0.5) ? 'F' : 'M';
  const liste = sexe === 'F' ? PRENOMS_F : PRENOMS_M;
  let prenoms = alea.choixFrequent(liste, 1.5);
  if (alea.chance(0.08)) {
    const second = alea.choix(liste);
    if (second !== prenoms) prenoms = `${prenoms} ${second}`;
  }
  const nomNaissance = alea.choixFrequent(NOMS, 1.7);
  const nomUsage = alea.chance(0.02)
    ? alea.choixFrequent(NOMS, 1.7)
    : alea.chance(0.01)
      ? `${nomNaissance}-${alea.choix(NOMS)}`
      : null;
  const rqth = alea.chance(0.04);
  const age = rqth && alea.chance(0.2) ? alea.entier(26, 28) : alea.pondere(AGES);
  const naissance = jourReference - Math.floor(age * 365.25) - alea.entier(0, 364);
  const commune = alea.pondere(COMMUNES.map((c) => [c, c.poids] as const));
  return {
    nomNaissance,
    nomUsage: nomUsage === nomNaissance ? null : nomUsage,
    prenoms,
    sexe,
    dateNaissance: isoDe(naissance),
    telephone: alea.chance(0.93) ? telephone(alea) : null,
    email: alea.chance(0.55) ? email(alea, prenoms.split(' ')[0]!, nomNaissance) : null,
    commune,
    rqth,
  };
}

/**
 * The same person typed a second time at the desk: accents dropped, name in capitals, particle
 * glued or hyphen dropped; same birth date. The look-alike check must catch exactly this.
 */
function doublonDe(alea: Alea, original: Identite): Identite {
  let nom = sansAccents(original.nomNaissance);
  if (alea.chance(0.5)) nom = nom.replace(/^(Le|La|De|Da|Dos|D'|N') ?/, (m) => m.replace(/[ ']/g, ''));
  if (alea.chance(0.3)) nom = nom.replace(/-/g, ' ');
  if (alea.chance(0.5)) nom = nom.toUpperCase();
  return {
    ...original,
    nomNaissance: nom,
    prenoms: sansAccents(original.prenoms),
    telephone: alea.chance(0.5) ? original.telephone : alea.chance(0.7) ? telephone(alea) : null,
    email: alea.chance(0.5) ? original.email : null,
  };
}

// ---------------------------------------------------------------------------------------------
// The generator.

interface AccueilGenere {
  jour: number;
  minutes: number;
  siteId: number;
  canal: string;
  reponse: string;
  orientation: ChoixOrientation | null;
  /** Index in the jeune's appointment list of the appointment booked by this accueil. */
  rdv: number | null;
  motifs: string[];
  commentaire: string | null;
  agentId: number;
}

interface RdvGenere {
  conseillerId: number;
  siteId: number;
  jour: number;
  heure: number;
  duree: number;
  objet: string | null;
  statut: StatutRdv;
  reserveLe: number;
  reservePar: number;
}

/**
 * Which portfolio alert each conseiller still lacks. The generator shapes the first fitting jeune
 * of a référent for each missing alert, so that every demo portfolio shows every kind of alert
 * (the rest of the paths raise them, or not, by chance).
 */
class Scenarios {
  private readonly manquants = new Map<number, Set<Alerte>>();

  constructor(conseillers: readonly number[]) {
    for (const c of conseillers) this.manquants.set(c, new Set(ALERTES));
  }

  besoin(conseiller: number, alerte: Alerte): boolean {
    return this.manquants.get(conseiller)?.has(alerte) ?? false;
  }

  servi(conseiller: number, alerte: Alerte): void {
    this.manquants.get(conseiller)?.delete(alerte);
  }
}

export async function genererDemo(app: Application, options: OptionsDemo): Promise<Bilan> {
  const { sqlite } = app.base;
  if (sqlite.prepare('SELECT 1 FROM structure').get() !== undefined) {
    throw new Error(
      'Cette base contient déjà une structure installée : la démonstration ne remplit qu’une base vide. Choisissez un nouveau fichier de base.',
    );
  }
  if (sqlite.prepare('SELECT 1 FROM jeune LIMIT 1').get() !== undefined) {
    throw new Error('Cette base contient déjà des dossiers de jeunes : la démonstration ne remplit qu’une base vide.');
  }
  if (!Number.isInteger(options.jeunes) || options.jeunes < 0) {
    throw new Error('Nombre de jeunes invalide : indiquez un entier positif.');
  }
  const historique = options.historique ?? true;
  const alea = new Alea(options.graine);
  const maintenant = options.maintenant.getTime();
  const progression = options.progression ?? (() => {});
  const total = options.jeunes;
  progression(0, total, ETAPE_STRUCTURE);

  // 1. The structure, through the wizard's method: same checks as a real installation.
  const installation = await app.dispatcher.appeler(
    'installation.terminer',
    {
      structure: {
        nom: 'Mission Locale Valence Romans Crest Diois (démonstration)',
        siret: siretDemo(alea),
        adresse: SITES[0]!.adresse,
        codePostal: '26000',
        commune: 'Valence',
        president: 'Bernard Mazet',
        direction: 'Nathalie Chabert',
      },
      sites: SITES.map((s) => ({
        nom: s.nom,
        type: s.type,
        communeInsee: s.communeInsee,
        adresse: s.adresse,
      })),
      communes: COMMUNES.map((c) => ({
        insee: c.insee,
        nom: c.nom,
        codePostal: c.codePostal,
        qpv: c.qpv,
        zrr: c.zrr,
      })),
      personnel: PERSONNEL.map((p) => ({
        prenom: p.prenom,
        nom: p.nom,
        identifiant: p.identifiant,
        email: `${p.identifiant}@ml-demo.fr`,
        roles: p.roles,
        site: p.site,
      })),
      administrateur: { ...ADMINISTRATEUR_DEMO, email: `${ADMINISTRATEUR_DEMO.identifiant}@ml-demo.fr` },
    },
    nouvelleSession('démonstration'),
  );
  if (!installation.ok) throw new Error(`Installation de la démonstration refusée : ${installation.error.message}`);
  // Every demo account signs in with the same published password, without the first-login change:
  // one hash serves them all (a demo holds no real person's data).
  const empreinte = await empreinteMotDePasse(MOT_DE_PASSE_DEMO, options.coutScrypt);
  sqlite
    .prepare(
      `INSERT INTO compte_acces (utilisateur_id, empreinte, doit_changer_mot_de_passe)
       SELECT id, ?, 0 FROM utilisateur WHERE true
       ON CONFLICT (utilisateur_id) DO UPDATE SET empreinte = excluded.empreinte`,
    )
    .run(empreinte);

  const siteIds = (sqlite.prepare('SELECT id FROM site ORDER BY id').all() as { id: number }[]).map((r) => r.id);
  const idDe = new Map(
    (
      sqlite.prepare('SELECT id, identifiant FROM utilisateur').all() as {
        id: number;
        identifiant: string;
      }[]
    ).map((r) => [r.identifiant, r.id]),
  );
  const personnel = PERSONNEL.map((p) => ({
    ...p,
    id: idDe.get(p.identifiant)!,
  }));
  /** Staff of a site, or of the antenne that holds the permanence. */
  const equipe = (site: number, role: 'conseiller' | 'accueil') => {
    const s = SITE_DES_PERMANENCES[site] ?? site;
    return personnel.filter((p) => p.site === s && p.roles.includes(role)).map((p) => p.id);
  };
  const conseillersDuSite = SITES.map((_, i) => equipe(i, 'conseiller'));
  const agentsDuSite = SITES.map((_, i) => {
    const a = equipe(i, 'accueil');
    return a.length > 0 ? a : equipe(i, 'conseiller');
  });
  const siteDuConseiller = new Map(personnel.map((p) => [p.id, siteIds[p.site]!]));
  const avecRole = (role: Role) => personnel.find((p) => p.roles.includes(role))!.id;
  const chargeRelationEntreprises = avecRole('charge_relation_entreprises');
  const referentFormation = avecRole('referent_formation');
  const conseillersDeLaStructure = personnel.filter((p) => p.roles.includes('conseiller')).map((p) => p.id);
  const scenarios = new Scenarios(conseillersDeLaStructure);
  /** Jeunes shaped for an alert: today's queue leaves them alone so that the alert holds. */
  const reserves = new Set<number>();
  const fenetres: FenetreAtelier[] = [];

  const bilan: Bilan = {
    communes: COMMUNES.length,
    sites: SITES.length,
    personnel: PERSONNEL.length,
    jeunes: 0,
    doublons: 0,
    accueils: 0,
    motifs: 0,
    rendezVous: 0,
    passages: 0,
    mentions: 0,
    diagnostics: 0,
    parcours: 0,
    sequences: 0,
    evenements: 0,
    ateliers: 0,
    situations: 0,
    sorties: 0,
    partenaires: 0,
    services: 0,
    orientations: 0,
    entreprises: 0,
    actesEntreprises: 0,
    offres: 0,
    misesEnRelation: 0,
    actionsFormation: 0,
    positionnements: 0,
    commissions: 0,
    besoins: 0,
  };

  const insererJeune = sqlite.prepare(
    `INSERT INTO jeune (nom_naissance, nom_usage, prenoms, date_naissance, sexe, telephone, email, commune_insee, rqth,
       conseiller_referent_id, premier_accueil_date, dernier_contact_date, cree_le, cree_par, modifie_le, modifie_par,
       adresse, qpv, niveau, diplome, situation_premier_accueil, logement, ressources, permis_b, vehicule,
       inscrit_france_travail, identifiant_france_travail, ase, rsa, information_donnees_le, consentement_transmission_le)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insererRdv = sqlite.prepare(
    `INSERT INTO rendez_vous (jeune_id, conseiller_id, site_id, date, heure, duree_minutes, objet, statut, commentaire,
       cree_le, cree_par, modifie_le, modifie_par)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  );
  const insererAccueil = sqlite.prepare(
    `INSERT INTO accueil (jeune_id, instant, date, heure, site_id, canal, premier, reponse, rendez_vous_id,
       commentaire, cree_le, cree_par, modifie_le, modifie_par)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insererMotif = sqlite.prepare('INSERT INTO accueil_motif (accueil_id, motif) VALUES (?, ?)');

  const horaires = new Horaires();
  const agenda = new Agenda();
  const aujourdhui = lectureParis(options.maintenant);
  const jourAujourdhui = jourDe(aujourdhui.date);
  const minutesMaintenant = minutesDe(aujourdhui.heure);
  const iso = (ms: number) => new Date(ms).toISOString();
  const saisie = saisieDe(horaires, maintenant);

  // 2. The partner directory, from a sequence of its own (the jeunes of a seed do not depend on it).
  progression(0, total, ETAPE_ANNUAIRE);
  const annuaire = sqlite.transaction(() =>
    ecrireAnnuaire(sqlite, new Alea(options.graine + 104_729), {
      aujourdhui: jourAujourdhui,
      creation: ouvreSuivant(jourAujourdhui - Math.round(ANNEES_ARCHIVES * 365.25)),
      saisie,
      direction: avecRole('direction'),
      conseillers: conseillersDeLaStructure,
      siteIds,
      comptes: bilan,
    }),
  )();
  const orientations = new EcritureOrientations(
    sqlite,
    options.graine + 130_363,
    annuaire,
    saisie,
    jourAujourdhui,
    bilan,
  );
  const ecriture = new EcritureChemin(sqlite, saisie, bilan, orientations);

  // Working days on which a premier accueil can fall: today counts only once the desk is open.
  const joursOuvres: number[] = [];
  for (let j = jourAujourdhui - Math.round(ANNEES_HISTORIQUE * 365.25); j <= jourAujourdhui; j++) {
    if (estOuvre(j) && (j < jourAujourdhui || minutesMaintenant >= 9 * 60 + 5)) joursOuvres.push(j);
  }
  if (joursOuvres.length === 0) throw new Error('Calendrier de démonstration vide : impossible.');
  const joursArchives: number[] = [];
  if (historique)
    for (let j = jourAujourdhui - Math.round(ANNEES_ARCHIVES * 365.25); j < joursOuvres[0]!; j++)
      if (estOuvre(j)) joursArchives.push(j);
  const tousJours = [...joursArchives, ...joursOuvres];

  /** A reception time on a day, never after "now" when the day is today. */
  function heureAccueil(jour: number): number | null {
    const plage = alea.choix(PLAGES_ACCUEIL);
    let m = alea.entier(plage[0], plage[1] - 1);
    if (jour === jourAujourdhui && m >= minutesMaintenant) {
      if (minutesMaintenant <= 9 * 60) return null;
      m = alea.entier(9 * 60, minutesMaintenant - 1);
    }
    return m;
  }

  function motifs(): string[] {
    const n = alea.pondere([
      [1, 5],
      [2, 3],
      [3, 1],
    ] as const);
    const tires = new Set<string>();
    while (tires.size < n) tires.add(alea.pondere(MOTIFS_PONDERES));
    return [...tires];
  }

  function statutRdv(jour: number, heure: number, duree: number): StatutRdv {
    const fin = horaires.instant(jour, heure + duree);
    if (fin <= maintenant) {
      return alea.pondere([
        ['honore', 72],
        ['absent', 16],
        ['annule', 12],
      ] as const);
    }
    if (horaires.instant(jour, heure) <= maintenant) return 'prevu';
    return alea.chance(0.06) ? 'annule' : 'prevu';
  }

  /** One jeune with its whole history, inserted. Returns its id. */
  function jeuneAvecHistorique(id: Identite, jourPremier: number): number {
    const siteIdx = id.commune.site;
    const conseillers = conseillersDuSite[siteIdx]!;
    const agents = agentsDuSite[siteIdx]!;
    const accueils: AccueilGenere[] = [];
    const rdvs: RdvGenere[] = [];
    let referent: number | null = null;

    const reserverRdv = (depuis: number, apres: number, par: number): number | null => {
      referent ??= alea.choix(conseillers);
      const duree = alea.pondere([
        [30, 3],
        [45, 2],
        [60, 3],
      ] as const);
      const place = agenda.reserver(alea, referent, depuis, duree);
      if (!place) return null;
      rdvs.push({
        conseillerId: referent,
        siteId: siteDuConseiller.get(referent)!,
        jour: place.jour,
        heure: place.heure,
        duree,
        objet: alea.chance(0.8) ? alea.pondere(MOTIFS_PONDERES) : null,
        statut: statutRdv(place.jour, place.heure, duree),
        reserveLe: apres,
        reservePar: par,
      });
      return rdvs.length - 1;
    };

    /**
     * Two appointments missed in a row, for a référent who has no such jeune yet: the last two
     * settled appointments, if recent and none is booked today.
     */
    let absences = false;
    const manquerDeuxRendezVous = () => {
      const r = referent as number | null; // set by reserverRdv (see below)
      if (r === null || !scenarios.besoin(r, 'absences_repetees')) return;
      if (rdvs.some((x) => x.jour === jourAujourdhui)) return;
      const passes = rdvs
        .filter((x) => x.statut === 'honore' || x.statut === 'absent')
        .sort((a, b) => a.jour - b.jour || a.heure - b.heure);
      const [avant, dernier] = passes.slice(-2);
      if (!avant || !dernier || avant.jour < jourAujourdhui - 120) return;
      avant.statut = 'absent';
      dernier.statut = 'absent';
      absences = true;
      scenarios.servi(r, 'absences_repetees');
    };

    // Physique at the jeune's site; a permanence only on its day of the week, else its antenne.
    const siteAccueil = (jour: number, canal: string): number => {
      if (canal !== CANAL_PHYSIQUE) return siteIds[0]!;
      const hote = SITE_DES_PERMANENCES[siteIdx];
      if (hote !== undefined && jourSemaine(jour) !== (siteIdx === 3 ? 2 : 4)) return siteIds[hote]!;
      return siteIds[siteIdx]!;
    };

    const nombre =
      1 +
      alea.pondere([
        [0, 30],
        [1, 25],
        [2, 18],
        [3, 12],
        [4, 7],
        [6, 5],
        [8, 3],
      ] as const);
    let jour = jourPremier;
    for (let n = 0; n < nombre; n++) {
      if (n > 0) jour = ouvreSuivant(jour + alea.entier(3, 75));
      if (jour > jourAujourdhui) break;
      const m = heureAccueil(jour);
      if (m === null) break;
      const canal =
        n === 0
          ? alea.pondere([
              [CANAL_PHYSIQUE, 75],
              ['telephone', 15],
              ['numerique', 10],
            ] as const)
          : alea.pondere([
              [CANAL_PHYSIQUE, 50],
              ['telephone', 35],
              ['numerique', 15],
            ] as const);
      let reponse =
        n === 0
          ? alea.pondere([
              [REPONSE_RDV, 55],
              ['information', 25],
              [REPONSE_ORIENTATION, 20],
            ] as const)
          : alea.pondere([
              ['information', 40],
              [REPONSE_ORIENTATION, 15],
              [REPONSE_RDV, 25],
              ['recu_conseiller', 20],
            ] as const);
      const agentId = canal === CANAL_PHYSIQUE ? alea.choix(agents) : alea.choix(agentsDuSite[0]!);
      let rdv: number | null = null;
      if (reponse === REPONSE_RDV) {
        rdv = reserverRdv(jour + alea.entier(2, 12), horaires.instant(jour, m), agentId);
        // Nobody free in the next two weeks: the desk gives information instead.
        if (rdv === null) reponse = 'information';
      }
      const motifsAccueil = motifs();
      accueils.push({
        jour,
        minutes: m,
        siteId: siteAccueil(jour, canal),
        canal,
        reponse,
        orientation:
          reponse === REPONSE_ORIENTATION ? choisirOrientation(alea, besoinDeLAccueil(alea, motifsAccueil)) : null,
        rdv,
        motifs: motifsAccueil,
        commentaire: alea.chance(0.2) ? alea.choix(COMMENTAIRES) : null,
        agentId,
      });
    }

    // Follow-up appointments with the référent, some of them still to come.
    if (rdvs.length > 0) {
      const suites = alea.pondere([
        [0, 3],
        [1, 3],
        [2, 3],
        [3, 2],
        [4, 1],
        [6, 1],
      ] as const);
      for (let k = 0; k < suites; k++) {
        const precedent = rdvs[rdvs.length - 1]!;
        const depuis = precedent.jour + alea.entier(14, 45);
        if (depuis > jourAujourdhui + JOURS_A_VENIR) break;
        if (
          reserverRdv(
            depuis,
            horaires.instant(precedent.jour, precedent.heure + precedent.duree),
            precedent.conseillerId,
          ) === null
        )
          break;
      }
      manquerDeuxRendezVous();
      // The desk records the arrival of a jeune who comes to an appointment.
      for (const r of rdvs) {
        if (r.statut !== 'honore' || !alea.chance(0.6)) continue;
        const arrivee = r.heure - alea.entier(2, 10);
        if (horaires.instant(r.jour, arrivee) > maintenant) continue;
        const site = siteIds.indexOf(r.siteId);
        accueils.push({
          jour: r.jour,
          minutes: arrivee,
          siteId: r.siteId,
          canal: CANAL_PHYSIQUE,
          reponse: 'recu_conseiller',
          orientation: null,
          rdv: null,
          motifs: ['rdv'],
          commentaire: null,
          agentId: alea.choix(agentsDuSite[site] ?? agents),
        });
      }
    }

    // Premier = earliest by instant; instants made distinct so that the order is unambiguous.
    accueils.sort((a, b) => a.jour - b.jour || a.minutes - b.minutes);
    for (let i = 1; i < accueils.length; i++) {
      const p = accueils[i - 1]!;
      const a = accueils[i]!;
      if (a.jour === p.jour && a.minutes <= p.minutes) a.minutes = p.minutes + 1;
    }
    const premier = accueils[0];
    if (!premier) throw new Error('Dossier de démonstration sans premier accueil : calendrier incohérent.');
    const dernier = accueils[accueils.length - 1]!;
    let dernierContact = dernier.jour;
    for (const r of rdvs) if (r.statut === 'honore' && r.jour > dernierContact) dernierContact = r.jour;
    const creeLe = iso(horaires.instant(premier.jour, premier.minutes));
    const modifieLe = iso(horaires.instant(dernier.jour, dernier.minutes));

    // The path after the premier accueil: profile, diagnostic, parcours, events, situations.
    const profil = genererProfil(alea, {
      age: ageLe(id.dateNaissance, isoDe(premier.jour)),
      rqth: id.rqth,
      communeQpv: id.commune.qpv,
      communeZrr: id.commune.zrr,
    });
    // `referent` is set inside reserverRdv, which the compiler's narrowing does not see.
    const suiviPar = referent as number | null;
    let plan: PlanChemin | null = null;
    if (suiviPar !== null) {
      plan = planifierChemin(alea, {
        aujourdhui: jourAujourdhui,
        premier: premier.jour,
        naissance: jourDe(id.dateNaissance),
        rqth: id.rqth,
        communeZrr: id.commune.zrr,
        profil,
        referent: suiviPar,
        collegues: conseillers.filter((c) => c !== suiviPar),
        chargeRelationEntreprises,
        referentFormation,
        honores: rdvs.filter((r) => r.statut === 'honore').map((r) => r.jour),
        dernierContactExistant: dernierContact,
        besoin: (alerte) => scenarios.besoin(suiviPar, alerte),
      });
      for (const e of plan.evenements) if (e.jour > dernierContact) dernierContact = e.jour;
      if (plan.scenario) scenarios.servi(suiviPar, plan.scenario);
      if (plan.relance) scenarios.servi(suiviPar, 'orientation_sans_retour');
    }

    const jeuneId = creerDossier(id, referent, {
      premierAccueil: isoDe(premier.jour),
      dernierContact: isoDe(dernierContact),
      creeLe,
      creePar: premier.agentId,
      modifieLe,
      modifiePar: dernier.agentId,
      profil,
      consentement: plan?.consentement ?? null,
    });

    const rdvIds = rdvs.map((r) => {
      const debut = horaires.instant(r.jour, r.heure);
      const change =
        r.statut === 'prevu'
          ? r.reserveLe
          : r.statut === 'annule'
            ? Math.min(debut - 86_400_000, maintenant)
            : debut + r.duree * 60_000;
      return Number(
        insererRdv.run(
          jeuneId,
          r.conseillerId,
          r.siteId,
          isoDe(r.jour),
          heureDepuisMinutes(r.heure),
          r.duree,
          r.objet,
          r.statut,
          iso(r.reserveLe),
          r.reservePar,
          iso(Math.max(change, r.reserveLe)),
          r.statut === 'prevu' ? r.reservePar : r.conseillerId,
        ).lastInsertRowid,
      );
    });
    accueils.forEach((a, i) => {
      const instant = iso(horaires.instant(a.jour, a.minutes));
      const accueilId = Number(
        insererAccueil.run(
          jeuneId,
          instant,
          isoDe(a.jour),
          heureDepuisMinutes(a.minutes),
          a.siteId,
          a.canal,
          i === 0 ? 1 : 0,
          a.reponse,
          a.rdv === null ? null : rdvIds[a.rdv]!,
          a.commentaire,
          instant,
          a.agentId,
          instant,
          a.agentId,
        ).lastInsertRowid,
      );
      for (const m of a.motifs) insererMotif.run(accueilId, m);
      bilan.motifs += a.motifs.length;
      // The desk's orientation: a link to the partner, recorded with the accueil by the agent.
      if (a.orientation)
        orientations.ecrire(
          jeuneId,
          {
            jour: a.jour,
            choix: a.orientation,
            origine: 'accueil',
            auteur: a.agentId,
            transmission: false,
            sansRetour: false,
          },
          { accueilId, diagnosticId: null, creeLe: instant },
          referent ?? a.agentId,
        );
    });
    bilan.accueils += accueils.length;
    bilan.rendezVous += rdvs.length;
    if (plan && suiviPar !== null) {
      ecriture.ecrire(jeuneId, suiviPar, plan, jourAujourdhui);
      const site = SITE_DES_PERMANENCES[siteIdx] ?? siteIdx;
      for (const f of plan.fenetres) fenetres.push({ jeuneId, site, debut: f.debut, fin: f.fin });
      if (plan.scenario) reserves.add(jeuneId);
    }
    if (absences) reserves.add(jeuneId);
    return jeuneId;
  }

  /** Inserts one jeune and indexes it for search, as the jeunes service does. */
  function creerDossier(
    id: Identite,
    referent: number | null,
    t: {
      premierAccueil: string | null;
      dernierContact: string | null;
      creeLe: string;
      creePar: number;
      modifieLe: string;
      modifiePar: number;
      /** Absent on the benchmark's files without history. */
      profil?: ProfilDemo;
      consentement?: number | null;
    },
  ): number {
    const p = t.profil;
    const oui = (b: boolean | undefined) => (b ? 1 : 0);
    const jeuneId = Number(
      insererJeune.run(
        id.nomNaissance,
        id.nomUsage,
        id.prenoms,
        id.dateNaissance,
        id.sexe,
        id.telephone,
        id.email,
        id.commune.insee,
        id.rqth ? 1 : 0,
        referent,
        t.premierAccueil,
        t.dernierContact,
        t.creeLe,
        t.creePar,
        t.modifieLe,
        t.modifiePar,
        p?.adresse ?? null,
        p?.qpv === undefined || p.qpv === null ? null : oui(p.qpv),
        p?.niveau ?? null,
        p?.diplome ?? null,
        p?.situationPremierAccueil ?? null,
        p?.logement ?? null,
        p?.ressources ?? null,
        oui(p?.permisB),
        oui(p?.vehicule),
        oui(p?.inscritFranceTravail),
        p?.identifiantFranceTravail ?? null,
        oui(p?.ase),
        oui(p?.rsa),
        // Information on data processing is given at the premier accueil.
        p ? t.premierAccueil : null,
        t.consentement == null ? null : isoDe(t.consentement),
      ).lastInsertRowid,
    );
    indexerJeune(sqlite, { id: jeuneId, nomNaissance: id.nomNaissance, nomUsage: id.nomUsage, prenoms: id.prenoms });
    return jeuneId;
  }

  /** A file without history (benchmark path): created at some past instant, no accueil yet. */
  function jeuneSeul(id: Identite, jourCreation: number): number {
    const conseillers = conseillersDuSite[id.commune.site]!;
    const referent = alea.chance(0.6) ? alea.choix(conseillers) : null;
    const creeLe = iso(Math.min(horaires.instant(jourCreation, alea.entier(540, 1020)), maintenant));
    const agent = alea.choix(agentsDuSite[id.commune.site]!);
    const jeuneId = creerDossier(id, referent, {
      premierAccueil: null,
      dernierContact: null,
      creeLe,
      creePar: agent,
      modifieLe: creeLe,
      modifiePar: agent,
    });
    return jeuneId;
  }

  const creer = (id: Identite, jour: number) => (historique ? jeuneAvecHistorique(id, jour) : jeuneSeul(id, jour));
  const lot = sqlite.transaction((nombre: number) => {
    for (let n = 0; n < nombre && bilan.jeunes < total; n++) {
      const jour = historique && alea.chance(PART_ARCHIVES) ? alea.choix(joursArchives) : alea.choix(joursOuvres);
      const id = identite(alea, jour);
      creer(id, jour);
      bilan.jeunes++;
      // About 1.5 % of people get a second file, opened later by someone who did not find the first.
      if (bilan.jeunes < total && alea.chance(0.015)) {
        const ecart = alea.entier(20, 400);
        const index = tousJours.findIndex((j) => j >= jour + ecart);
        creer(doublonDe(alea, id), index >= 0 ? tousJours[index]! : jour);
        bilan.jeunes++;
        bilan.doublons++;
      }
    }
  });

  // Chunks short enough to give the event loop back often (progress bar, other requests).
  const taille = historique ? 500 : 2_000;
  const etape = historique ? ETAPE_HISTORIQUE : ETAPE_JEUNES;
  while (bilan.jeunes < total) {
    lot(taille);
    progression(bilan.jeunes, total, etape);
    await new Promise<void>((r) => setImmediate(r));
  }

  if (historique && bilan.jeunes > 0) {
    progression(bilan.jeunes, total, ETAPE_ATELIERS);
    sqlite.transaction(() =>
      genererAteliers(sqlite, alea, {
        fenetres,
        siteIds,
        animateurs: SITES.map((_, i) => (SITE_DES_PERMANENCES[i] === undefined ? conseillersDuSite[i]! : [])),
        aujourdhui: jourAujourdhui,
        saisie,
        comptes: bilan,
      }),
    )();
    await new Promise<void>((r) => setImmediate(r));
    // The employer portfolio, once the jeunes' paths are written (matches draw jeunes in
    // parcours), from a sequence of its own.
    progression(bilan.jeunes, total, ETAPE_ENTREPRISES);
    sqlite.transaction(() =>
      ecrireEntreprises(sqlite, new Alea(options.graine + 15_485_863), {
        aujourdhui: jourAujourdhui,
        debut: ouvreSuivant(jourAujourdhui - Math.round(ANNEES_HISTORIQUE * 365.25)),
        saisie,
        charge: chargeRelationEntreprises,
        direction: avecRole('direction'),
        conseillers: conseillersDeLaStructure,
        conseillersPres: (insee) => {
          const commune = COMMUNES.find((c) => c.insee === insee);
          return commune ? conseillersDuSite[commune.site]! : conseillersDeLaStructure;
        },
        reserves,
        comptes: bilan,
      }),
    )();
    await new Promise<void>((r) => setImmediate(r));
    // The training actions, once the firms' placements are in the base (candidates are jeunes in
    // parcours free of any other situation), from a sequence of their own.
    progression(bilan.jeunes, total, ETAPE_FORMATION);
    sqlite.transaction(() =>
      ecrireFormation(sqlite, new Alea(options.graine + 32_452_843), {
        aujourdhui: jourAujourdhui,
        debut: ouvreSuivant(jourAujourdhui - Math.round(ANNEES_HISTORIQUE * 365.25)),
        saisie,
        referentFormation,
        direction: avecRole('direction'),
        conseillersPres: (insee) => {
          const commune = COMMUNES.find((c) => c.insee === insee);
          return commune ? conseillersDuSite[commune.site]! : conseillersDeLaStructure;
        },
        nomDe: (id) => {
          const p = personnel.find((q) => q.id === id);
          return p ? `${p.prenom} ${p.nom}` : 'Mission Locale';
        },
        reserves,
        // The bilans' figures are the service's, read on the base as the demo writes it.
        chiffres: (action, date) => chiffresDuBilan(contexteDemo(), action, date),
        comptes: bilan,
      }),
    )();
    await new Promise<void>((r) => setImmediate(r));
    progression(bilan.jeunes, total, ETAPE_FILE);
    sqlite.transaction(() => fileDAttente())();
    sqlite.transaction(() => mentionsSensibles())();
  }
  progression(bilan.jeunes, total, 'Terminé');
  return bilan;

  /** What a service's computation needs to read the base, outside any call: the référent formation, at "now". */
  function contexteDemo(): Contexte {
    return {
      db: app.base.db,
      sqlite,
      horloge: { maintenant: () => options.maintenant },
      acteur: { id: referentFormation, nom: 'Démonstration', roles: ['referent_formation', 'conseiller'] },
      poste: 'démonstration',
      session: {
        etat: { utilisateurId: referentFormation, verrouillee: false, doitChangerMotDePasse: false },
        ouvrir: () => {},
        verrouiller: () => {},
        fermer: () => {},
        motDePasseChange: () => {},
      },
      emettre: () => {},
      dossier: () => {},
      tracer: () => {},
    };
  }

  /**
   * A few health and justice mentions (about 3 % of followed jeunes), written by the référent, so
   * that the rule "référent and direction only" can be seen in the demo. Drawn from their own
   * sequence: the rest of the demo is the same with or without them.
   */
  function mentionsSensibles(): void {
    const tirage = new Alea(options.graine + 7919);
    const suivis = sqlite
      .prepare(
        'SELECT id, conseiller_referent_id AS referent, cree_le AS le FROM jeune WHERE conseiller_referent_id IS NOT NULL ORDER BY id',
      )
      .all() as { id: number; referent: number; le: string }[];
    const inserer = sqlite.prepare(
      `INSERT INTO mention_sensible (jeune_id, nature, texte, cree_le, cree_par, modifie_le, modifie_par)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const j of suivis) {
      if (!tirage.chance(0.03)) continue;
      const m = tirage.choix(MENTIONS_SENSIBLES);
      inserer.run(j.id, m.nature, m.texte, j.le, j.referent, j.le, j.referent);
      bilan.mentions++;
    }
  }

  /**
   * Today's walk-in queue at the siège: some waiting, some taken (with the accueil recorded when
   * taken), some who left. Arrivals are placed before "now" and after midnight of today.
   */
  function fileDAttente(): void {
    const siege = siteIds[0]!;
    const conseillers = conseillersDuSite[0]!;
    const agents = agentsDuSite[0]!;
    // Arrivals fit between the opening (8:45) and now; at night or early morning, between
    // midnight and now, so that every arrival is still today and none is in the future.
    const ouverture = horaires.instant(jourAujourdhui, 525);
    const debutJour = maintenant > ouverture + 30 * 60_000 ? ouverture : horaires.instant(jourAujourdhui, 0);
    const echelle = Math.min(1, (maintenant - debutJour) / (100 * 60_000));
    const avant = (min: number) => Math.floor(maintenant - min * 60_000 * echelle);
    const statuts: StatutPassage[] = [
      'parti',
      'parti',
      'pris_en_charge',
      'pris_en_charge',
      'pris_en_charge',
      'en_attente',
      'en_attente',
      'en_attente',
    ];
    const tous = (
      sqlite.prepare('SELECT id FROM jeune ORDER BY id').all() as {
        id: number;
      }[]
    )
      .map((r) => r.id)
      .filter((id) => !reserves.has(id));
    const ids = new Set<number>();
    const nombre = Math.min(statuts.length, tous.length);
    while (ids.size < nombre) ids.add(alea.choix(tous));
    const inserer = sqlite.prepare(
      `INSERT INTO passage (site_id, jeune_id, date, arrivee_le, statut, motif, conseiller_id, pris_en_charge_le, parti_le,
         cree_le, cree_par, modifie_le, modifie_par) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const recalculer = sqlite.prepare(
      `UPDATE accueil SET premier = (id = (SELECT a.id FROM accueil a WHERE a.jeune_id = ? ORDER BY a.instant, a.id LIMIT 1))
       WHERE jeune_id = ?`,
    );
    const dates = sqlite.prepare(
      `UPDATE jeune SET premier_accueil_date = (SELECT a.date FROM accueil a WHERE a.jeune_id = jeune.id ORDER BY a.instant, a.id LIMIT 1),
         dernier_contact_date = max(coalesce(dernier_contact_date, ''), ?) WHERE id = ?`,
    );
    [...ids].forEach((jeuneId, i) => {
      const statut = statuts[i]!;
      const motif = alea.pondere(MOTIFS_PONDERES);
      const agent = alea.choix(agents);
      const arrivee =
        statut === 'en_attente'
          ? avant(alea.entier(2, 25))
          : statut === 'pris_en_charge'
            ? avant(alea.entier(35, 70))
            : avant(alea.entier(50, 100));
      // Whole minutes, like the instants the accueil service stores.
      const suite = Math.floor(Math.min(arrivee + alea.entier(5, 30) * 60_000 * echelle, maintenant) / 60_000) * 60_000;
      const conseiller = statut === 'pris_en_charge' ? alea.choix(conseillers) : null;
      const fin = statut === 'en_attente' ? arrivee : suite;
      inserer.run(
        siege,
        jeuneId,
        aujourdhui.date,
        iso(arrivee),
        statut,
        motif,
        conseiller,
        statut === 'pris_en_charge' ? iso(suite) : null,
        statut === 'parti' ? iso(suite) : null,
        iso(arrivee),
        agent,
        iso(fin),
        conseiller ?? agent,
      );
      bilan.passages++;
      if (statut !== 'pris_en_charge') return;
      const quand = lectureParis(new Date(suite));
      const accueilId = Number(
        insererAccueil.run(
          jeuneId,
          iso(suite),
          quand.date,
          quand.heure,
          siege,
          CANAL_PHYSIQUE,
          0,
          'recu_conseiller',
          null,
          null,
          iso(suite),
          agent,
          iso(suite),
          agent,
        ).lastInsertRowid,
      );
      insererMotif.run(accueilId, motif);
      bilan.accueils++;
      bilan.motifs++;
      recalculer.run(jeuneId, jeuneId);
      dates.run(quand.date, jeuneId);
    });
  }
}
