import { beforeEach, describe, expect, test } from 'vitest';
import type { Alerte, Contract, OutputOf } from '../../src-main/contract';
import type { SessionPoste } from '../../src-main/host/sessions';
import { banc, installer, type Banc } from '../aide';
import { insererPartenaire } from '../fixtures/annuaire';
import { compter, dernierIdJournal, instantane, lignesJournal } from '../fixtures/journal';

/**
 * "Mes jeunes" (issue 4): the référent's jeunes with their path and the alerts, at a fixed
 * "today" (Tuesday 10/03/2026); the direction's view; reassignment. The records of the other
 * areas are written with plain SQL, as they would be left by their services.
 */

type Portefeuille = OutputOf<Contract, 'portefeuille.lister'>;
type Ligne = Portefeuille['jeunes'][number];

const INSTANT = '2026-01-01T08:00:00.000Z';

let b: Banc;
let lieux: Awaited<ReturnType<typeof installer>>;
/** Claire Fabre, conseiller only: the portfolio under test. */
let claire: number;
/** Karim Benali, conseiller and direction. */
let karim: number;
let direction: { id: number; session: SessionPoste };
let autreConseiller: { id: number; session: SessionPoste };

const sqlite = () => b.app.base.sqlite;

beforeEach(async () => {
  // 10:15 in Paris.
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  lieux = await installer(b);
  [claire, karim] = lieux.conseillers as [number, number];
  direction = await b.personne(['direction']);
  autreConseiller = await b.personne(['conseiller']);
});

// ---------------------------------------------------------------------------------------------
// Records, as the other areas' services leave them.

interface OptionsJeune {
  referent?: number | null;
  naissance?: string;
  premierAccueil?: string | null;
  dernierContact?: string | null;
}

/** By default: Claire's, first received long ago (no "4 months" rule), seen last week (active). */
function jeune(nom: string, o: OptionsJeune = {}): number {
  return Number(
    sqlite()
      .prepare(
        `INSERT INTO jeune (nom_naissance, prenoms, date_naissance, sexe, conseiller_referent_id, premier_accueil_date,
           dernier_contact_date, cree_le, modifie_le) VALUES (?, 'Camille', ?, 'F', ?, ?, ?, ?, ?)`,
      )
      .run(
        nom,
        o.naissance ?? '2005-06-15',
        o.referent === undefined ? claire : o.referent,
        o.premierAccueil === undefined ? '2024-06-03' : o.premierAccueil,
        o.dernierContact === undefined ? '2026-03-02' : o.dernierContact,
        INSTANT,
        INSTANT,
      ).lastInsertRowid,
  );
}

interface OptionsParcours {
  type?: string;
  debut?: string;
  finPrevue?: string;
  signature?: string | null;
  finReelle?: string | null;
  referent?: number;
  diagnosticId?: number | null;
}

/** By default: a signed PACEA, well inside its dates (no alert of its own). */
function parcours(jeuneId: number, o: OptionsParcours = {}): number {
  const debut = o.debut ?? '2025-06-02';
  return Number(
    sqlite()
      .prepare(
        `INSERT INTO parcours (jeune_id, type_code, signature_date, debut, fin_prevue, fin_reelle, referent_id,
           diagnostic_id, motif_sortie, cree_le, modifie_le) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        jeuneId,
        o.type ?? 'pacea',
        o.signature === undefined ? debut : o.signature,
        debut,
        o.finPrevue ?? '2027-06-01',
        o.finReelle ?? null,
        o.referent ?? claire,
        o.diagnosticId ?? null,
        o.finReelle ? 'autre' : null,
        INSTANT,
        INSTANT,
      ).lastInsertRowid,
  );
}

function sequence(parcoursId: number, ordre: number, type: string, debut: string, fin: string | null = null) {
  sqlite()
    .prepare(
      `INSERT INTO sequence (parcours_id, ordre, type, debut, fin, cree_le, modifie_le) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(parcoursId, ordre, type, debut, fin, INSTANT, INSTANT);
}

function situation(
  jeuneId: number,
  type: string,
  debut: string,
  o: { sousType?: string; finPrevue?: string; finReelle?: string } = {},
) {
  sqlite()
    .prepare(
      `INSERT INTO situation (jeune_id, type, sous_type, debut, fin_prevue, fin_reelle, cree_le, modifie_le)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(jeuneId, type, o.sousType ?? null, debut, o.finPrevue ?? null, o.finReelle ?? null, INSTANT, INSTANT);
}

function diagnostic(jeuneId: number, debut: string, conclusion: string | null, conclusionLe: string | null): number {
  return Number(
    sqlite()
      .prepare(
        `INSERT INTO diagnostic (jeune_id, conseiller_id, debut, conclusion, conclusion_le, cree_le, modifie_le)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(jeuneId, claire, debut, conclusion, conclusionLe, INSTANT, INSTANT).lastInsertRowid,
  );
}

function rdv(jeuneId: number, date: string, statut: 'prevu' | 'honore' | 'absent' | 'annule', heure = '14:00') {
  sqlite()
    .prepare(
      `INSERT INTO rendez_vous (jeune_id, conseiller_id, site_id, date, heure, duree_minutes, statut, cree_le,
         modifie_le) VALUES (?, ?, ?, ?, ?, 30, ?, ?, ?)`,
    )
    .run(jeuneId, claire, lieux.siege, date, heure, statut, INSTANT, INSTANT);
}

// ---------------------------------------------------------------------------------------------
// Reading the portfolio.

async function lister(session: SessionPoste = b.sessionDe(claire), entree: object = {}): Promise<Portefeuille> {
  const r = await b.brut('portefeuille.lister', entree, session);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as Portefeuille;
}

async function lignes(): Promise<Map<number, Ligne>> {
  return new Map((await lister()).jeunes.map((l) => [l.jeuneId, l]));
}

/** The alerts of each jeune named, as `code: detail (échue)`. */
async function alertes(...ids: number[]): Promise<string[][]> {
  const parJeune = await lignes();
  return ids.map((id) => parJeune.get(id)!.alertes.map((a) => `${a.code}: ${a.detail}${a.echue ? ' (échue)' : ''}`));
}

describe('Mes jeunes', () => {
  test('les jeunes dont le conseiller est le référent, avec parcours, séquence, rendez-vous et situation du jour', async () => {
    const elodie = jeune('Dupont', { naissance: '2006-04-12', premierAccueil: '2025-01-14' });
    const ancien = parcours(elodie, { type: 'pacea', debut: '2025-02-03', finPrevue: '2027-02-02' });
    const cej = parcours(elodie, { type: 'cej', debut: '2025-12-01', finPrevue: '2026-11-30' });
    parcours(elodie, { type: 'garantie_jeunes', debut: '2026-01-05', finReelle: '2026-02-01' });
    sequence(cej, 1, 'orientation', '2025-12-01', '2026-01-31');
    sequence(cej, 2, 'accompagnement', '2026-02-01');
    sequence(cej, 3, 'suivi_emploi', '2026-06-01');
    rdv(elodie, '2026-03-09', 'prevu', '09:00');
    rdv(elodie, '2026-03-11', 'annule', '09:00');
    rdv(elodie, '2026-03-12', 'prevu', '16:30');
    rdv(elodie, '2026-03-12', 'prevu', '10:00');
    situation(elodie, 'emploi', '2025-09-01', { sousType: 'cdd', finReelle: '2025-12-31' });
    situation(elodie, 'alternance', '2026-01-05', { sousType: 'apprentissage', finPrevue: '2027-06-30' });
    situation(elodie, 'formation', '2026-04-01', { sousType: 'qualifiante' });
    const sansParcours = jeune('Martin', { dernierContact: '2026-03-05' });
    jeune('Ailleurs', { referent: karim });
    jeune('Personne', { referent: null });

    const p = await lister();
    expect(p.conseillerId).toBe(claire);
    expect(p.jeunes.map((j) => j.jeuneId).sort()).toEqual([elodie, sansParcours].sort());
    const l = p.jeunes.find((j) => j.jeuneId === elodie)!;
    expect(l).toMatchObject({
      nomNaissance: 'Dupont',
      age: 19,
      premierAccueilDate: '2025-01-14',
      dernierContactDate: '2026-03-02',
      // The most recent open parcours; the closed Garantie jeunes does not count.
      parcours: {
        id: cej,
        typeCode: 'cej',
        typeLibelle: "Contrat d'engagement jeune (CEJ)",
        debut: '2025-12-01',
        finPrevue: '2026-11-30',
        signe: true,
      },
      sequence: { type: 'accompagnement', debut: '2026-02-01' },
      // From today, planned only, earliest hour first.
      prochainRendezVous: { date: '2026-03-12', heure: '10:00' },
      situation: { type: 'alternance', sousType: 'apprentissage', debut: '2026-01-05' },
      actif: true,
      alertes: [],
    });
    expect(ancien).toBeLessThan(cej);
    expect(p.jeunes.find((j) => j.jeuneId === sansParcours)).toMatchObject({
      parcours: null,
      sequence: null,
      prochainRendezVous: null,
      situation: null,
      actif: true,
    });
  });

  test('actif : un parcours ouvert, ou un contact dans les 12 derniers mois (pas au-delà)', async () => {
    const douzeMois = jeune('Douze', { dernierContact: '2025-03-10' });
    const treizeMois = jeune('Treize', { dernierContact: '2025-03-09' });
    const enParcours = jeune('Parcours', { dernierContact: '2024-01-10' });
    parcours(enParcours);
    const jamais = jeune('Jamais', { premierAccueil: null, dernierContact: null });
    const l = await lignes();
    expect([douzeMois, treizeMois, enParcours, jamais].map((id) => l.get(id)!.actif)).toEqual([
      true,
      false,
      true,
      false,
    ]);
    // An inactive file raises no alert, however long the silence.
    expect(l.get(treizeMois)!.alertes).toEqual([]);
    expect(l.get(jamais)!.alertes).toEqual([]);
  });

  test('une liste n’est pas une ouverture de dossier : aucune trace par jeune', async () => {
    jeune('Dupont');
    jeune('Martin');
    const avant = dernierIdJournal(sqlite());
    await lister();
    expect(lignesJournal(sqlite(), avant)).toEqual([]);
  });
});

describe('alertes', () => {
  test('sans contact : à partir de N semaines pile (réglage, 6 par défaut), sur les jeunes actifs', async () => {
    const sixSemaines = jeune('Six', { dernierContact: '2026-01-27' });
    const presque = jeune('Presque', { dernierContact: '2026-01-28' });
    const neuf = jeune('Neuf', { dernierContact: '2026-01-05' });
    const unAn = jeune('UnAn', { dernierContact: '2025-03-10' });
    const aucun = jeune('Aucun', { premierAccueil: null, dernierContact: null });
    parcours(aucun);
    expect((await lister()).semainesSansContact).toBe(6);
    expect(await alertes(sixSemaines, presque, neuf, unAn, aucun)).toEqual([
      ['sans_contact: 6 semaines sans contact (dernier le 27/01/2026) (échue)'],
      [],
      ['sans_contact: 9 semaines sans contact (dernier le 05/01/2026) (échue)'],
      ['sans_contact: 52 semaines sans contact (dernier le 10/03/2025) (échue)'],
      ['sans_contact: Aucun contact enregistré (échue)'],
    ]);

    const reglages = await b.appeler('parametres.lire', {});
    await b.appeler('parametres.enregistrer', { ...reglages, semainesSansContact: 9 });
    const p = await lister();
    expect(p.semainesSansContact).toBe(9);
    expect(await alertes(sixSemaines, neuf)).toEqual([
      [],
      ['sans_contact: 9 semaines sans contact (dernier le 05/01/2026) (échue)'],
    ]);
  });

  test('séquence d’orientation : 15 jours avant ses 4 mois, puis échue au-delà', async () => {
    const avecOrientation = (nom: string, debut: string) => {
      const id = jeune(nom);
      sequence(parcours(id, { debut: '2025-06-02' }), 1, 'orientation', debut);
      return id;
    };
    const quinzeJours = avecOrientation('Quinze', '2025-11-25');
    const seizeJours = avecOrientation('Seize', '2025-11-26');
    const pile = avecOrientation('Pile', '2025-11-10');
    const depassee = avecOrientation('Depassee', '2025-11-09');
    const longtemps = avecOrientation('Longtemps', '2025-09-01');
    const passee = jeune('Passee');
    const p = parcours(passee);
    sequence(p, 1, 'orientation', '2025-06-02', '2025-09-30');
    sequence(p, 2, 'accompagnement', '2025-10-01');
    expect(await alertes(quinzeJours, seizeJours, pile, depassee, longtemps, passee)).toEqual([
      ["sequence_orientation: Plus que 15 jours avant les 4 mois d'orientation (25/03/2026)"],
      [],
      ["sequence_orientation: 4 mois d'orientation atteints aujourd'hui (10/03/2026)"],
      ["sequence_orientation: 1 jour au-delà des 4 mois d'orientation (atteints le 09/03/2026) (échue)"],
      ["sequence_orientation: 68 jours au-delà des 4 mois d'orientation (atteints le 01/01/2026) (échue)"],
      [],
    ]);
  });

  test('sans solution : premier accueil il y a 4 à 12 mois, aucune solution commencée depuis', async () => {
    const quatreMois = jeune('Quatre', { premierAccueil: '2025-11-10' });
    const presque = jeune('Presque', { premierAccueil: '2025-11-11' });
    const douzeMois = jeune('Douze', { premierAccueil: '2025-03-10' });
    const trop = jeune('Trop', { premierAccueil: '2025-03-09' });
    const enFormation = jeune('Formation', { premierAccueil: '2025-10-01' });
    situation(enFormation, 'formation', '2026-01-05', { finReelle: '2026-02-15' });
    const avant = jeune('Avant', { premierAccueil: '2025-10-01' });
    situation(avant, 'emploi', '2025-09-01', { finReelle: '2025-09-30' });
    const creation = jeune('Creation', { premierAccueil: '2025-10-01' });
    situation(creation, 'creation_activite', '2025-12-01');
    const finDeMois = jeune('FinDeMois', { premierAccueil: '2025-10-31' });
    expect(await alertes(quatreMois, presque, douzeMois, trop, enFormation, avant, creation, finDeMois)).toEqual([
      ['sans_solution_4_mois: 4 mois depuis le premier accueil (10/11/2025), sans solution (échue)'],
      [],
      ['sans_solution_4_mois: 12 mois depuis le premier accueil (10/03/2025), sans solution (échue)'],
      [],
      // A solution that ended still counts: the jeune had one.
      [],
      // Before the premier accueil, it is not an answer of the ML.
      ['sans_solution_4_mois: 5 mois depuis le premier accueil (01/10/2025), sans solution (échue)'],
      // Création d'activité is not among DOMAIN.md's solutions.
      ['sans_solution_4_mois: 5 mois depuis le premier accueil (01/10/2025), sans solution (échue)'],
      // 31/10 + 4 months = 28/02: reached.
      ['sans_solution_4_mois: 4 mois depuis le premier accueil (31/10/2025), sans solution (échue)'],
    ]);
  });

  test('fin de parcours : 30 jours avant la fin prévue, échue après ; la plus proche des parcours ouverts', async () => {
    const avecFin = (nom: string, finPrevue: string, o: OptionsParcours = {}) => {
      const id = jeune(nom);
      parcours(id, { finPrevue, ...o });
      return id;
    };
    const trenteJours = avecFin('Trente', '2026-04-09');
    const trenteEtUn = avecFin('TrenteEtUn', '2026-04-10');
    const pile = avecFin('Pile', '2026-03-10');
    const depassee = avecFin('Depassee', '2026-03-09', { type: 'cej' });
    const sortie = avecFin('Sortie', '2026-03-15', { finReelle: '2026-03-01' });
    const deux = avecFin('Deux', '2026-03-20', { debut: '2025-03-03' });
    parcours(deux, { type: 'cej', debut: '2025-10-01', finPrevue: '2026-09-30' });
    const l = await lignes();
    expect(await alertes(trenteJours, trenteEtUn, pile, depassee, sortie, deux)).toEqual([
      ['fin_parcours: Fin prévue dans 30 jours (09/04/2026) : PACEA'],
      [],
      ["fin_parcours: Fin prévue aujourd'hui (10/03/2026) : PACEA"],
      [
        "fin_parcours: 1 jour après la fin prévue (09/03/2026) : Contrat d'engagement jeune (CEJ), sortie à enregistrer (échue)",
      ],
      [],
      ['fin_parcours: Fin prévue dans 10 jours (20/03/2026) : PACEA'],
    ]);
    expect(l.get(sortie)!.parcours).toBeNull();
    expect(l.get(deux)!.parcours?.typeCode).toBe('cej');
  });

  test('contrat à signer : un mois après la conclusion du diagnostic, ou un parcours ouvert sans signature', async () => {
    const avecDiagnostic = (nom: string, conclusion: string, le: string) => {
      const id = jeune(nom);
      diagnostic(id, '2025-12-15', conclusion, le);
      return id;
    };
    const echeanceAujourdhui = avecDiagnostic('Aujourdhui', 'parcours', '2026-02-10');
    const unJourDeRetard = avecDiagnostic('Retard', 'parcours', '2026-02-09');
    const dixJours = avecDiagnostic('Dix', 'parcours', '2026-02-20');
    const finDeMois = avecDiagnostic('FinDeMois', 'parcours', '2026-01-31');
    const signe = avecDiagnostic('Signe', 'parcours', '2026-02-09');
    parcours(signe, { type: 'cej', debut: '2026-03-02', signature: '2026-02-25' });
    const orientation = avecDiagnostic('Orientation', 'orientation', '2026-01-05');
    const nouveauDiagnostic = avecDiagnostic('Nouveau', 'parcours', '2025-12-20');
    diagnostic(nouveauDiagnostic, '2026-03-02', null, null);
    const sansSignature = jeune('SansSignature');
    parcours(sansSignature, { debut: '2026-01-15', signature: null });
    const lie = jeune('Lie');
    const d = diagnostic(lie, '2026-02-16', 'parcours', '2026-03-01');
    parcours(lie, { type: 'cej', debut: '2026-03-02', signature: null, diagnosticId: d });
    const l = await lignes();
    expect(
      await alertes(
        echeanceAujourdhui,
        unJourDeRetard,
        dixJours,
        finDeMois,
        signe,
        orientation,
        nouveauDiagnostic,
        sansSignature,
        lie,
      ),
    ).toEqual([
      ["contrat_a_signer: Contrat à signer aujourd'hui au plus tard, 10/03/2026 (diagnostic conclu le 10/02/2026)"],
      [
        'contrat_a_signer: 1 jour de retard : contrat non signé au 09/03/2026 (diagnostic conclu le 09/02/2026) (échue)',
      ],
      [
        "contrat_a_signer: Contrat à signer d'ici 10 jours, au plus tard le 20/03/2026 (diagnostic conclu le 20/02/2026)",
      ],
      [
        'contrat_a_signer: 10 jours de retard : contrat non signé au 28/02/2026 (diagnostic conclu le 31/01/2026) (échue)',
      ],
      [],
      [],
      // The latest diagnostic is still in progress: it, not the older one, decides.
      [],
      ['contrat_a_signer: 23 jours de retard : contrat non signé au 15/02/2026 (depuis le 15/01/2026) (échue)'],
      [
        "contrat_a_signer: Contrat à signer d'ici 22 jours, au plus tard le 01/04/2026 (diagnostic conclu le 01/03/2026)",
      ],
    ]);
    expect(l.get(lie)!.parcours?.signe).toBe(false);
  });

  test('absences répétées : les deux derniers rendez-vous tenus ou manqués sont deux absences', async () => {
    type Statut = Parameters<typeof rdv>[2];
    const avecRendezVous = (nom: string, ...liste: [string, Statut, string?][]) => {
      const id = jeune(nom);
      for (const [date, statut, heure] of liste) rdv(id, date, statut, heure);
      return id;
    };
    const deux = avecRendezVous('Deux', ['2026-02-01', 'honore'], ['2026-02-15', 'absent'], ['2026-03-02', 'absent']);
    const annuleEntre = avecRendezVous(
      'AnnuleEntre',
      ['2026-02-15', 'absent'],
      ['2026-02-20', 'annule'],
      ['2026-03-02', 'absent'],
    );
    const honoreEntre = avecRendezVous(
      'HonoreEntre',
      ['2026-02-15', 'absent'],
      ['2026-02-20', 'honore'],
      ['2026-03-02', 'absent'],
    );
    const revenu = avecRendezVous(
      'Revenu',
      ['2026-02-15', 'absent'],
      ['2026-03-02', 'absent'],
      ['2026-03-05', 'honore'],
    );
    const une = avecRendezVous('Une', ['2026-03-02', 'absent'], ['2026-03-12', 'prevu']);
    const ceMatin = avecRendezVous('CeMatin', ['2026-03-02', 'absent'], ['2026-03-10', 'absent', '09:30']);
    expect(await alertes(deux, annuleEntre, honoreEntre, revenu, une, ceMatin)).toEqual([
      ['absences_repetees: 2 rendez-vous manqués de suite (15/02/2026 et 02/03/2026)'],
      ['absences_repetees: 2 rendez-vous manqués de suite (15/02/2026 et 02/03/2026)'],
      [],
      [],
      [],
      ['absences_repetees: 2 rendez-vous manqués de suite (02/03/2026 et 10/03/2026)'],
    ]);
  });

  test('orientation sans retour : encore proposée 30 jours après (réglable), la plus ancienne dit le délai', async () => {
    const adil = insererPartenaire(b, 'ADIL de la Drôme');
    const cmp = insererPartenaire(b, 'CMP de Romans');
    const orienter = (jeuneId: number, partenaireId: number, date: string, statut = 'proposee') =>
      sqlite()
        .prepare(
          `INSERT INTO orientation (jeune_id, partenaire_id, date, motif, origine, statut, retour_le, cree_le, modifie_le)
           VALUES (?, ?, ?, 'Logement', 'dossier', ?, ?, ?, ?)`,
        )
        .run(jeuneId, partenaireId, date, statut, statut === 'proposee' ? null : '2026-03-01', INSTANT, INSTANT);
    const trente = jeune('Trente');
    orienter(trente, adil, '2026-02-08');
    const vingtNeuf = jeune('VingtNeuf');
    orienter(vingtNeuf, adil, '2026-02-09');
    const plusieurs = jeune('Plusieurs');
    orienter(plusieurs, adil, '2025-12-10', 'acceptee');
    orienter(plusieurs, cmp, '2026-01-24');
    orienter(plusieurs, adil, '2026-02-01');
    const repondue = jeune('Repondue');
    orienter(repondue, adil, '2025-11-02', 'refusee');
    orienter(repondue, cmp, '2025-11-03', 'sans_suite');
    const inactif = jeune('Inactif', { premierAccueil: '2023-06-01', dernierContact: '2024-01-05' });
    orienter(inactif, adil, '2025-01-05');
    expect(await alertes(trente, vingtNeuf, plusieurs, repondue, inactif)).toEqual([
      [
        'orientation_sans_retour: Orientation vers ADIL de la Drôme sans retour depuis 30 jours (proposée le 08/02/2026) (échue)',
      ],
      [],
      [
        'orientation_sans_retour: Orientation vers CMP de Romans sans retour depuis 45 jours (proposée le 24/01/2026) (échue)',
      ],
      [],
      [],
    ]);

    const reglages = await b.appeler('parametres.lire', {});
    await b.appeler('parametres.enregistrer', { ...reglages, relanceOrientationJours: 45 });
    expect(await alertes(trente, plusieurs)).toEqual([
      [],
      [
        'orientation_sans_retour: Orientation vers CMP de Romans sans retour depuis 45 jours (proposée le 24/01/2026) (échue)',
      ],
    ]);
    // The direction's view counts the jeune among those with an alert.
    const vue = await b.brut('portefeuille.conseillers', {}, direction.session);
    expect(vue).toMatchObject({ ok: true });
    const ligne = (vue as { value: { conseillerId: number | null; alertes: number }[] }).value.find(
      (c) => c.conseillerId === claire,
    );
    expect(ligne!.alertes).toBe(1);
  });

  test('le nombre de jeunes par alerte, chaque alerte listée', async () => {
    const a = jeune('A', { dernierContact: '2026-01-05', premierAccueil: '2025-10-01' });
    const c = jeune('C', { dernierContact: '2026-01-05' });
    jeune('Calme');
    parcours(c, { finPrevue: '2026-03-20' });
    expect((await alertes(a))[0]!.map((x) => x.split(':')[0])).toEqual(['sans_contact', 'sans_solution_4_mois']);
    const nombres = Object.fromEntries((await lister()).alertes.map((x) => [x.code, x.nombre])) as Record<
      Alerte,
      number
    >;
    expect(nombres).toEqual({
      sans_contact: 2,
      sequence_orientation: 0,
      sans_solution_4_mois: 1,
      fin_parcours: 1,
      contrat_a_signer: 0,
      absences_repetees: 0,
      orientation_sans_retour: 0,
    });
  });
});

describe('droits sur les portefeuilles', () => {
  test('un conseiller ne voit pas le portefeuille d’un autre, ni les jeunes sans référent', async () => {
    jeune('Chez Karim', { referent: karim });
    jeune('Sans', { referent: null });
    const avant = dernierIdJournal(sqlite());
    const r = await b.brut('portefeuille.lister', { conseillerId: karim }, b.sessionDe(claire));
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'acces_refuse',
        message:
          "Vous ne voyez que votre propre portefeuille : le portefeuille d'un autre conseiller est réservé à la direction.",
      },
    });
    const s = await b.brut('portefeuille.lister', { conseillerId: null }, autreConseiller.session);
    expect(s).toMatchObject({
      ok: false,
      error: {
        code: 'acces_refuse',
        message: 'Seule la direction voit les jeunes sans conseiller référent : demandez-lui de vous les confier.',
      },
    });
    // The attempts are in the trail, nothing else.
    expect(lignesJournal(sqlite(), avant).map((l) => [l.action, l.methode])).toEqual([
      ['acces_refuse', 'portefeuille.lister'],
      ['acces_refuse', 'portefeuille.lister'],
    ]);
    // Their own, explicitly named, is fine.
    expect((await lister(b.sessionDe(claire), { conseillerId: claire })).jeunes).toEqual([]);
  });

  test('la direction voit le portefeuille de chaque conseiller et les jeunes sans référent', async () => {
    const chezClaire = jeune('Chez Claire');
    const chezKarim = jeune('Chez Karim', { referent: karim });
    const sans = jeune('Sans', { referent: null });
    const ids = (p: Portefeuille) => p.jeunes.map((j) => j.jeuneId);
    const deClaire = await lister(direction.session, { conseillerId: claire });
    expect([deClaire.conseillerId, ids(deClaire)]).toEqual([claire, [chezClaire]]);
    expect(ids(await lister(direction.session, { conseillerId: karim }))).toEqual([chezKarim]);
    const sansReferent = await lister(direction.session, { conseillerId: null });
    expect([sansReferent.conseillerId, ids(sansReferent)]).toEqual([null, [sans]]);
    // Karim holds the direction role too: he may look at Claire's.
    expect(ids(await lister(b.sessionDe(karim), { conseillerId: claire }))).toEqual([chezClaire]);
    const inconnu = await b.brut('portefeuille.lister', { conseillerId: 9999 }, direction.session);
    expect(inconnu).toMatchObject({
      ok: false,
      error: { code: 'introuvable', message: 'Conseiller introuvable : choisissez-le dans la liste des conseillers.' },
    });
  });

  test('l’accueil n’a pas accès aux portefeuilles', async () => {
    const r = await b.brut('portefeuille.lister', {}, b.sessionDe(lieux.accueil));
    expect(r).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
  });
});

describe('vue de la direction', () => {
  test('chaque conseiller actif, celui qui est parti avec ses jeunes, et les jeunes sans référent', async () => {
    // Claire: an active jeune in parcours with an alert, an active one without, an inactive one.
    // Active through its open parcours only (last contact over a year ago).
    const enRetard = jeune('Retard', { dernierContact: '2024-11-04' });
    parcours(enRetard, { finPrevue: '2026-03-01' });
    jeune('Calme');
    jeune('Ancien', { dernierContact: '2023-05-02' });
    jeune('Sans contact', { referent: null, dernierContact: '2026-01-02' });
    jeune('Sans, ancien', { referent: null, dernierContact: '2024-01-02' });
    const parti = await b.personne(['conseiller']);
    jeune('Laissé', { referent: parti.id });
    sqlite().prepare('UPDATE utilisateur SET actif = 0 WHERE id = ?').run(parti.id);

    const vue = await b.appeler('portefeuille.conseillers', {});
    const de = (id: number | null) => vue.find((l) => l.conseillerId === id);
    expect(de(claire)).toEqual({
      conseillerId: claire,
      nom: 'Claire Fabre',
      jeunes: 3,
      actifs: 2,
      enParcours: 1,
      alertes: 1,
    });
    expect(de(karim)).toMatchObject({ jeunes: 0, actifs: 0, enParcours: 0, alertes: 0 });
    expect(de(autreConseiller.id)).toMatchObject({ jeunes: 0 });
    expect(de(parti.id)).toMatchObject({ nom: expect.stringContaining("(n'est plus conseiller actif)"), jeunes: 1 });
    expect(vue[vue.length - 1]).toEqual({
      conseillerId: null,
      nom: 'Sans référent',
      jeunes: 2,
      actifs: 1,
      enParcours: 0,
      alertes: 1,
    });
    // The counts are those of each portfolio's list.
    const liste = await lister(direction.session, { conseillerId: claire });
    expect(liste.jeunes.filter((j) => j.alertes.length > 0)).toHaveLength(de(claire)!.alertes);
    expect(liste.jeunes.filter((j) => j.actif)).toHaveLength(de(claire)!.actifs);
  });

  test('réservée à la direction', async () => {
    const r = await b.brut('portefeuille.conseillers', {}, b.sessionDe(claire));
    expect(r).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
  });
});

describe('réaffectation', () => {
  const referentDe = (id: number) =>
    (sqlite().prepare('SELECT conseiller_referent_id AS r FROM jeune WHERE id = ?').get(id) as { r: number | null }).r;
  const referentsParcours = (jeuneId: number) =>
    (
      sqlite().prepare('SELECT referent_id AS r FROM parcours WHERE jeune_id = ? ORDER BY id').all(jeuneId) as {
        r: number;
      }[]
    ).map((l) => l.r);

  test('le référent change, celui des parcours ouverts suit, chaque dossier est tracé', async () => {
    const a = jeune('A');
    const ouvert = parcours(a, { type: 'cej', debut: '2025-10-01' });
    parcours(a, { type: 'pacea', debut: '2024-01-08', finReelle: '2025-01-06' });
    const sans = jeune('Sans', { referent: null });
    const avant = dernierIdJournal(sqlite());
    b.horloge.regler('2026-03-10T14:00:00Z');
    const r = await b.brut(
      'portefeuille.reaffecter',
      { jeuneIds: [a, sans, a], conseillerId: autreConseiller.id },
      b.sessionDe(direction.id),
    );
    expect(r).toEqual({ ok: true, value: { reaffectes: 2 } });
    expect([referentDe(a), referentDe(sans)]).toEqual([autreConseiller.id, autreConseiller.id]);
    // The closed parcours keeps the référent it had.
    expect(referentsParcours(a)).toEqual([autreConseiller.id, claire]);
    expect(
      sqlite().prepare('SELECT modifie_le AS le, modifie_par AS par FROM parcours WHERE id = ?').get(ouvert),
    ).toEqual({ le: '2026-03-10T14:00:00.000Z', par: direction.id });
    expect(
      lignesJournal(sqlite(), avant).map((l) => [l.action, l.objet_type, l.objet_id, l.utilisateur_id, l.methode]),
    ).toEqual([
      ['modification', 'jeune', a, direction.id, 'portefeuille.reaffecter'],
      ['modification', 'jeune', sans, direction.id, 'portefeuille.reaffecter'],
    ]);
    // Now in the new conseiller's list.
    expect((await lister(b.sessionDe(autreConseiller.id))).jeunes.map((j) => j.jeuneId).sort()).toEqual(
      [a, sans].sort(),
    );
  });

  test('un parcours ouvert suivi par un autre conseiller que le référent du jeune est aligné', async () => {
    const a = jeune('A', { referent: autreConseiller.id });
    parcours(a, { referent: claire });
    const avant = dernierIdJournal(sqlite());
    const r = await b.brut(
      'portefeuille.reaffecter',
      { jeuneIds: [a], conseillerId: autreConseiller.id },
      direction.session,
    );
    expect(r).toEqual({ ok: true, value: { reaffectes: 1 } });
    expect(referentsParcours(a)).toEqual([autreConseiller.id]);
    expect(lignesJournal(sqlite(), avant)).toHaveLength(1);
  });

  test('refusée en entier, sans rien écrire : jeune inconnu, conseiller inactif ou sans le rôle, rien à changer', async () => {
    const a = jeune('A');
    parcours(a);
    const photo = () => [
      instantane(sqlite(), 'jeune'),
      instantane(sqlite(), 'parcours'),
      compter(sqlite(), 'journal_acces'),
    ];
    const avant = photo();
    const refus = async (entree: object) => {
      const r = await b.brut('portefeuille.reaffecter', entree, direction.session);
      expect(photo()).toEqual(avant);
      return r.ok ? null : r.error;
    };

    expect(await refus({ jeuneIds: [a, 9998, 9999], conseillerId: autreConseiller.id })).toEqual({
      code: 'introuvable',
      message:
        '2 dossier(s) introuvable(s) (n° 9998, 9999) : fusionné(s) ou supprimé(s) entre-temps ? ' +
        'Aucun jeune n’a été réaffecté ; rechargez la liste et recommencez.',
    });
    const attendu = {
      code: 'regle_metier',
      message:
        'Ce compte n’est pas un conseiller actif : choisissez le nouveau référent dans la liste des conseillers.',
    };
    expect(await refus({ jeuneIds: [a], conseillerId: lieux.accueil })).toMatchObject(attendu);
    expect(await refus({ jeuneIds: [a], conseillerId: 9999 })).toMatchObject(attendu);
    const parti = await b.personne(['conseiller']);
    sqlite().prepare('UPDATE utilisateur SET actif = 0 WHERE id = ?').run(parti.id);
    const avantParti = photo();
    const r = await b.brut('portefeuille.reaffecter', { jeuneIds: [a], conseillerId: parti.id }, direction.session);
    expect(r).toMatchObject({ ok: false, error: attendu });
    expect(photo()).toEqual(avantParti);
  });

  test('rien à changer : le jeune est déjà suivi par ce conseiller', async () => {
    const a = jeune('A');
    parcours(a);
    const avant = [instantane(sqlite(), 'jeune'), compter(sqlite(), 'journal_acces')];
    const r = await b.brut('portefeuille.reaffecter', { jeuneIds: [a], conseillerId: claire }, direction.session);
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'regle_metier',
        message: 'Ce jeune est déjà suivi par Claire Fabre, parcours ouverts compris : rien à changer.',
      },
    });
    expect([instantane(sqlite(), 'jeune'), compter(sqlite(), 'journal_acces')]).toEqual(avant);
  });

  test('un conseiller ne réaffecte pas : c’est à la direction', async () => {
    const a = jeune('A');
    const r = await b.brut('portefeuille.reaffecter', { jeuneIds: [a], conseillerId: karim }, b.sessionDe(claire));
    expect(r).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
    expect(referentDe(a)).toBe(claire);
  });
});
