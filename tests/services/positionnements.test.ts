import { beforeEach, describe, expect, test } from 'vitest';
import type { Contract, InputOf, OutputOf } from '../../src-main/contract';
import {
  STATUT_POSITIONNEMENT_LIBELLES,
  STATUTS_POSITIONNEMENT,
  TRANSITIONS_POSITIONNEMENT,
  type StatutPositionnement,
} from '../../src-main/contract/referentielsFormation';
import type { SessionPoste } from '../../src-main/host/sessions';
import { banc, installer, type Banc } from '../aide';
import { insererPartenaire } from '../fixtures/annuaire';
import { creerJeune, insererAction, insererPositionnement } from '../fixtures/formation';
import { dernierIdJournal, instantane, lignesJournal } from '../fixtures/journal';
import { texteDuPdf } from '../fixtures/pdf';

/**
 * Candidacies on training actions, entry commissions and the référent's dashboard (issue 7,
 * docs/positionnements.md): the status machine and its dates, the « formation » situation an
 * entry creates, undoing a step, commissions (all decisions or none) and their minutes, and the
 * dashboard's figures on a fixed dataset. "Today" is Tuesday 10/03/2026 in Paris. Actions are
 * written with plain SQL (tests/fixtures/formation.ts): this file tests the candidacies.
 */

let b: Banc;
let claire: number;
let karim: number;
let afpa: number;
let action: number;
let elodie: number;
let lucas: number;
let ines: number;

const sqlite = () => b.app.base.sqlite;
const LIBELLE = STATUT_POSITIONNEMENT_LIBELLES;

type Positionnement = OutputOf<Contract, 'positionnements.duJeune'>[number];
type Changement = InputOf<Contract, 'positionnements.changerStatut'>;

/** Every row a refused call must leave untouched. */
function etat(): string {
  return ['positionnement', 'etape_positionnement', 'situation', 'commission_entree', 'decision_commission']
    .map((t) => instantane(sqlite(), t))
    .join('\n');
}

function compter(table: string): number {
  return (sqlite().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

async function refuse(
  methode: string,
  entree: unknown,
  message: string | RegExp,
  code = 'regle_metier',
  session: SessionPoste = b.session,
) {
  const avant = etat();
  const comptes = ['positionnement', 'etape_positionnement', 'situation'].map(compter);
  const r = await b.brut(methode, entree, session);
  if (r.ok) throw new Error('aurait dû être refusé');
  expect(r.error.code).toBe(code);
  if (typeof message === 'string') expect(r.error.message).toBe(message);
  else expect(r.error.message).toMatch(message);
  expect(['positionnement', 'etape_positionnement', 'situation'].map(compter)).toEqual(comptes);
  expect(etat()).toBe(avant);
  return r.error;
}

async function proposer(jeuneId: number, autres: Record<string, unknown> = {}, actionId = action): Promise<number> {
  const r = await b.appeler('positionnements.proposer', {
    actionId,
    jeuneIds: [jeuneId],
    date: '2026-03-02',
    ...autres,
  });
  return r.ids[0]!;
}

function jeuneDe(id: number): number {
  return (sqlite().prepare('SELECT jeune_id AS j FROM positionnement WHERE id = ?').get(id) as { j: number }).j;
}

async function lire(id: number): Promise<Positionnement> {
  const p = (await b.appeler('positionnements.duJeune', { jeuneId: jeuneDe(id) })).find((x) => x.id === id);
  if (!p) throw new Error(`positionnement ${id} absent`);
  return p;
}

/** The input of a status change on the version just read; a date on 05/03 unless told. */
async function saisie(id: number, statut: StatutPositionnement, autres: Partial<Changement> = {}): Promise<Changement> {
  return {
    id,
    statut,
    date: '2026-03-05',
    motifNonRetenu: statut === 'non_retenu' ? 'prerequis' : null,
    certificationObtenue: statut === 'termine' ? true : null,
    modifieLeLu: (await lire(id)).modifieLe,
    ...autres,
  };
}

async function changer(id: number, statut: StatutPositionnement, autres: Partial<Changement> = {}) {
  return b.appeler('positionnements.changerStatut', await saisie(id, statut, autres));
}

async function annuler(id: number) {
  return b.appeler('positionnements.annulerEtape', { id, modifieLeLu: (await lire(id)).modifieLe });
}

/** An allowed path from « proposé » to each status. */
const CHEMIN: Record<StatutPositionnement, StatutPositionnement[]> = {
  propose: [],
  candidature_transmise: ['candidature_transmise'],
  information_collective: ['information_collective'],
  en_commission: ['en_commission'],
  retenu: ['en_commission', 'retenu'],
  entre: ['en_commission', 'retenu', 'entre'],
  non_retenu: ['non_retenu'],
  desiste: ['desiste'],
  abandon: ['en_commission', 'retenu', 'entre', 'abandon'],
  termine: ['en_commission', 'retenu', 'entre', 'termine'],
};

/** A new action (same as `action`), a candidacy of Élodie on it, brought to `statut`. */
async function candidatureEn(statut: StatutPositionnement): Promise<number> {
  const autre = insererAction(b, afpa, { debut: '2026-03-02', statut: 'en_recrutement' });
  const id = await proposer(elodie, {}, autre);
  for (const s of CHEMIN[statut]) await changer(id, s);
  return id;
}

function situation(id: number) {
  return sqlite()
    .prepare(
      `SELECT jeune_id AS jeuneId, type, sous_type AS sousType, debut, fin_prevue AS finPrevue, fin_reelle AS finReelle,
              organisme, intitule FROM situation WHERE id = ?`,
    )
    .get(id);
}

beforeEach(async () => {
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  const lieux = await installer(b);
  [claire, karim] = lieux.conseillers as [number, number];
  afpa = insererPartenaire(b, 'AFPA Valence', { type: 'organisme_formation' });
  action = insererAction(b, afpa, {
    intitule: 'Cuisine de collectivité',
    certification: 'CAP Cuisine',
    debut: '2026-03-02',
    fin: '2026-12-18',
    places: 2,
    statut: 'en_recrutement',
    referentId: claire,
  });
  elodie = await creerJeune(b, 'Dupont', 'Élodie');
  lucas = await creerJeune(b, 'Martin', 'Lucas');
  ines = await creerJeune(b, 'Bernard', 'Inès');
});

describe('positionner des jeunes sur une action', () => {
  test('plusieurs jeunes à la fois ; chacun « proposé » avec sa première étape datée', async () => {
    const r = await b.appeler('positionnements.proposer', {
      actionId: action,
      jeuneIds: [elodie, lucas, elodie],
      date: '2026-03-03',
      commentaire: 'Vus en atelier formation',
    });
    expect(r.ids).toHaveLength(2);
    expect(r.avertissements).toEqual([]);
    expect(await b.appeler('positionnements.duJeune', { jeuneId: elodie })).toEqual([
      {
        id: r.ids[0],
        actionId: action,
        actionIntitule: 'Cuisine de collectivité',
        organismeNom: 'AFPA Valence',
        jeuneId: elodie,
        jeuneNom: 'Dupont Élodie',
        date: '2026-03-03',
        statut: 'propose',
        statutLe: '2026-03-03',
        motifNonRetenu: null,
        certificationObtenue: null,
        commentaire: 'Vus en atelier formation',
        situationId: null,
        suivants: ['candidature_transmise', 'information_collective', 'en_commission', 'non_retenu', 'desiste'],
        etapes: [
          {
            id: expect.any(Number) as number,
            statut: 'propose',
            date: '2026-03-03',
            motifNonRetenu: null,
            commentaire: null,
            commissionId: null,
            parNom: 'Sophie Morel',
          },
        ],
        bilan: null,
        auteurNom: 'Sophie Morel',
        modifieLe: '2026-03-10T09:15:00.000Z',
      },
    ]);
    expect((await b.appeler('positionnements.duJeune', { jeuneId: lucas })).map((p) => p.id)).toEqual([r.ids[1]]);
    expect(await b.appeler('positionnements.duJeune', { jeuneId: ines })).toEqual([]);
  });

  test('sans date : aujourd’hui', async () => {
    const { ids } = await b.appeler('positionnements.proposer', { actionId: action, jeuneIds: [elodie] });
    expect((await lire(ids[0]!)).date).toBe('2026-03-10');
  });

  test('une seule candidature par jeune et par action : la seconde est refusée en le nommant, rien n’est écrit', async () => {
    await proposer(elodie);
    await refuse(
      'positionnements.proposer',
      { actionId: action, jeuneIds: [lucas, elodie] },
      "Élodie Dupont est déjà positionné(e) sur « Cuisine de collectivité » depuis le 02/03/2026 (statut « Proposé ») : suivez ce positionnement plutôt que d'en créer un autre. Rien n'a été enregistré.",
    );
  });

  test('seulement sur une action programmée ou en recrutement', async () => {
    for (const statut of ['en_cours', 'terminee', 'annulee'] as const) {
      const autre = insererAction(b, afpa, { intitule: 'Prépa BTP', debut: '2026-01-05', statut });
      const libelle = { en_cours: 'en cours', terminee: 'terminée', annulee: 'annulée' }[statut];
      await refuse(
        'positionnements.proposer',
        { actionId: autre, jeuneIds: [elodie] },
        `L'action « Prépa BTP » est ${libelle} : on ne positionne un jeune que sur une action programmée ou en recrutement. Choisissez une autre action, ou notez un besoin de formation non satisfait.`,
      );
    }
    const programmee = insererAction(b, afpa, { statut: 'programmee' });
    await proposer(elodie, {}, programmee);
  });

  test('dates : ni dans le futur, ni après la fin de l’action', async () => {
    await refuse(
      'positionnements.proposer',
      { actionId: action, jeuneIds: [elodie], date: '2026-03-11' },
      'Positionnement daté du 11/03/2026, dans le futur : datez-le du jour où le jeune a été proposé.',
    );
    const finie = insererAction(b, afpa, { debut: '2026-01-05', fin: '2026-02-27' });
    await refuse(
      'positionnements.proposer',
      { actionId: finie, jeuneIds: [elodie], date: '2026-03-02' },
      "Positionnement daté du 02/03/2026, après la fin de l'action (27/02/2026) : vérifiez la date.",
    );
  });

  test('une action ou un jeune inconnus', async () => {
    await refuse(
      'positionnements.proposer',
      { actionId: 9999, jeuneIds: [elodie] },
      /^Action de formation introuvable/,
      'introuvable',
    );
    await refuse(
      'positionnements.proposer',
      { actionId: action, jeuneIds: [elodie, 9999] },
      /^Dossier jeune introuvable/,
      'introuvable',
    );
  });

  test('avertissements : pré-requis d’âge ou de niveau non remplis, plus de place libre', async () => {
    const exigeante = insererAction(b, afpa, {
      intitule: 'Agent de sécurité',
      debut: '2026-04-07',
      ageMinimum: 20,
      niveauMinimum: 'niveau_3',
      places: 1,
    });
    sqlite().prepare("UPDATE jeune SET niveau = 'infra_3' WHERE id = ?").run(elodie);
    insererPositionnement(b, exigeante, ines, 'retenu', { date: '2026-03-02', statutLe: '2026-03-04' });
    const r = await b.appeler('positionnements.proposer', { actionId: exigeante, jeuneIds: [elodie, lucas] });
    expect(r.ids).toHaveLength(2);
    expect(r.avertissements).toEqual([
      "Élodie Dupont aura 19 ans au début de l'action (07/04/2026) : l'action demande 20 ans au moins. Vérifiez avec l'organisme avant de transmettre la candidature.",
      "Élodie Dupont a le niveau « Infra 3 (sans diplôme) » : l'action demande « Niveau 3 (CAP, BEP) » au moins. Vérifiez avec l'organisme avant de transmettre la candidature.",
      "Lucas Martin aura 19 ans au début de l'action (07/04/2026) : l'action demande 20 ans au moins. Vérifiez avec l'organisme avant de transmettre la candidature.",
      "« Agent de sécurité » n'a plus de place libre (1 place, toutes prises par des jeunes retenus ou entrés) : la candidature est enregistrée et attend un désistement.",
    ]);
  });
});

describe('la machine à statuts', () => {
  test('chaque passage permis, depuis chaque statut', async () => {
    for (const de of STATUTS_POSITIONNEMENT) {
      for (const vers of TRANSITIONS_POSITIONNEMENT[de]) {
        const id = await candidatureEn(de);
        await changer(id, vers, { date: '2026-03-06', commentaire: `${de} → ${vers}` });
        const p = await lire(id);
        expect({ de, vers, statut: p.statut, statutLe: p.statutLe }).toEqual({
          de,
          vers,
          statut: vers,
          statutLe: '2026-03-06',
        });
        expect(p.etapes.map((e) => e.statut)).toEqual(['propose', ...CHEMIN[de], vers]);
        expect(p.etapes.at(-1)).toMatchObject({
          date: '2026-03-06',
          commentaire: `${de} → ${vers}`,
          parNom: 'Sophie Morel',
        });
        expect(p.suivants).toEqual(TRANSITIONS_POSITIONNEMENT[vers]);
      }
    }
  });

  test('chaque passage interdit, depuis chaque statut : refusé en nommant les deux statuts et les suivants permis, rien n’est écrit', async () => {
    let refus = 0;
    for (const de of STATUTS_POSITIONNEMENT) {
      const id = await candidatureEn(de);
      const permis = TRANSITIONS_POSITIONNEMENT[de];
      for (const vers of STATUTS_POSITIONNEMENT.filter((s) => !permis.includes(s))) {
        const entree = await saisie(id, vers, { motifNonRetenu: 'prerequis', certificationObtenue: true });
        const erreur = await refuse('positionnements.changerStatut', entree, /./);
        expect(erreur.message).toContain(`« ${LIBELLE[de]} »`);
        expect(erreur.message).toContain(`« ${LIBELLE[vers]} »`);
        for (const s of permis) expect(erreur.message).toContain(`« ${LIBELLE[s]} »`);
        expect(erreur.champs).toEqual([{ champ: 'statut', message: erreur.message }]);
        refus++;
      }
    }
    // 10 statuses × 10 targets (itself included), less the 21 allowed passages.
    expect(refus).toBe(79);
  });

  test('les messages, mot pour mot', async () => {
    const propose = await proposer(elodie);
    await refuse(
      'positionnements.changerStatut',
      await saisie(propose, 'retenu'),
      "Passer de « Proposé » à « Retenu » n'est pas permis. Depuis « Proposé », le positionnement peut passer à « Candidature transmise », « Information collective », « En commission », « Non retenu » ou « Désisté ».",
    );
    await refuse(
      'positionnements.changerStatut',
      await saisie(propose, 'entre'),
      "Passer de « Proposé » à « Entré en formation » n'est pas permis. Depuis « Proposé », le positionnement peut passer à « Candidature transmise », « Information collective », « En commission », « Non retenu » ou « Désisté ».",
    );
    const nonRetenu = await proposer(lucas);
    await changer(nonRetenu, 'non_retenu');
    await refuse(
      'positionnements.changerStatut',
      await saisie(nonRetenu, 'retenu'),
      "Passer de « Non retenu » à « Retenu » n'est pas permis : « Non retenu » est un statut final, le positionnement n'évolue plus. Si c'est une erreur de saisie, annulez la dernière étape.",
    );
    const retenu = await proposer(ines);
    await changer(retenu, 'en_commission');
    await changer(retenu, 'retenu');
    await refuse(
      'positionnements.changerStatut',
      await saisie(retenu, 'retenu'),
      'Le positionnement est déjà « Retenu ». Depuis « Retenu », il peut passer à « Entré en formation » ou « Désisté ».',
    );
  });

  test('un chemin complet : chaque étape datée et tracée, le motif de non-retenue, la certification', async () => {
    const id = await proposer(elodie);
    for (const [statut, date] of [
      ['candidature_transmise', '2026-03-03'],
      ['information_collective', '2026-03-04'],
      ['en_commission', '2026-03-05'],
      ['retenu', '2026-03-05'],
      ['entre', '2026-03-09'],
    ] as const) {
      await changer(id, statut, { date });
    }
    await changer(id, 'termine', {
      certificationObtenue: false,
      commentaire: 'Épreuve pratique à repasser',
      date: '2026-03-10',
    });
    const p = await lire(id);
    expect(p).toMatchObject({ statut: 'termine', statutLe: '2026-03-10', certificationObtenue: false, suivants: [] });
    expect(p.etapes.map((e) => [e.statut, e.date])).toEqual([
      ['propose', '2026-03-02'],
      ['candidature_transmise', '2026-03-03'],
      ['information_collective', '2026-03-04'],
      ['en_commission', '2026-03-05'],
      ['retenu', '2026-03-05'],
      ['entre', '2026-03-09'],
      ['termine', '2026-03-10'],
    ]);

    const refuse2 = await proposer(lucas);
    await changer(refuse2, 'non_retenu', { motifNonRetenu: 'autre', commentaire: 'Projet de déménagement' });
    expect(await lire(refuse2)).toMatchObject({ statut: 'non_retenu', motifNonRetenu: 'autre' });
    expect((await lire(refuse2)).etapes.at(-1)).toMatchObject({
      motifNonRetenu: 'autre',
      commentaire: 'Projet de déménagement',
    });
  });

  test('« non retenu » exige son motif, « terminé » la certification (refus du contrat, rien n’est écrit)', async () => {
    const id = await proposer(elodie);
    const e1 = await refuse(
      'positionnements.changerStatut',
      await saisie(id, 'non_retenu', { motifNonRetenu: null }),
      /./,
      'entree_invalide',
    );
    expect(e1.champs).toEqual([{ champ: 'motifNonRetenu', message: 'Non retenu : indiquez le motif.' }]);
    const entre = await candidatureEn('entre');
    const e2 = await refuse(
      'positionnements.changerStatut',
      await saisie(entre, 'termine', { certificationObtenue: null }),
      /./,
      'entree_invalide',
    );
    expect(e2.champs).toEqual([
      { champ: 'certificationObtenue', message: 'Terminé : indiquez si la certification a été obtenue.' },
    ]);
  });

  test('dates : aujourd’hui par défaut, jamais dans le futur ni avant l’étape précédente', async () => {
    const id = await proposer(elodie);
    await changer(id, 'en_commission', { date: '2026-03-05' });
    await refuse(
      'positionnements.changerStatut',
      await saisie(id, 'retenu', { date: '2026-03-11' }),
      "Étape « Retenu » datée du 11/03/2026, dans le futur : datez-la du jour où c'est arrivé, et notez-la ce jour-là.",
    );
    await refuse(
      'positionnements.changerStatut',
      await saisie(id, 'retenu', { date: '2026-03-04' }),
      "Étape « Retenu » datée du 04/03/2026, avant l'étape précédente (« En commission » le 05/03/2026) : les étapes se suivent dans le temps. Corrigez la date.",
    );
    const { date: _d, ...sansDate } = await saisie(id, 'retenu');
    await b.appeler('positionnements.changerStatut', sansDate);
    expect(await lire(id)).toMatchObject({ statut: 'retenu', statutLe: '2026-03-10' });
  });

  test('l’entrée se date pendant l’action ; une action annulée ne retient plus personne', async () => {
    const future = insererAction(b, afpa, { debut: '2026-03-09', statut: 'en_recrutement' });
    const id = await proposer(elodie, {}, future);
    await changer(id, 'en_commission');
    await changer(id, 'retenu');
    await refuse(
      'positionnements.changerStatut',
      await saisie(id, 'entre', { date: '2026-03-06' }),
      "Entrée datée du 06/03/2026, avant le début de l'action (09/03/2026) : datez l'entrée du premier jour de présence du jeune.",
    );
    sqlite().prepare("UPDATE action_formation SET fin = '2026-03-08', debut = '2026-03-02' WHERE id = ?").run(future);
    await refuse(
      'positionnements.changerStatut',
      await saisie(id, 'entre', { date: '2026-03-09' }),
      "Entrée datée du 09/03/2026, après la fin de l'action (08/03/2026) : vérifiez la date, ou les dates de l'action.",
    );

    const autre = await proposer(lucas);
    await changer(autre, 'en_commission');
    sqlite().prepare("UPDATE action_formation SET statut = 'annulee' WHERE id = ?").run(action);
    await refuse(
      'positionnements.changerStatut',
      await saisie(autre, 'retenu'),
      "L'action « Cuisine de collectivité » est annulée : on n'y retient ni n'y fait entrer personne. Notez le jeune « désisté », ou positionnez-le sur une autre action.",
    );
    await changer(autre, 'desiste');
  });

  test('une version périmée : conflit, rien n’est écrit', async () => {
    const id = await proposer(elodie);
    const lue = await saisie(id, 'en_commission');
    b.horloge.avancer(5);
    await changer(id, 'candidature_transmise');
    await refuse(
      'positionnements.changerStatut',
      lue,
      /^Sophie Morel a enregistré cette candidature le 10\/03\/2026/,
      'conflit',
    );
  });

  test('un positionnement inconnu', async () => {
    await refuse(
      'positionnements.changerStatut',
      { id: 9999, statut: 'retenu', modifieLeLu: '2026-03-10T09:15:00.000Z' },
      /^Positionnement introuvable/,
      'introuvable',
    );
  });

  test('tout rôle qui accompagne fait avancer une candidature ; l’accueil, non', async () => {
    const id = await proposer(elodie);
    const conseiller = await b.personne(['conseiller']);
    const r = await b.brut(
      'positionnements.changerStatut',
      await saisie(id, 'candidature_transmise'),
      conseiller.session,
    );
    expect(r.ok).toBe(true);
    const accueil = await b.personne(['accueil']);
    await refuse(
      'positionnements.changerStatut',
      await saisie(id, 'information_collective'),
      /./,
      'acces_refuse',
      accueil.session,
    );
  });
});

describe('l’entrée en formation et la situation du jeune', () => {
  test('« entré » crée la situation de formation, visible dans le dossier et liée au positionnement', async () => {
    const id = await proposer(elodie);
    await changer(id, 'en_commission');
    await changer(id, 'retenu');
    const r = await changer(id, 'entre', { date: '2026-03-09' });
    expect(r).toEqual({ id, situationId: expect.any(Number) as number, avertissements: [] });
    expect(situation(r.situationId!)).toEqual({
      jeuneId: elodie,
      type: 'formation',
      sousType: 'qualifiante',
      debut: '2026-03-09',
      finPrevue: '2026-12-18',
      finReelle: null,
      organisme: 'AFPA Valence',
      intitule: 'Cuisine de collectivité — CAP Cuisine',
    });
    expect((await lire(id)).situationId).toBe(r.situationId);
    const situations = await b.appeler('situations.duJeune', { jeuneId: elodie });
    expect(situations).toHaveLength(1);
    expect(situations[0]).toMatchObject({
      id: r.situationId,
      type: 'formation',
      sousType: 'qualifiante',
      positionnementId: id,
      enCours: true,
    });
  });

  test('une certification déjà dans l’intitulé n’est pas répétée ; une formation déjà ouverte est signalée', async () => {
    const cap = insererAction(b, afpa, {
      intitule: 'CAP Cuisine',
      certification: 'CAP cuisine',
      debut: '2026-03-02',
      typeFormation: 'pre_qualifiante',
    });
    const premiere = await candidatureEn('entre');
    const id = await proposer(elodie, {}, cap);
    await changer(id, 'en_commission');
    await changer(id, 'retenu');
    const r = await changer(id, 'entre', { date: '2026-03-09' });
    expect(situation(r.situationId!)).toMatchObject({ intitule: 'CAP Cuisine', sousType: 'pre_qualifiante' });
    expect(r.avertissements).toEqual([
      'Une situation « Formation » est déjà en cours depuis le 05/03/2026, sans fin réelle : si elle est terminée, indiquez sa fin réelle.',
    ]);
    expect((await lire(premiere)).statut).toBe('entre');
  });

  test('« abandon » et « terminé » clôturent la situation à la date de l’étape', async () => {
    const abandon = await candidatureEn('entre');
    const { situationId } = await lire(abandon);
    await changer(abandon, 'abandon', { date: '2026-03-09', commentaire: 'Problème de garde d’enfant' });
    expect(situation(situationId!)).toMatchObject({ finReelle: '2026-03-09' });

    const termine = await candidatureEn('entre');
    const fin = (await lire(termine)).situationId!;
    await changer(termine, 'termine', { date: '2026-03-10', certificationObtenue: true });
    expect(situation(fin)).toMatchObject({ finReelle: '2026-03-10' });
    expect(await lire(termine)).toMatchObject({ statut: 'termine', certificationObtenue: true });
  });

  test('au-delà des places, « retenu » et « entré » passent avec un avertissement', async () => {
    // 2 places: Élodie and Lucas take them, Inès is one too many.
    const ids = [];
    for (const j of [elodie, lucas, ines]) {
      const id = await proposer(j);
      await changer(id, 'en_commission');
      ids.push(id);
    }
    expect((await changer(ids[0]!, 'retenu')).avertissements).toEqual([]);
    expect((await changer(ids[1]!, 'retenu')).avertissements).toEqual([]);
    const mot =
      "« Cuisine de collectivité » : 3 jeunes retenus ou entrés pour 2 places. Vérifiez avec l'organisme qu'il peut accueillir Inès Bernard en plus.";
    expect((await changer(ids[2]!, 'retenu')).avertissements).toEqual([mot]);
    expect((await changer(ids[2]!, 'entre', { date: '2026-03-09' })).avertissements).toEqual([mot]);
    expect((await lire(ids[2]!)).statut).toBe('entre');
  });
});

describe('annuler la dernière étape', () => {
  test('chaque genre d’étape se défait : statut précédent rétabli, la situation suit', async () => {
    const id = await candidatureEn('entre');
    const situationId = (await lire(id)).situationId!;
    await changer(id, 'abandon', { date: '2026-03-09' });

    expect(await annuler(id)).toEqual({ id, statut: 'entre' });
    expect(situation(situationId)).toMatchObject({ finReelle: null });
    expect(await lire(id)).toMatchObject({ statut: 'entre', statutLe: '2026-03-05', situationId });

    await changer(id, 'termine', { date: '2026-03-10', certificationObtenue: true });
    expect(await annuler(id)).toEqual({ id, statut: 'entre' });
    expect(situation(situationId)).toMatchObject({ finReelle: null });
    expect((await lire(id)).certificationObtenue).toBeNull();

    expect(await annuler(id)).toEqual({ id, statut: 'retenu' });
    expect(situation(situationId)).toBeUndefined();
    expect((await lire(id)).situationId).toBeNull();
    expect(await b.appeler('situations.duJeune', { jeuneId: elodie })).toEqual([]);

    expect(await annuler(id)).toEqual({ id, statut: 'en_commission' });
    expect(await annuler(id)).toEqual({ id, statut: 'propose' });
    expect((await lire(id)).etapes.map((e) => e.statut)).toEqual(['propose']);

    await changer(id, 'non_retenu', { motifNonRetenu: 'places' });
    expect(await annuler(id)).toEqual({ id, statut: 'propose' });
    expect(await lire(id)).toMatchObject({ statut: 'propose', statutLe: '2026-03-02', motifNonRetenu: null });
  });

  test('l’étape « proposé » ne s’annule pas : rien n’est écrit', async () => {
    const id = await proposer(elodie);
    await refuse(
      'positionnements.annulerEtape',
      { id, modifieLeLu: (await lire(id)).modifieLe },
      "Ce positionnement n'a que son étape « Proposé » : il n'y a rien à annuler. S'il a été saisi par erreur, supprimez-le.",
    );
  });

  test('une version périmée : conflit', async () => {
    const id = await candidatureEn('retenu');
    const lue = (await lire(id)).modifieLe;
    b.horloge.avancer(1);
    await changer(id, 'entre');
    await refuse('positionnements.annulerEtape', { id, modifieLeLu: lue }, /a enregistré cette candidature/, 'conflit');
  });
});

describe('supprimer un positionnement saisi par erreur', () => {
  test('tant qu’il est « proposé », par son auteur, le référent de l’action, le référent formation ou la direction', async () => {
    const conseiller = await b.personne(['conseiller']);
    const r = await b.brut(
      'positionnements.proposer',
      { actionId: action, jeuneIds: [elodie, lucas] },
      conseiller.session,
    );
    if (!r.ok) throw new Error(r.error.message);
    const [deElodie, deLucas] = (r.value as { ids: number[] }).ids as [number, number];

    const autre = await b.personne(['conseiller']);
    await refuse(
      'positionnements.supprimer',
      { id: deElodie },
      "Seuls l'auteur du positionnement (Personne N° 1), le référent de l'action, le référent formation et la direction peuvent le supprimer. Si le jeune ne donne pas suite, notez-le « désisté ».",
      'acces_refuse',
      autre.session,
    );
    expect((await b.brut('positionnements.supprimer', { id: deElodie }, conseiller.session)).ok).toBe(true);
    // Claire is the action's référent.
    expect((await b.brut('positionnements.supprimer', { id: deLucas }, b.sessionDe(claire))).ok).toBe(true);
    expect(compter('positionnement')).toBe(0);
    expect(compter('etape_positionnement')).toBe(0);
  });

  test('une candidature qui a avancé ne se supprime plus', async () => {
    const id = await proposer(elodie);
    await changer(id, 'candidature_transmise');
    await refuse(
      'positionnements.supprimer',
      { id },
      'Cette candidature a avancé (statut « Candidature transmise ») : elle ne se supprime plus. Si une étape a été saisie par erreur, annulez-la ; si le jeune ne donne pas suite, notez-le « désisté ».',
    );
  });
});

describe('le bilan individuel', () => {
  test('après l’entrée : ce que l’action a apporté, et la suite', async () => {
    const id = await candidatureEn('entre');
    await b.appeler('positionnements.enregistrerBilan', {
      id,
      date: '2026-03-09',
      apports: 'Rythme de travail retrouvé, HACCP validé',
      suite: 'Recherche d’un contrat de professionnalisation',
    });
    expect((await lire(id)).bilan).toEqual({
      date: '2026-03-09',
      apports: 'Rythme de travail retrouvé, HACCP validé',
      suite: 'Recherche d’un contrat de professionnalisation',
    });
    await refuse(
      'positionnements.enregistrerBilan',
      { id, date: '2026-03-04', apports: 'x' },
      "Bilan daté du 04/03/2026, avant l'entrée en formation (05/03/2026) : corrigez la date.",
    );
    await refuse(
      'positionnements.enregistrerBilan',
      { id, date: '2026-03-11', apports: 'x' },
      'Bilan daté du 11/03/2026, dans le futur : datez-le du jour où il est fait.',
    );
  });

  test('avant l’entrée : refusé', async () => {
    const id = await candidatureEn('retenu');
    await refuse(
      'positionnements.enregistrerBilan',
      { id, apports: 'x' },
      "Le bilan individuel se fait une fois le jeune entré en formation ; cette candidature est « Retenu ». Notez d'abord l'entrée.",
    );
  });
});

describe('les commissions d’entrée', () => {
  async function trois() {
    return {
      e: await proposer(elodie),
      l: await proposer(lucas),
      i: await proposer(ines),
    };
  }

  test('une décision par candidature ; « en commission » écrit d’abord, à la date de la commission', async () => {
    const { e, l, i } = await trois();
    await changer(i, 'en_commission', { date: '2026-03-04' });
    const { id } = await b.appeler('commissions.enregistrer', {
      actionId: action,
      date: '2026-03-09',
      participants: 'Claire Fabre (ML), M. Girard (AFPA)',
      note: 'Tests de positionnement en amont.',
      decisions: [
        { positionnementId: e, decision: 'retenu' },
        { positionnementId: l, decision: 'non_retenu', motifNonRetenu: 'prerequis', commentaire: 'Niveau de français' },
        { positionnementId: i, decision: 'ajourne', commentaire: 'Revoir après le stage' },
      ],
    });
    const etapes = async (p: number) =>
      (await lire(p)).etapes.map((x) => [x.statut, x.date, x.commissionId, x.motifNonRetenu, x.commentaire]);
    expect(await etapes(e)).toEqual([
      ['propose', '2026-03-02', null, null, null],
      ['en_commission', '2026-03-09', id, null, null],
      ['retenu', '2026-03-09', id, null, null],
    ]);
    expect(await etapes(l)).toEqual([
      ['propose', '2026-03-02', null, null, null],
      ['en_commission', '2026-03-09', id, null, null],
      ['non_retenu', '2026-03-09', id, 'prerequis', 'Niveau de français'],
    ]);
    // Already « en commission »: adjourned, it stays there, no step.
    expect(await etapes(i)).toEqual([
      ['propose', '2026-03-02', null, null, null],
      ['en_commission', '2026-03-04', null, null, null],
    ]);
    expect((await lire(l)).motifNonRetenu).toBe('prerequis');
    expect(
      sqlite()
        .prepare(
          'SELECT positionnement_id AS p, decision, motif_non_retenu AS motif, commentaire FROM decision_commission ORDER BY p',
        )
        .all(),
    ).toEqual([
      { p: e, decision: 'retenu', motif: null, commentaire: null },
      { p: l, decision: 'non_retenu', motif: 'prerequis', commentaire: 'Niveau de français' },
      { p: i, decision: 'ajourne', motif: null, commentaire: 'Revoir après le stage' },
    ]);
    expect(
      sqlite()
        .prepare('SELECT action_id AS a, date, participants, note, auteur_id AS auteur FROM commission_entree')
        .all(),
    ).toEqual([
      {
        a: action,
        date: '2026-03-09',
        participants: 'Claire Fabre (ML), M. Girard (AFPA)',
        note: 'Tests de positionnement en amont.',
        auteur: b.session.utilisateurId,
      },
    ]);
  });

  test('ajourner une candidature proposée la met « en commission »', async () => {
    const e = await proposer(elodie);
    const { id } = await b.appeler('commissions.enregistrer', {
      actionId: action,
      date: '2026-03-09',
      decisions: [{ positionnementId: e, decision: 'ajourne' }],
    });
    expect(await lire(e)).toMatchObject({ statut: 'en_commission', statutLe: '2026-03-09' });
    expect((await lire(e)).etapes.at(-1)).toMatchObject({ statut: 'en_commission', commissionId: id });
  });

  test('toutes les décisions ou aucune : une seule impossible, rien n’est écrit', async () => {
    const { e, l, i } = await trois();
    await changer(i, 'desiste');
    const avant = ['commission_entree', 'decision_commission', 'etape_positionnement'].map(compter);
    await refuse(
      'commissions.enregistrer',
      {
        actionId: action,
        date: '2026-03-09',
        decisions: [
          { positionnementId: e, decision: 'retenu' },
          { positionnementId: l, decision: 'retenu' },
          { positionnementId: i, decision: 'retenu' },
        ],
      },
      "Inès Bernard : la candidature est déjà « Désisté ». Une commission ne décide que des candidatures proposées, transmises, en information collective ou en commission. Rien n'a été enregistré.",
    );
    expect(['commission_entree', 'decision_commission', 'etape_positionnement'].map(compter)).toEqual(avant);
    expect((await lire(e)).statut).toBe('propose');
  });

  test('une décision refusée par la machine (date avant l’étape précédente) nomme le jeune', async () => {
    const { e, l } = await trois();
    await changer(l, 'information_collective', { date: '2026-03-06' });
    const erreur = await refuse(
      'commissions.enregistrer',
      {
        actionId: action,
        date: '2026-03-05',
        decisions: [
          { positionnementId: e, decision: 'retenu' },
          { positionnementId: l, decision: 'retenu' },
        ],
      },
      "Lucas Martin : Étape « En commission » datée du 05/03/2026, avant l'étape précédente (« Information collective » le 06/03/2026) : les étapes se suivent dans le temps. Corrigez la date. Rien n'a été enregistré.",
    );
    expect(erreur.champs).toEqual([{ champ: 'decisions.1.decision', message: erreur.message }]);
  });

  test('refus : la candidature d’une autre action, deux fois la même, une date future', async () => {
    const { e } = await trois();
    const autreAction = insererAction(b, afpa, { intitule: 'Prépa BTP', debut: '2026-03-02' });
    const ailleurs = await proposer(lucas, {}, autreAction);
    const decisions = (ids: number[]) => ids.map((positionnementId) => ({ positionnementId, decision: 'retenu' }));
    await refuse(
      'commissions.enregistrer',
      { actionId: action, date: '2026-03-09', decisions: decisions([e, ailleurs]) },
      "Lucas Martin n'est pas positionné(e) sur « Cuisine de collectivité » : une commission ne décide que des candidatures de son action. Rien n'a été enregistré.",
    );
    await refuse(
      'commissions.enregistrer',
      { actionId: action, date: '2026-03-09', decisions: decisions([e, e]) },
      "Élodie Dupont figure deux fois parmi les décisions : une seule décision par candidature. Rien n'a été enregistré.",
    );
    await refuse(
      'commissions.enregistrer',
      { actionId: action, date: '2026-03-11', decisions: decisions([e]) },
      "Commission datée du 11/03/2026, dans le futur : notez-la le jour où elle s'est tenue, avec ses décisions.",
    );
    await refuse(
      'commissions.enregistrer',
      { actionId: action, date: '2026-03-09', decisions: decisions([9999]) },
      "Décision n° 1 : cette candidature n'existe plus (supprimée entre-temps ?). Rechargez la liste des candidatures. Rien n'a été enregistré.",
    );
  });

  test('tenue par le référent de l’action, le référent formation ou la direction ; un autre conseiller, non', async () => {
    const e = await proposer(elodie);
    const entree = { actionId: action, date: '2026-03-09', decisions: [{ positionnementId: e, decision: 'ajourne' }] };
    const autre = await b.personne(['conseiller']);
    await refuse(
      'commissions.enregistrer',
      entree,
      "Seuls le référent formation, la direction et le référent de l'action « Cuisine de collectivité » (Claire Fabre) peuvent tenir ses commissions d'entrée.",
      'acces_refuse',
      autre.session,
    );
    const referente = await b.personne(['referent_formation']);
    expect((await b.brut('commissions.enregistrer', entree, referente.session)).ok).toBe(true);
    expect((await b.brut('commissions.enregistrer', entree, b.sessionDe(claire))).ok).toBe(true);
    expect((await b.brut('commissions.enregistrer', entree, b.sessionDe(karim))).ok).toBe(true);
  });

  test('annuler une étape décidée en commission retire la décision', async () => {
    const e = await proposer(elodie);
    const { id } = await b.appeler('commissions.enregistrer', {
      actionId: action,
      date: '2026-03-09',
      decisions: [{ positionnementId: e, decision: 'retenu' }],
    });
    expect(await annuler(e)).toEqual({ id: e, statut: 'en_commission' });
    expect(compter('decision_commission')).toBe(0);
    // The commission itself stays, with its date and participants.
    expect(compter('commission_entree')).toBe(1);
    expect((await lire(e)).etapes.map((x) => [x.statut, x.commissionId])).toEqual([
      ['propose', null],
      ['en_commission', id],
    ]);
  });

  test('le procès-verbal : un PDF avec l’action, la date, les participants, chaque jeune et sa décision, la note, les signatures', async () => {
    const { e, l, i } = await trois();
    const { id } = await b.appeler('commissions.enregistrer', {
      actionId: action,
      date: '2026-03-09',
      participants: 'Claire Fabre (ML), M. Girard (AFPA)',
      note: 'Tests de positionnement en amont.',
      decisions: [
        { positionnementId: e, decision: 'retenu' },
        { positionnementId: l, decision: 'non_retenu', motifNonRetenu: 'prerequis', commentaire: 'Niveau de français' },
        { positionnementId: i, decision: 'ajourne' },
      ],
    });
    const avant = dernierIdJournal(sqlite());
    const r = await b.appeler('commissions.procesVerbal', { id });
    // The minutes name each jeune examined: one « export » entry per file in the trail.
    expect(
      lignesJournal(sqlite(), avant)
        .filter((l) => l.methode === 'commissions.procesVerbal')
        .map((l) => [l.action, l.objet_id])
        .sort(),
    ).toEqual([e, l, i].map((p) => ['export', jeuneDe(p)]).sort());
    expect(r.nomFichier).toBe('pv-commission-cuisine-de-collectivite-2026-03-09.pdf');
    const pdf = Buffer.from(r.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const texte = texteDuPdf(pdf);
    for (const attendu of [
      'Mission Locale des Collines',
      "PROCÈS-VERBAL DE COMMISSION D'ENTRÉE",
      'Action : Cuisine de collectivité — CAP Cuisine',
      'Organisme de formation : AFPA Valence',
      'Lieu : GRETA Viva 5, site de Romans, Romans-sur-Isère',
      'Dates : du 02/03/2026 au 18/12/2026 – 2 places',
      "Référent de l'action à la Mission Locale : Claire Fabre",
      'Claire Fabre (ML), M. Girard (AFPA)',
      '3 candidatures examinées : 1 retenue, 1 non retenue, 1 ajournée.',
      'Bernard Inès Ajourné (revu à une prochaine commission)',
      'Dupont Élodie Retenu',
      'Martin Lucas Non retenu Pré-requis non remplis – Niveau de français',
      'Observations de la commission Tests de positionnement en amont.',
      'Fait à Romans-sur-Isère, le 09/03/2026.',
      "Le référent de l'action Claire Fabre",
      "L'organisme de formation AFPA Valence",
    ]) {
      expect(texte).toContain(attendu);
    }
  });

  test('le procès-verbal d’une commission inconnue', async () => {
    expect(await b.brut('commissions.procesVerbal', { id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'introuvable' },
    });
  });
});

describe('la trace des accès', () => {
  test('chaque dossier touché ou lu est tracé, une entrée par dossier', async () => {
    let depuis = dernierIdJournal(sqlite());
    const { ids } = await b.appeler('positionnements.proposer', {
      actionId: action,
      jeuneIds: [elodie, lucas],
      date: '2026-03-02',
    });
    const trace = () => lignesJournal(sqlite(), depuis).map((l) => [l.action, l.objet_type, l.objet_id, l.methode]);
    expect(trace()).toEqual([
      ['modification', 'jeune', elodie, 'positionnements.proposer'],
      ['modification', 'jeune', lucas, 'positionnements.proposer'],
    ]);
    depuis = dernierIdJournal(sqlite());
    await b.appeler('commissions.enregistrer', {
      actionId: action,
      date: '2026-03-09',
      decisions: ids.map((positionnementId) => ({ positionnementId, decision: 'retenu' as const })),
    });
    expect(trace()).toEqual([
      ['modification', 'jeune', elodie, 'commissions.enregistrer'],
      ['modification', 'jeune', lucas, 'commissions.enregistrer'],
    ]);
    depuis = dernierIdJournal(sqlite());
    await changer(ids[0]!, 'entre', { date: '2026-03-10' });
    expect(trace()).toEqual([
      ['lecture', 'jeune', elodie, 'positionnements.duJeune'],
      ['modification', 'jeune', elodie, 'positionnements.changerStatut'],
    ]);
  });
});

describe('le tableau de bord du référent formation', () => {
  let a: number;
  let bb: number;
  let c: number;
  let d: number;

  /**
   * A fixed dataset. Counted (starting in the first half of 2026): A (PRF, 12 places, Claire) and
   * B (Prépa apprentissage, 8 places, Karim): 15 candidacies, 9 entered of which 2 abandoned,
   * delays 10, 20, 30, 45 (A) and 50, 60, 70, 80, 100 (B). Listed but not counted: C (started in
   * 2025), D (cancelled). Neither: E (starts in September).
   */
  beforeEach(async () => {
    // The action of the other tests would count too.
    sqlite().prepare('DELETE FROM action_formation WHERE id = ?').run(action);
    const prf = 'PRF 2026 — parcours qualifiants';
    a = insererAction(b, afpa, {
      intitule: 'CAP Cuisine',
      programme: prf,
      debut: '2026-02-02',
      fin: '2026-06-30',
      places: 12,
      referentId: claire,
    });
    bb = insererAction(b, afpa, {
      intitule: 'Prépa apprentissage BTP',
      programme: 'Prépa apprentissage 2026',
      financeur: 'etat',
      debut: '2026-03-02',
      fin: '2026-09-30',
      places: 8,
      referentId: karim,
    });
    c = insererAction(b, afpa, {
      intitule: 'Remise à niveau',
      programme: prf,
      debut: '2025-11-03',
      fin: '2026-04-30',
      places: 10,
    });
    d = insererAction(b, afpa, {
      intitule: 'Agent de sécurité',
      programme: prf,
      debut: '2026-03-02',
      places: 10,
      statut: 'annulee',
    });
    insererAction(b, afpa, { intitule: 'BTS', programme: prf, debut: '2026-09-01', places: 10 });
    const j: number[] = [];
    for (let k = 1; k <= 8; k++) j.push(await creerJeune(b, `Jeune${k}`, 'Test'));
    const pos = (
      actionId: number,
      jeuneId: number,
      statut: StatutPositionnement,
      date: string,
      autres: Record<string, string> = {},
    ) => insererPositionnement(b, actionId, jeuneId, statut, { date, ...autres });
    pos(a, j[0]!, 'entre', '2026-01-23', { statutLe: '2026-02-02' });
    pos(a, j[1]!, 'entre', '2026-01-13', { statutLe: '2026-02-02' });
    pos(a, j[2]!, 'abandon', '2026-01-03', { entreLe: '2026-02-02', statutLe: '2026-03-02' });
    pos(a, j[3]!, 'termine', '2026-01-19', { entreLe: '2026-03-05', statutLe: '2026-03-09' });
    pos(a, j[4]!, 'propose', '2026-02-10');
    pos(a, j[5]!, 'propose', '2026-03-03');
    pos(a, j[6]!, 'retenu', '2026-01-20', { statutLe: '2026-01-30' });
    pos(a, j[7]!, 'non_retenu', '2026-01-20', { statutLe: '2026-01-30' });
    pos(bb, j[0]!, 'entre', '2026-01-11', { statutLe: '2026-03-02' });
    pos(bb, j[1]!, 'entre', '2026-01-01', { statutLe: '2026-03-02' });
    pos(bb, j[2]!, 'entre', '2025-12-22', { statutLe: '2026-03-02' });
    pos(bb, j[3]!, 'abandon', '2025-12-12', { entreLe: '2026-03-02', statutLe: '2026-03-09' });
    pos(bb, j[4]!, 'termine', '2025-11-22', { entreLe: '2026-03-02', statutLe: '2026-03-09' });
    pos(bb, j[5]!, 'en_commission', '2026-02-16', { statutLe: '2026-02-20' });
    pos(bb, j[6]!, 'desiste', '2026-02-16', { statutLe: '2026-02-25' });
    pos(c, j[0]!, 'entre', '2025-10-01', { statutLe: '2025-11-03' });
  });

  const parStatut = (n: Partial<Record<StatutPositionnement, number>>) =>
    STATUTS_POSITIONNEMENT.map((statut) => ({ statut, nombre: n[statut] ?? 0 }));

  const tableauA = {
    places: 12,
    parStatut: parStatut({ propose: 2, retenu: 1, entre: 2, non_retenu: 1, abandon: 1, termine: 1 }),
    positionnements: 8,
    entres: 4,
    tauxRemplissage: 4 / 12,
    delaiMoyenJours: 26.3,
    delaiMedianJours: 25,
    abandons: 1,
    tauxAbandon: 0.25,
  };
  const tableauB = {
    places: 8,
    parStatut: parStatut({ en_commission: 1, entre: 3, desiste: 1, abandon: 1, termine: 1 }),
    positionnements: 7,
    entres: 5,
    tauxRemplissage: 0.625,
    delaiMoyenJours: 72,
    delaiMedianJours: 70,
    abandons: 1,
    tauxAbandon: 0.2,
  };

  test('totaux, programmes, mois et actions, au chiffre près', async () => {
    const t = await b.appeler('formation.tableauDeBord', { du: '2026-01-01', au: '2026-06-30' });
    expect(t.total).toEqual({
      actions: 2,
      places: 20,
      parStatut: parStatut({
        propose: 2,
        en_commission: 1,
        retenu: 1,
        entre: 5,
        non_retenu: 1,
        desiste: 1,
        abandon: 2,
        termine: 2,
      }),
      positionnements: 15,
      entres: 9,
      tauxRemplissage: 0.45,
      // (10 + 20 + 30 + 45 + 50 + 60 + 70 + 80 + 100) / 9 = 51.67; the middle one of nine is 50.
      delaiMoyenJours: 51.7,
      delaiMedianJours: 50,
      abandons: 2,
      tauxAbandon: 2 / 9,
    });
    // In French alphabetical order (accents and case aside): « Prépa » before « PRF ».
    expect(t.parProgramme).toEqual([
      { programme: 'Prépa apprentissage 2026', financeur: 'etat', actions: 1, ...tableauB },
      { programme: 'PRF 2026 — parcours qualifiants', financeur: 'region', actions: 1, ...tableauA },
    ]);
    expect(t.parMois).toEqual([
      { mois: '2026-01', entrees: 0, positionnements: 8 },
      { mois: '2026-02', entrees: 3, positionnements: 3 },
      { mois: '2026-03', entrees: 6, positionnements: 1 },
      { mois: '2026-04', entrees: 0, positionnements: 0 },
      { mois: '2026-05', entrees: 0, positionnements: 0 },
      { mois: '2026-06', entrees: 0, positionnements: 0 },
    ]);
    expect(t.actions.map((x) => [x.id, x.intitule, x.referentNom, x.statut])).toEqual([
      [c, 'Remise à niveau', null, 'en_recrutement'],
      [a, 'CAP Cuisine', 'Claire Fabre', 'en_recrutement'],
      [d, 'Agent de sécurité', null, 'annulee'],
      [bb, 'Prépa apprentissage BTP', 'Karim Benali', 'en_recrutement'],
    ]);
    expect(t.actions.find((x) => x.id === a)!.tableau).toEqual(tableauA);
    expect(t.actions.find((x) => x.id === bb)!.tableau).toEqual(tableauB);
    expect(t.actions.find((x) => x.id === c)!.tableau).toMatchObject({ places: 10, entres: 1, delaiMoyenJours: 33 });
    expect(t.actions.find((x) => x.id === d)!.tableau).toMatchObject({
      positionnements: 0,
      tauxRemplissage: 0,
      delaiMoyenJours: null,
      delaiMedianJours: null,
      tauxAbandon: null,
    });
  });

  test('« mes actions » d’un référent, un programme', async () => {
    const deClaire = await b.appeler('formation.tableauDeBord', {
      du: '2026-01-01',
      au: '2026-06-30',
      referentId: claire,
    });
    expect(deClaire.total).toEqual({ actions: 1, ...tableauA });
    expect(deClaire.actions.map((x) => x.id)).toEqual([a]);
    expect(deClaire.parMois.slice(0, 3)).toEqual([
      { mois: '2026-01', entrees: 0, positionnements: 6 },
      { mois: '2026-02', entrees: 3, positionnements: 1 },
      { mois: '2026-03', entrees: 1, positionnements: 1 },
    ]);
    const prepa = await b.appeler('formation.tableauDeBord', {
      du: '2026-01-01',
      au: '2026-06-30',
      programme: 'Prépa apprentissage 2026',
    });
    expect(prepa.total).toEqual({ actions: 1, ...tableauB });
    expect(prepa.parProgramme.map((p) => p.programme)).toEqual(['Prépa apprentissage 2026']);
  });

  test('une période sans action : des zéros, aucun taux', async () => {
    const t = await b.appeler('formation.tableauDeBord', { du: '2027-01-01', au: '2027-02-15' });
    expect(t.total).toEqual({
      actions: 0,
      places: 0,
      parStatut: parStatut({}),
      positionnements: 0,
      entres: 0,
      tauxRemplissage: null,
      delaiMoyenJours: null,
      delaiMedianJours: null,
      abandons: 0,
      tauxAbandon: null,
    });
    expect(t.parProgramme).toEqual([]);
    expect(t.parMois).toEqual([
      { mois: '2027-01', entrees: 0, positionnements: 0 },
      { mois: '2027-02', entrees: 0, positionnements: 0 },
    ]);
  });

  test('une période à l’envers est refusée', async () => {
    expect(await b.brut('formation.tableauDeBord', { du: '2026-06-30', au: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'entree_invalide' },
    });
  });
});
