/**
 * The demo's employer portfolio (issue 6), written with prepared statements once the jeunes and
 * their paths are in the base, from a sequence of its own (the rest of a seed's demo does not
 * depend on it).
 *
 * The ML started its portfolio when it started the software (4 years before "now"): the firms it
 * already worked with (those the paths name as employers) were typed in the first weeks, the
 * others came since (prospection, forums, offers, a jeune's placement). Month after month the
 * volume follows the jeunes' activity: offers about 1.5 % of the month's événements, acts typed
 * by hand about 0.7 %, with the rules of the services (docs/demo.md): an offer writes its act,
 * each match its act; a match is proposed while the offer is open; a "retenu" creates the
 * jeune's situation at the firm (situation_creee); an offer is filled when its positions are.
 * Nothing is dated after "now". A few cases are shaped so that every to-do of the portfolio
 * screen shows at "now": alternance contracts ending within 60 days, follow-ups due this week or
 * overdue, an open offer nobody was proposed on.
 */
import { EXPIRATION_OFFRE_JOURS, FIN_CONTRAT_JOURS, OFFRE_SANS_MISE_EN_RELATION_JOURS } from '../../contract/comptes';
import {
  SITUATION_DU_CONTRAT,
  TYPE_CONTRAT_OFFRE_LIBELLES,
  type IssueMiseEnRelation,
  type MotifNonRetenu,
  type OrigineEntreprise,
  type TrancheEffectif,
  type TypeActe,
  type TypeContratOffre,
  sectionDuNaf,
} from '../../contract/referentielsEntreprises';
import type { Sqlite } from '../../db/open';
import { plier } from '../commun/texte';
import type { Alea } from './alea';
import { chiffres, personne, siretDemo } from './annuaire';
import { ajouterMois, estOuvre, isoDe, jourDe, ouvreSuivant } from './calendrier';
import { COMMUNES } from './donnees';
import { RUES } from './donneesParcours';
import {
  COMMENTAIRES_AUTRE,
  DUREES,
  ENTREPRISES,
  LIEUX_HORS_TERRITOIRE,
  NOTES_ACTES,
  NOTES_ENTREPRISES,
  PROCHAINES_ACTIONS,
  SECTEURS,
  ZONES,
  type EntrepriseDemo,
  type OffreTypeDemo,
} from './donneesEntreprises';
import type { Saisie } from './ecriture';

export interface ComptesEntreprises {
  entreprises: number;
  actesEntreprises: number;
  offres: number;
  misesEnRelation: number;
  situations: number;
}

export interface ContexteEntreprises {
  aujourdhui: number;
  /** The day the ML started its portfolio. */
  debut: number;
  saisie: Saisie;
  /** The chargé(e) de relation entreprises, who owns most of the portfolio. */
  charge: number;
  direction: number;
  conseillers: readonly number[];
  /** The conseillers of the site that serves a commune (all of them outside the territory). */
  conseillersPres: (insee: string) => readonly number[];
  /** Jeunes shaped for a portfolio alert: no match, so that no situation changes their alert. */
  reserves: ReadonlySet<number>;
  comptes: ComptesEntreprises;
}

/** Offers per événement of the month, and acts typed by hand (seeds: "1 % of the activity"). */
const TAUX_OFFRES = 0.015;
const TAUX_ACTES = 0.007;
/** At most this many offers, and acts, a month whatever the size of the demo: one chargé(e) types them. */
const PAR_MOIS_MAX = 40;
const EXPIRATION = EXPIRATION_OFFRE_JOURS.defaut;

const PONDERATION_TRANCHE: Record<TrancheEffectif, number> = {
  '0': 0.5,
  '1_9': 1,
  '10_49': 1.6,
  '50_249': 2.4,
  '250_plus': 3,
};

const ORIGINES: readonly (readonly [OrigineEntreprise, number])[] = [
  ['prospection', 30],
  ['recrutement', 20],
  ['forum', 15],
  ['suivi_jeune', 12],
  ['reseau', 10],
  ['demarche_jeune', 6],
  ['partenaire', 5],
  ['autre', 2],
];

const TYPES_ACTE_MANUELS: readonly (readonly [TypeActe, number])[] = [
  ['contact_telephone', 36],
  ['visite', 20],
  ['courriel', 15],
  ['presentation_aides', 10],
  ['immersion', 5],
  ['information_rse', 3],
  ['mediation', 2],
];

const MOTIFS: readonly (readonly [MotifNonRetenu, number])[] = [
  ['profil', 20],
  ['experience', 22],
  ['savoir_etre', 8],
  ['absence_entretien', 18],
  ['mobilite', 12],
  ['autre_candidat', 15],
  ['offre_retiree', 3],
  ['autre', 2],
];

const FEMININS: readonly (readonly [RegExp, string])[] = [
  [/^Gérant\b/, 'Gérante'],
  [/^Directeur\b/, 'Directrice'],
  [/^Exploitant\b/, 'Exploitante'],
  [/^Dirigeant\b/, 'Dirigeante'],
  [/^Conducteur\b/, 'Conductrice'],
  [/^Chargé\b/, 'Chargée'],
  [/^Attaché commercial\b/, 'Attachée commerciale'],
  [/^Encadrant\b/, 'Encadrante'],
  [/^Coordinateur\b/, 'Coordinatrice'],
  [/^Infirmier coordinateur\b/, 'Infirmière coordinatrice'],
];

/** Left out of a firm's e-mail domain. */
const MOTS_VIDES = new Set(['les', 'des', 'aux', 'sur', 'sarl', 'earl', 'gaec', 'et', 'fils', 'site']);

function feminin(fonction: string): string {
  for (const [re, f] of FEMININS) if (re.test(fonction)) return fonction.replace(re, f);
  return fonction;
}

/** The working day on or before `jour`. */
function ouvreAvant(jour: number): number {
  let j = jour;
  while (!estOuvre(j)) j--;
  return j;
}

function lieuDe(insee: string): { nom: string; codePostal: string } {
  const c = COMMUNES.find((x) => x.insee === insee) ?? LIEUX_HORS_TERRITOIRE.find((x) => x.insee === insee);
  if (!c) throw new Error(`Commune inconnue de la démonstration : ${insee}`);
  return c;
}

interface Firme {
  id: number;
  siret: string;
  d: EntrepriseDemo;
  creation: number;
  /** Day it became inactive (no activity after), or null. */
  inactiveLe: number | null;
  /** The owner now; before `reaffectation.jour`, `reaffectation.avant`. */
  responsable: number | null;
  reaffectation: { jour: number; avant: number } | null;
  poids: number;
  contacts: string[];
  /** Has received an offer or employed a jeune: a partner rather than a prospect. */
  partenaire: boolean;
}

interface ActePlan {
  firme: Firme;
  jour: number;
  minutes: number;
  type: TypeActe;
  auteur: number;
  interlocuteur: string | null;
  note: string | null;
  prochaine: { jour: number; texte: string } | null;
  offreId: number | null;
  miseEnRelationId: number | null;
}

interface OffrePlan {
  firme: Firme;
  modele: OffreTypeDemo;
  contrat: TypeContratOffre;
  duree: number | null;
  postes: number;
  recue: number;
  dateLimite: number | null;
  auteur: number;
  /** Forced: one match, retained, whose contract starts that day (the shaped alternances). */
  embauche?: { jeune: number; referent: number; proposition: number; issue: number; debut: number };
  /** Forced: nobody proposed (the shaped offer without match). */
  sansMiseEnRelation?: boolean;
}

interface Parcours {
  jeune: number;
  debut: number;
  fin: number;
  referent: number;
}

export function ecrireEntreprises(sqlite: Sqlite, alea: Alea, x: ContexteEntreprises): void {
  const today = x.aujourdhui;
  const s = x.saisie;
  const c = x.comptes;

  const insererEntreprise = sqlite.prepare(
    `INSERT INTO entreprise (siret, nom, naf, secteur, tranche, adresse, code_postal, code_insee, commune, qpv, telephone,
       email, responsable_id, statut, origine, notes, cree_le, cree_par, modifie_le, modifie_par)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'prospect', ?, ?, ?, ?, ?, ?)`,
  );
  const insererContact = sqlite.prepare(
    'INSERT INTO entreprise_contact (entreprise_id, ordre, nom, fonction, telephone, email) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insererAffectation = sqlite.prepare(
    'INSERT INTO entreprise_affectation (entreprise_id, avant_id, apres_id, le, par) VALUES (?, ?, ?, ?, ?)',
  );
  const reaffecter = sqlite.prepare(
    'UPDATE entreprise SET responsable_id = ?, modifie_le = ?, modifie_par = ? WHERE id = ?',
  );
  const insererOffre = sqlite.prepare(
    `INSERT INTO offre (entreprise_id, intitule, metier, code_rome, type_contrat, duree_mois, postes, lieu, code_insee,
       commune, recue_le, date_limite, description, interlocuteur, statut, pourvue_le, auteur_id, cree_le, cree_par,
       modifie_le, modifie_par) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ouverte', NULL, ?, ?, ?, ?, ?)`,
  );
  const fermerOffre = sqlite.prepare(
    'UPDATE offre SET statut = ?, pourvue_le = ?, modifie_le = ?, modifie_par = ? WHERE id = ?',
  );
  const insererDiffusion = sqlite.prepare('INSERT INTO offre_diffusion (offre_id, utilisateur_id) VALUES (?, ?)');
  const insererMise = sqlite.prepare(
    `INSERT INTO mise_en_relation (offre_id, jeune_id, date, issue, issue_le, motif_non_retenu, commentaire, situation_id,
       situation_creee, auteur_id, cree_le, cree_par, modifie_le, modifie_par)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insererSituation = sqlite.prepare(
    `INSERT INTO situation (jeune_id, type, sous_type, debut, fin_prevue, fin_reelle, organisme, entreprise_id, intitule,
       commentaire, cree_le, cree_par, modifie_le, modifie_par) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`,
  );
  const insererActe = sqlite.prepare(
    `INSERT INTO acte_service (entreprise_id, date, type, interlocuteur, note, prochaine_action_le, prochaine_action,
       offre_id, mise_en_relation_id, auteur_id, cree_le, cree_par, modifie_le, modifie_par)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  // ---------------------------------------------------------------------------------------------
  // The jeunes' activity, month by month, and who is in a parcours when.

  const evenementsDuMois = new Map(
    (
      sqlite.prepare('SELECT substr(date, 1, 7) AS mois, count(*) AS n FROM evenement GROUP BY 1').all() as {
        mois: string;
        n: number;
      }[]
    ).map((r) => [r.mois, r.n]),
  );
  const parcours = (
    sqlite
      .prepare(
        `SELECT jeune_id AS jeune, debut, coalesce(fin_reelle, ?) AS fin, referent_id AS referent FROM parcours
         ORDER BY id`,
      )
      .all(isoDe(today)) as { jeune: number; debut: string; fin: string; referent: number }[]
  )
    .filter((p) => !x.reserves.has(p.jeune))
    .map((p): Parcours => ({ jeune: p.jeune, debut: jourDe(p.debut), fin: jourDe(p.fin), referent: p.referent }));
  // Parcours by month they cover, to draw a jeune in parcours on a day without scanning them all.
  const parMois = new Map<string, Parcours[]>();
  for (const p of parcours) {
    for (let m = isoDe(p.debut).slice(0, 7); m <= isoDe(p.fin).slice(0, 7); m = moisSuivant(m)) {
      const l = parMois.get(m) ?? [];
      l.push(p);
      parMois.set(m, l);
    }
  }
  /** A jeune in parcours that day, none of `exclus`; null if none found. */
  function jeuneEnParcours(jour: number, exclus: ReadonlySet<number>): Parcours | null {
    const l = parMois.get(isoDe(jour).slice(0, 7));
    if (!l) return null;
    for (let essai = 0; essai < 30; essai++) {
      const p = alea.choix(l);
      if (p.debut <= jour && p.fin >= jour && !exclus.has(p.jeune)) return p;
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // The firms.

  const forums: number[] = [];
  for (let an = Number(isoDe(x.debut).slice(0, 4)); an <= Number(isoDe(today).slice(0, 4)); an++) {
    // The apprenticeship forum of Romans in March, the ML's job dating in October.
    for (const jour of [ouvreSuivant(jourDe(`${an}-03-18`)), ouvreSuivant(jourDe(`${an}-10-09`))])
      if (jour > x.debut && jour < today - 10) forums.push(jour);
  }

  const sirets = new Set<string>();
  const firmes: Firme[] = [];
  const parNom = new Map<string, Firme>();
  for (const d of ENTREPRISES) {
    const secteur = SECTEURS[d.secteur];
    const initiale = d.historique === true || alea.chance(0.3);
    const origine: OrigineEntreprise = d.historique
      ? alea.chance(0.6)
        ? 'suivi_jeune'
        : 'recrutement'
      : alea.pondere(ORIGINES);
    const creation =
      initiale || (origine === 'forum' && forums.length === 0)
        ? ouvreSuivant(x.debut + alea.entier(0, 40))
        : origine === 'forum'
          ? alea.choix(forums)
          : ouvreSuivant(alea.entier(x.debut + 30, today - 20));
    const inactiveLe =
      creation < today - 400 && alea.chance(0.13) ? ouvreSuivant(alea.entier(creation + 200, today - 60)) : null;
    const proches = x.conseillersPres(d.insee);
    const responsable = alea.chance(0.62)
      ? x.charge
      : alea.chance(0.7) && proches.length > 0
        ? alea.choix(proches)
        : null;
    const createur = responsable ?? x.charge;
    const lieu = lieuDe(d.insee);
    const autre = d.memeSirenQue === undefined ? undefined : parNom.get(d.memeSirenQue);
    const tirer = () => (autre ? siretDemo(alea, autre.siret.slice(0, 9)) : siretDemo(alea, String(alea.entier(3, 9))));
    let siret = tirer();
    while (sirets.has(siret)) siret = tirer();
    sirets.add(siret);
    const slug =
      plier(d.nom)
        .replace(/[^a-z0-9 ]/g, '')
        .split(' ')
        .filter((m) => m.length > 2 && !MOTS_VIDES.has(m))
        .slice(0, 2)
        .join('-') || `entreprise${firmes.length + 1}`;
    const zones = ZONES[d.insee];
    const adresse =
      secteur.zone && zones
        ? `${alea.choix(zones)}, ${alea.entier(1, 40)} rue ${alea.choix(['des Artisans', 'de l’Industrie', 'Louis-Blériot', 'Denis-Papin', 'des Entrepreneurs'])}`
        : `${alea.entier(1, 120)} ${alea.choix(RUES)}`;
    const creeLe = s(creation, 9 * 60 + alea.entier(0, 480));
    const id = Number(
      insererEntreprise.run(
        siret,
        d.nom,
        d.naf,
        sectionDuNaf(d.naf),
        d.tranche,
        adresse,
        lieu.codePostal,
        d.insee,
        lieu.nom,
        d.qpv ? 1 : 0,
        `04${d.insee.startsWith('07') ? '75' : alea.choix(['75', '75', '26'])}${chiffres(alea, 6)}`,
        alea.chance(0.6) ? `contact@${slug}.fr` : null,
        responsable,
        origine,
        alea.chance(0.15) ? alea.choix(NOTES_ENTREPRISES) : null,
        creeLe,
        createur,
        creeLe,
        createur,
      ).lastInsertRowid,
    );
    const contacts: string[] = [];
    const nombre = alea.pondere([
      [1, 5],
      [2, 4],
      [3, 1],
    ] as const);
    for (const fonction of alea.plusieurs(secteur.fonctions, nombre)) {
      const femme = alea.chance(0.5);
      const p = personne(alea, femme);
      insererContact.run(
        id,
        contacts.length,
        p.nom,
        femme ? feminin(fonction) : fonction,
        alea.chance(0.6) ? `06${chiffres(alea, 8)}` : `04${alea.choix(['75', '26'])}${chiffres(alea, 6)}`,
        alea.chance(0.7) ? `${p.courriel}@${slug}.fr` : null,
      );
      contacts.push(p.nom);
    }
    if (responsable !== null) insererAffectation.run(id, null, responsable, creeLe, createur);
    // Now and then a conseiller's firm is handed over to the chargé(e) by the direction.
    let reaffectation: Firme['reaffectation'] = null;
    if (responsable !== null && responsable !== x.charge && creation < today - 200 && alea.chance(0.15)) {
      const jour = ouvreSuivant(alea.entier(creation + 90, today - 30));
      const le = s(jour, 17 * 60);
      insererAffectation.run(id, responsable, x.charge, le, x.direction);
      reaffecter.run(x.charge, le, x.direction, id);
      reaffectation = { jour, avant: responsable };
    }
    const f: Firme = {
      id,
      siret,
      d,
      creation,
      inactiveLe,
      responsable: reaffectation === null ? responsable : x.charge,
      reaffectation,
      poids: PONDERATION_TRANCHE[d.tranche] * (0.5 + alea.suivant()) * (d.historique ? 1.5 : 1),
      contacts,
      partenaire: false,
    };
    firmes.push(f);
    parNom.set(d.nom, f);
    c.entreprises++;
  }

  /** A firm that exists and works with the ML that day, drawn by weight (null: none yet). */
  function firmeActive(jour: number, filtre: (f: Firme) => boolean = () => true): Firme | null {
    const actives = firmes.filter(
      (f) => f.creation <= jour && (f.inactiveLe === null || f.inactiveLe > jour) && filtre(f),
    );
    return actives.length === 0 ? null : alea.pondere(actives.map((f) => [f, f.poids] as const));
  }
  const responsableLe = (f: Firme, jour: number) =>
    f.reaffectation !== null && jour < f.reaffectation.jour ? f.reaffectation.avant : f.responsable;
  /** Who did something for the firm that day: mostly its owner then, else the chargé(e). */
  const auteurPour = (f: Firme, jour: number) => {
    const r = responsableLe(f, jour);
    return r !== null && alea.chance(0.75) ? r : alea.chance(0.85) ? x.charge : alea.choix(x.conseillers);
  };
  const interlocuteur = (f: Firme) => (f.contacts.length > 0 && alea.chance(0.7) ? alea.choix(f.contacts) : null);

  // ---------------------------------------------------------------------------------------------
  // Offers: drawn month by month, then the shaped ones.

  const offres: OffrePlan[] = [];
  /** The offers a firm sends: those of its sector that fit its NAF code. */
  const modeles = new Map(
    firmes.map((f) => [
      f,
      SECTEURS[f.d.secteur].offres.filter((o) => !o.naf || o.naf.some((n) => f.d.naf.startsWith(n))),
    ]),
  );
  const recrute = (f: Firme) => modeles.get(f)!.length > 0;
  function nouvelleOffre(f: Firme, recue: number, modele?: OffreTypeDemo, contrat?: TypeContratOffre): OffrePlan {
    const m = modele ?? alea.choix(modeles.get(f)!);
    const k = contrat ?? alea.pondere(m.contrats);
    return {
      firme: f,
      modele: m,
      contrat: k,
      duree: alea.choix(DUREES[k]),
      postes:
        k === 'apprentissage' || k === 'professionnalisation' || k === 'pmsmp' || k === 'stage'
          ? 1
          : alea.pondere([
              [1, 78],
              [2, 15],
              [3, 7],
            ] as const),
      recue,
      dateLimite: alea.chance(0.3) ? recue + alea.entier(14, 45) : null,
      auteur: auteurPour(f, recue),
    };
  }
  for (let mois = isoDe(x.debut).slice(0, 7); mois <= isoDe(today).slice(0, 7); mois = moisSuivant(mois)) {
    const attendu = (evenementsDuMois.get(mois) ?? 0) * TAUX_OFFRES * (0.7 + 0.6 * alea.suivant());
    const nombre = Math.min(PAR_MOIS_MAX, Math.floor(attendu + alea.suivant()));
    const premier = Math.max(x.debut, jourDe(`${mois}-01`));
    const dernier = Math.min(today, jourDe(`${moisSuivant(mois)}-01`) - 1);
    for (let n = 0; n < nombre; n++) {
      const jour = ouvreAvant(alea.entier(premier, dernier));
      if (jour < x.debut) continue;
      const f = firmeActive(jour, recrute);
      if (f) offres.push(nouvelleOffre(f, jour));
    }
  }

  // Two apprenticeships at firms of the portfolio ending within the notice at "now" (the to-do).
  const alternants = new Set<number>();
  const apprentissage = (f: Firme) => modeles.get(f)!.find((o) => o.contrats.some(([k]) => k === 'apprentissage'));
  for (let k = 0; k < 2; k++) {
    const duree = alea.choix([12, 24]);
    const debut = ouvreSuivant(
      ajouterMois(today + alea.entier(12, Math.floor(FIN_CONTRAT_JOURS.defaut * 0.8)), -duree),
    );
    const issue = ouvreAvant(debut - alea.entier(5, 15));
    const proposition = ouvreAvant(issue - alea.entier(5, 15));
    const recue = ouvreAvant(proposition - alea.entier(3, 15));
    const f = firmeActive(recue, (g) => apprentissage(g) !== undefined && g.inactiveLe === null);
    const p = jeuneEnParcours(proposition, alternants);
    if (!f || !p) continue;
    alternants.add(p.jeune);
    const modele = apprentissage(f)!;
    offres.push({
      ...nouvelleOffre(f, recue, modele, 'apprentissage'),
      duree,
      postes: 1,
      dateLimite: null,
      embauche: { jeune: p.jeune, referent: p.referent, proposition, issue, debut },
    });
  }
  // An open offer received a few weeks ago that nobody was proposed on yet.
  {
    const recue = ouvreAvant(today - alea.entier(OFFRE_SANS_MISE_EN_RELATION_JOURS.defaut + 2, 30));
    const f = firmeActive(recue, (g) => recrute(g) && g.inactiveLe === null);
    if (f) offres.push({ ...nouvelleOffre(f, recue), dateLimite: null, sansMiseEnRelation: true });
  }
  offres.sort((a, b) => a.recue - b.recue);

  // ---------------------------------------------------------------------------------------------
  // Writing offers, matches and the situations of the retained jeunes.

  const actes: ActePlan[] = [];
  /** Situations at a firm, for the follow-up acts: created by a "retenu" or linked below. */
  const placements: { firme: Firme; type: string; debut: number; fin: number | null; referent: number }[] = [];

  for (const o of offres) {
    const f = o.firme;
    f.partenaire = true;
    const recueLe = isoDe(o.recue);
    const expire = o.dateLimite ?? o.recue + EXPIRATION;
    const creeLe = s(o.recue, 10 * 60 + alea.entier(0, 400));
    const description = `${o.modele.metier} — ${TYPE_CONTRAT_OFFRE_LIBELLES[o.contrat]}${o.duree === null ? '' : ` de ${o.duree} mois`}. ${alea.choix(
      [
        'Débutant(e) accepté(e), formation assurée sur place.',
        'Horaires en journée, du lundi au vendredi.',
        'Travail en équipe, horaires décalés possibles.',
        'Permis B apprécié ; site non desservi le matin.',
        'Savoir-être et motivation avant l’expérience.',
      ],
    )}`;
    const lieu = lieuDe(f.d.insee);
    const offreId = Number(
      insererOffre.run(
        f.id,
        o.modele.intitule,
        o.modele.metier,
        o.modele.rome,
        o.contrat,
        o.duree,
        o.postes,
        lieu.nom,
        f.d.insee,
        lieu.nom,
        recueLe,
        o.dateLimite === null ? null : isoDe(o.dateLimite),
        description,
        f.contacts[0] ?? null,
        o.auteur,
        creeLe,
        o.auteur,
        creeLe,
        o.auteur,
      ).lastInsertRowid,
    );
    c.offres++;
    for (const conseiller of alea.plusieurs(x.conseillers, alea.entier(1, 3)))
      insererDiffusion.run(offreId, conseiller);
    actes.push({
      firme: f,
      jour: o.recue,
      minutes: 10 * 60,
      type: 'offre',
      auteur: o.auteur,
      interlocuteur: f.contacts[0] ?? null,
      note: `« ${o.modele.intitule} » : ${TYPE_CONTRAT_OFFRE_LIBELLES[o.contrat]}${o.duree === null ? '' : `, ${o.duree} mois`}, ${o.postes} poste${o.postes > 1 ? 's' : ''}.`,
      prochaine: null,
      offreId,
      miseEnRelationId: null,
    });

    // What becomes of it when no retained jeune fills it: past expiry, sometimes filled by other
    // means or cancelled by hand (otherwise left open: it reads "expirée"); a few recent ones
    // cancelled. Jeunes are proposed only while it is open.
    let fermeture: { jour: number; statut: 'pourvue' | 'annulee' } | null = null;
    if (!o.sansMiseEnRelation && !o.embauche) {
      if (expire < today && alea.chance(0.25))
        fermeture = {
          jour: ouvreAvant(Math.min(expire, o.recue + alea.entier(10, 40))),
          statut: alea.chance(0.55) ? 'pourvue' : 'annulee',
        };
      else if (expire >= today && alea.chance(0.04))
        fermeture = { jour: Math.max(o.recue, ouvreAvant(alea.entier(o.recue, today))), statut: 'annulee' };
    }
    const ouverteJusquA = Math.min(today, expire, fermeture?.jour ?? today);

    // The jeunes proposed, in date order, while the offer is open.
    const nombre = o.sansMiseEnRelation
      ? 0
      : o.embauche
        ? 1
        : alea.pondere([
            [0, 22],
            [1, 30],
            [2, 26],
            [3, 14],
            [4, 8],
          ] as const);
    const dates: number[] = o.embauche
      ? [o.embauche.proposition]
      : Array.from({ length: nombre }, () => ouvreSuivant(o.recue + alea.entier(1, 21)))
          .filter((j) => j <= ouverteJusquA)
          .sort((a, b) => a - b);
    const deja = new Set<number>();
    let retenus = 0;
    let pourvueLe: number | null = null;
    for (const jour of dates) {
      if (pourvueLe !== null && jour > pourvueLe) break;
      const p: Parcours | null = o.embauche
        ? { jeune: o.embauche.jeune, debut: jour, fin: jour, referent: o.embauche.referent }
        : jeuneEnParcours(jour, deja);
      if (!p) continue;
      deja.add(p.jeune);
      const auteur = alea.chance(0.65) ? p.referent : x.charge;
      const age = today - jour;
      let issue: IssueMiseEnRelation = o.embauche
        ? 'retenu'
        : age < 7 || (age < 30 && alea.chance(0.5))
          ? 'en_attente'
          : alea.pondere([
              ['retenu', 27],
              ['non_retenu', 48],
              ['desistement', 17],
              ['en_attente', 8],
            ] as const);
      let issueJour: number | null =
        issue === 'en_attente' ? null : (o.embauche?.issue ?? Math.min(today, ouvreSuivant(jour + alea.entier(3, 25))));
      let motif: MotifNonRetenu | null = null;
      if (pourvueLe !== null || (issue === 'retenu' && retenus >= o.postes)) {
        issue = 'non_retenu';
        motif = 'autre_candidat';
        issueJour = Math.max(jour, pourvueLe ?? jour);
      } else if (issue === 'non_retenu') motif = alea.pondere(MOTIFS);
      const commentaire =
        motif === 'autre'
          ? alea.choix(COMMENTAIRES_AUTRE)
          : issue === 'desistement'
            ? alea.choix([
                'A trouvé un autre emploi entre-temps.',
                'Ne s’est pas présenté(e) à l’entretien, injoignable.',
                'Trajet trop long finalement.',
              ])
            : null;

      let situationId: number | null = null;
      if (issue === 'retenu' && issueJour !== null) {
        retenus++;
        const debut = o.embauche?.debut ?? Math.min(today, ouvreSuivant(issueJour + alea.entier(0, 10)));
        const { type, sousType } = SITUATION_DU_CONTRAT[o.contrat];
        const finPrevue = o.duree === null ? null : ajouterMois(debut, o.duree) - 1;
        const rupture =
          o.embauche === undefined && alea.chance(0.1)
            ? alea.entier(debut + 7, Math.max(debut + 7, Math.min(finPrevue ?? today, today)))
            : null;
        // Past its planned end the contract is over, as the demo's paths write it.
        const finReelle =
          rupture !== null && rupture <= today ? rupture : finPrevue !== null && finPrevue < today ? finPrevue : null;
        const le = s(issueJour, 16 * 60 + 15);
        situationId = Number(
          insererSituation.run(
            p.jeune,
            type,
            sousType,
            isoDe(debut),
            finPrevue === null ? null : isoDe(finPrevue),
            finReelle === null ? null : isoDe(finReelle),
            f.d.nom,
            f.id,
            o.modele.intitule,
            le,
            auteur,
            s(finReelle ?? issueJour, 16 * 60 + 20),
            auteur,
          ).lastInsertRowid,
        );
        c.situations++;
        placements.push({ firme: f, type, debut, fin: finReelle ?? finPrevue, referent: p.referent });
        if (retenus >= o.postes) pourvueLe = issueJour;
      }
      const proposeLe = s(jour, 14 * 60 + alea.entier(0, 180));
      const miseId = Number(
        insererMise.run(
          offreId,
          p.jeune,
          isoDe(jour),
          issue,
          issueJour === null ? null : isoDe(issueJour),
          motif,
          commentaire,
          situationId,
          situationId === null ? 0 : 1,
          auteur,
          proposeLe,
          auteur,
          issueJour === null ? proposeLe : s(issueJour, 16 * 60 + 15),
          auteur,
        ).lastInsertRowid,
      );
      c.misesEnRelation++;
      actes.push({
        firme: f,
        jour,
        minutes: 14 * 60,
        type: 'mise_en_relation',
        auteur,
        interlocuteur: null,
        note: `Candidature proposée sur l'offre « ${o.modele.intitule} ».`,
        prochaine: null,
        offreId: null,
        miseEnRelationId: miseId,
      });
    }

    if (pourvueLe !== null) fermerOffre.run('pourvue', isoDe(pourvueLe), s(pourvueLe, 16 * 60 + 15), o.auteur, offreId);
    else if (fermeture !== null)
      fermerOffre.run(
        fermeture.statut,
        fermeture.statut === 'pourvue' ? isoDe(fermeture.jour) : null,
        s(fermeture.jour, 11 * 60),
        o.auteur,
        offreId,
      );
  }

  // ---------------------------------------------------------------------------------------------
  // Situations the paths typed at an employer of the portfolio: linked to the firm, once it was
  // in the portfolio.

  const aLier = sqlite.prepare(
    `SELECT s.id, s.type, s.debut, coalesce(s.fin_reelle, s.fin_prevue) AS fin, s.organisme, j.conseiller_referent_id AS referent
     FROM situation s JOIN jeune j ON j.id = s.jeune_id
     WHERE s.entreprise_id IS NULL AND s.type IN ('emploi', 'alternance', 'immersion') AND s.organisme IS NOT NULL
     ORDER BY s.id`,
  );
  const lier = sqlite.prepare('UPDATE situation SET entreprise_id = ? WHERE id = ?');
  for (const r of aLier.all() as {
    id: number;
    type: string;
    debut: string;
    fin: string | null;
    organisme: string;
    referent: number | null;
  }[]) {
    const f = parNom.get(r.organisme);
    // Picked in the list of firms about half the time; typed as free text otherwise.
    if (!f || jourDe(r.debut) < f.creation || !alea.chance(0.55)) continue;
    lier.run(f.id, r.id);
    f.partenaire = true;
    placements.push({
      firme: f,
      type: r.type,
      debut: jourDe(r.debut),
      fin: r.fin === null ? null : jourDe(r.fin),
      referent: r.referent ?? x.charge,
    });
  }

  // Follow-up in the job, and the immersions set up with the firm.
  const active = (f: Firme, jour: number) => f.inactiveLe === null || jour < f.inactiveLe;
  for (const p of placements) {
    if (p.debut < x.debut) continue;
    if (p.type === 'immersion') {
      if (alea.chance(0.3)) {
        const jour = ouvreAvant(p.debut - alea.entier(2, 10));
        if (jour >= p.firme.creation && jour <= today && active(p.firme, jour))
          actes.push(acteManuel(p.firme, jour, 'immersion', alea.chance(0.5) ? p.referent : x.charge));
      }
      continue;
    }
    if (!alea.chance(0.35)) continue;
    const jour = ouvreSuivant(p.debut + alea.entier(20, 60));
    if (jour <= today && (p.fin === null || jour <= p.fin) && active(p.firme, jour))
      actes.push(acteManuel(p.firme, jour, 'suivi_emploi', alea.chance(0.6) ? x.charge : p.referent));
  }

  // ---------------------------------------------------------------------------------------------
  // Acts typed by hand: contacts, visits, aids presented, forums; a planned next action is most
  // often followed by the act it announced.

  function acteManuel(f: Firme, jour: number, type: TypeActe, auteur: number): ActePlan {
    return {
      firme: f,
      jour,
      minutes: 9 * 60 + alea.entier(0, 500),
      type,
      auteur,
      interlocuteur: type === 'forum' ? null : interlocuteur(f),
      note: alea.chance(0.85) ? alea.choix(NOTES_ACTES[type] ?? [null]) : null,
      prochaine: null,
      offreId: null,
      miseEnRelationId: null,
    };
  }
  for (let mois = isoDe(x.debut).slice(0, 7); mois <= isoDe(today).slice(0, 7); mois = moisSuivant(mois)) {
    const attendu = (evenementsDuMois.get(mois) ?? 0) * TAUX_ACTES * (0.7 + 0.6 * alea.suivant());
    const nombre = Math.min(PAR_MOIS_MAX, Math.floor(attendu + alea.suivant()));
    const premier = Math.max(x.debut, jourDe(`${mois}-01`));
    const dernier = Math.min(today, jourDe(`${moisSuivant(mois)}-01`) - 1);
    for (let n = 0; n < nombre; n++) {
      const jour = ouvreAvant(alea.entier(premier, dernier));
      if (jour < x.debut) continue;
      const f = firmeActive(jour);
      if (!f) continue;
      const a = acteManuel(f, jour, alea.pondere(TYPES_ACTE_MANUELS), auteurPour(f, jour));
      actes.push(a);
      if (!alea.chance(0.25)) continue;
      const echeance = ouvreSuivant(jour + alea.entier(7, 45));
      a.prochaine = { jour: echeance, texte: alea.choix(PROCHAINES_ACTIONS) };
      if (echeance <= today && alea.chance(0.9)) {
        const suite = ouvreSuivant(Math.max(jour, echeance + alea.entier(-3, 5)));
        if (suite <= today && active(f, suite))
          actes.push(acteManuel(f, suite, alea.choix(['contact_telephone', 'visite', 'courriel'] as const), a.auteur));
      }
    }
  }
  for (const jour of forums) {
    for (const f of firmes.filter((g) => g.creation === jour || (g.creation < jour && alea.chance(0.06))))
      if (f.inactiveLe === null || f.inactiveLe > jour) actes.push(acteManuel(f, jour, 'forum', x.charge));
  }
  for (const f of firmes) {
    if (f.inactiveLe === null) continue;
    actes.push({
      ...acteManuel(f, f.inactiveLe, 'contact_telephone', responsableLe(f, f.inactiveLe) ?? x.charge),
      note: alea.choix([
        'L’entreprise ne recrute plus : fiche passée en inactive.',
        'Cessation d’activité annoncée par le gérant.',
        'Reprise par un groupe, recrutements centralisés ailleurs : fiche passée en inactive.',
      ]),
    });
  }

  // Follow-ups due this week and one overdue, on firms whose last act is older (the to-do).
  const dernierActe = new Map<Firme, number>();
  for (const a of actes) dernierActe.set(a.firme, Math.max(dernierActe.get(a.firme) ?? 0, a.jour));
  // The chargé(e)'s own firms first, so that their portfolio shows them.
  const candidates = firmes
    .filter((f) => f.inactiveLe === null && f.creation < today - 60 && (dernierActe.get(f) ?? 0) < today - 25)
    .sort((a, b) => Number(b.responsable === x.charge) - Number(a.responsable === x.charge))
    .slice(0, 20);
  for (const echeance of [ouvreAvant(today - 3), ouvreSuivant(today + 2), ouvreSuivant(today + 5)]) {
    const f = candidates.length > 0 ? candidates.splice(alea.entier(0, candidates.length - 1), 1)[0]! : null;
    if (!f) break;
    const jour = ouvreAvant(today - alea.entier(10, 20));
    actes.push({
      ...acteManuel(f, jour, alea.choix(['contact_telephone', 'visite'] as const), f.responsable ?? x.charge),
      prochaine: { jour: echeance, texte: alea.choix(PROCHAINES_ACTIONS) },
    });
  }

  // In the order they happened, so that "an act recorded after" a planned action means later.
  const ordre: Record<string, number> = { offre: 0, mise_en_relation: 1 };
  actes.sort((a, b) => a.jour - b.jour || (ordre[a.type] ?? 2) - (ordre[b.type] ?? 2) || a.minutes - b.minutes);
  for (const a of actes) {
    const le = s(a.jour, a.minutes);
    insererActe.run(
      a.firme.id,
      isoDe(a.jour),
      a.type,
      a.interlocuteur,
      a.note,
      a.prochaine === null ? null : isoDe(a.prochaine.jour),
      a.prochaine?.texte ?? null,
      a.offreId,
      a.miseEnRelationId,
      a.auteur,
      le,
      a.auteur,
      le,
      a.auteur,
    );
    c.actesEntreprises++;
  }

  // ---------------------------------------------------------------------------------------------
  // Statuses: inactive as drawn; a partner once it sent an offer, employed a jeune or was met
  // three times; a prospect otherwise.

  const inactiver = sqlite.prepare(
    "UPDATE entreprise SET statut = 'inactif', modifie_le = ?, modifie_par = ? WHERE id = ?",
  );
  // Typed « partenaire » with the card (its last change keeps its date).
  const partenaire = sqlite.prepare("UPDATE entreprise SET statut = 'partenaire' WHERE id = ?");
  const nombreActes = new Map<Firme, number>();
  for (const a of actes) nombreActes.set(a.firme, (nombreActes.get(a.firme) ?? 0) + 1);
  for (const f of firmes) {
    if (f.inactiveLe !== null) inactiver.run(s(f.inactiveLe, 17 * 60 + 30), f.responsable ?? x.charge, f.id);
    else if (f.partenaire || (nombreActes.get(f) ?? 0) >= 3) partenaire.run(f.id);
  }
}

function moisSuivant(mois: string): string {
  const [a, m] = mois.split('-').map(Number) as [number, number];
  return m === 12 ? `${a + 1}-01` : `${a}-${String(m + 1).padStart(2, '0')}`;
}
