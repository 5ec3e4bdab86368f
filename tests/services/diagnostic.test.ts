import { beforeEach, describe, expect, test } from 'vitest';
import type { Contract, InputOf } from '../../src-main/contract';
import { banc, installer, type Banc } from '../aide';
import { insererPartenaire, insererService } from '../fixtures/annuaire';
import { dernierIdJournal, instantane, lignesJournal } from '../fixtures/journal';

/**
 * The diagnostic (issue 4, DOMAIN.md "Diagnostic", docs/regles-parcours.md): prefilled from the
 * file, spread over interviews (each one an event on the file), closed by a conclusion.
 * "Today" is 10/03/2026 in Paris.
 */

let b: Banc;
let jeune: number;
let autreJeune: number;

const sqlite = () => b.app.base.sqlite;
const TABLES = [
  'diagnostic',
  'diagnostic_entretien',
  'diagnostic_dimension',
  'evenement',
  'orientation',
  'jeune',
  'journal_acces',
];

function etat(): string {
  return TABLES.map((t) => instantane(sqlite(), t)).join('\n');
}

type Saisie = InputOf<Contract, 'diagnostics.enregistrer'>;

async function enregistrer(saisie: Partial<Saisie> = {}, session = b.session) {
  const r = await b.brut('diagnostics.enregistrer', { jeuneId: jeune, dimensions: [], ...saisie }, session);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { id: number; avertissements: string[] };
}

async function refuse(saisie: Partial<Saisie>, message: string | RegExp, code = 'regle_metier') {
  const avant = etat();
  const r = await b.brut('diagnostics.enregistrer', { jeuneId: jeune, dimensions: [], ...saisie });
  if (r.ok) throw new Error('aurait dû être refusé');
  expect(r.error.code).toBe(code);
  if (typeof message === 'string') expect(r.error.message).toBe(message);
  else expect(r.error.message).toMatch(message);
  expect(etat()).toBe(avant);
}

async function lire(jeuneId = jeune) {
  return b.appeler('diagnostics.duJeune', { jeuneId });
}

function evenements() {
  return sqlite()
    .prepare(
      'SELECT jeune_id AS jeuneId, date, type, modalite, themes, note, auteur_id AS auteurId, diagnostic_id AS diagnosticId FROM evenement ORDER BY id',
    )
    .all() as Record<string, unknown>[];
}

beforeEach(async () => {
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  await installer(b);
  const creer = (nomNaissance: string, prenoms: string) =>
    b.appeler('jeunes.creer', {
      nomNaissance,
      prenoms,
      dateNaissance: '2006-04-12',
      sexe: 'F',
      confirmeMalgreRessemblants: true,
    });
  jeune = (await creer('Dupont', 'Élodie')).id;
  autreJeune = (await creer('Martin', 'Lucas')).id;
});

describe('pré-remplissage depuis le dossier', () => {
  test('un dossier vide : huit lignes, et seule la mobilité parle (ni permis ni véhicule, un frein)', async () => {
    const { diagnostics, preRemplissage } = await lire();
    expect(diagnostics).toEqual([]);
    expect(preRemplissage.map((d) => d.dimension)).toEqual([
      'emploi',
      'formation',
      'logement',
      'sante',
      'mobilite',
      'ressources',
      'citoyennete',
      'savoirs_base',
    ]);
    expect(preRemplissage.filter((d) => d.situation !== null || d.frein)).toEqual([
      { dimension: 'mobilite', situation: 'Ni permis B ni véhicule.', frein: true, freins: null, note: null },
    ]);
  });

  test('ce que le dossier sait devient une phrase par dimension ; les freins évidents sont cochés', async () => {
    sqlite()
      .prepare(
        `UPDATE jeune SET situation_premier_accueil = 'neet', inscrit_france_travail = 1, niveau = 'infra_3',
           diplome = 'Brevet des collèges', logement = 'sans_domicile', ressources = 'aucune', rqth = 1, ase = 1,
           permis_b = 1, vehicule = 0 WHERE id = ?`,
      )
      .run(jeune);
    const parDimension = Object.fromEntries((await lire()).preRemplissage.map((d) => [d.dimension, d]));
    expect(parDimension.emploi).toMatchObject({
      situation: 'Au premier accueil : ni en emploi, ni en études, ni en formation. Inscrit(e) à France Travail.',
      frein: false,
    });
    expect(parDimension.formation).toMatchObject({
      situation: 'Niveau : Infra 3 (sans diplôme). Diplôme le plus élevé : Brevet des collèges.',
      frein: false,
    });
    expect(parDimension.logement).toMatchObject({ situation: 'Sans domicile.', frein: true });
    // RQTH is a fact, not an obstacle.
    expect(parDimension.sante).toMatchObject({
      situation: 'Reconnaissance de la qualité de travailleur handicapé (RQTH).',
      frein: false,
    });
    expect(parDimension.mobilite).toMatchObject({ situation: 'Permis B, sans véhicule.', frein: false });
    expect(parDimension.ressources).toMatchObject({ situation: 'Aucune ressource.', frein: true });
    expect(parDimension.citoyennete).toMatchObject({
      situation: "Pris(e) en charge par l'Aide sociale à l'enfance (ASE).",
      frein: false,
    });
    expect(parDimension.savoirs_base).toMatchObject({ situation: null, frein: false });
  });

  test('la situation en cours (table situation) est dite ; une situation terminée ne l’est pas', async () => {
    const inserer = sqlite().prepare(
      `INSERT INTO situation (jeune_id, type, sous_type, debut, fin_prevue, fin_reelle, organisme, intitule, cree_le, modifie_le)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    );
    inserer.run(jeune, 'emploi', 'cdd', '2026-02-01', '2026-07-31', null, 'Boulangerie Martin', 'Vendeuse');
    inserer.run(jeune, 'formation', 'qualifiante', '2025-09-01', '2026-06-30', null, 'AFPA Valence', null);
    inserer.run(jeune, 'immersion', 'pmsmp', '2026-01-05', '2026-01-16', '2026-01-16', 'Garage du Centre', null);
    const parDimension = Object.fromEntries((await lire()).preRemplissage.map((d) => [d.dimension, d.situation]));
    expect(parDimension.emploi).toBe('En cours : Emploi (CDD), Vendeuse, Boulangerie Martin, depuis le 01/02/2026.');
    expect(parDimension.formation).toBe('En cours : Formation (Qualifiante), AFPA Valence, depuis le 01/09/2025.');
  });

  test('le diagnostic précédent est repris : ses freins et notes, et sa situation là où le dossier ne sait rien', async () => {
    await enregistrer({
      date: '2025-06-03',
      dimensions: [
        {
          dimension: 'savoirs_base',
          situation: 'Lecture difficile',
          frein: true,
          freins: 'Illettrisme',
          note: 'Orienter vers le CRI',
        },
        { dimension: 'mobilite', situation: 'Vélo', frein: true, freins: 'Zone rurale sans bus', note: null },
      ],
      conclusion: { conclusion: 'reponse_ponctuelle', date: '2025-06-03' },
    });
    sqlite().prepare('UPDATE jeune SET permis_b = 1, vehicule = 1 WHERE id = ?').run(jeune);
    const parDimension = Object.fromEntries((await lire()).preRemplissage.map((d) => [d.dimension, d]));
    expect(parDimension.savoirs_base).toEqual({
      dimension: 'savoirs_base',
      situation: 'Lecture difficile',
      frein: true,
      freins: 'Illettrisme',
      note: 'Orienter vers le CRI',
    });
    // The file's facts replace the old sentence; the obstacle found earlier stays ticked.
    expect(parDimension.mobilite).toEqual({
      dimension: 'mobilite',
      situation: 'Permis B et véhicule.',
      frein: true,
      freins: 'Zone rurale sans bus',
      note: null,
    });
  });

  test('la lecture est tracée sur le dossier ; un dossier inconnu est refusé', async () => {
    const avant = dernierIdJournal(sqlite());
    await lire();
    expect(lignesJournal(sqlite(), avant).map((l) => [l.action, l.objet_id, l.methode])).toEqual([
      ['lecture', jeune, 'diagnostics.duJeune'],
    ]);
    const r = await b.brut('diagnostics.duJeune', { jeuneId: 9999 });
    expect(r).toMatchObject({ ok: false, error: { code: 'introuvable' } });
  });
});

describe('entretiens', () => {
  test("un nouveau diagnostic : le conseiller est l'appelant, l'entretien d'aujourd'hui devient un événement", async () => {
    const conseiller = await b.personne(['conseiller']);
    const avant = dernierIdJournal(sqlite());
    const { id } = await enregistrer(
      {
        dimensions: [
          { dimension: 'logement', situation: 'Hébergée chez une amie', frein: true, freins: 'Hébergement précaire' },
          { dimension: 'emploi', situation: 'Cherche en vente', frein: false },
          { dimension: 'mobilite', situation: 'Sans permis', frein: true },
        ],
      },
      conseiller.session,
    );
    expect(lignesJournal(sqlite(), avant).map((l) => [l.action, l.objet_id, l.utilisateur_id, l.methode])).toEqual([
      ['modification', jeune, conseiller.id, 'diagnostics.enregistrer'],
    ]);
    const [d] = (await lire()).diagnostics;
    expect(d).toMatchObject({
      id,
      jeuneId: jeune,
      conseillerId: conseiller.id,
      debut: '2026-03-10',
      entretiens: ['2026-03-10'],
      conclusion: null,
    });
    expect(d!.dimensions).toHaveLength(8);
    expect(d!.dimensions.find((x) => x.dimension === 'logement')).toEqual({
      dimension: 'logement',
      situation: 'Hébergée chez une amie',
      frein: true,
      freins: 'Hébergement précaire',
      note: null,
    });
    expect(d!.dimensions.find((x) => x.dimension === 'sante')).toEqual({
      dimension: 'sante',
      situation: null,
      frein: false,
      freins: null,
      note: null,
    });
    expect(evenements()).toEqual([
      {
        jeuneId: jeune,
        date: '2026-03-10',
        type: 'entretien_individuel',
        modalite: 'presentiel',
        themes: 'logement,mobilite',
        note: 'Entretien de diagnostic',
        auteurId: conseiller.id,
        diagnosticId: id,
      },
    ]);
    expect(sqlite().prepare('SELECT dernier_contact_date AS d FROM jeune WHERE id = ?').get(jeune)).toEqual({
      d: '2026-03-10',
    });
  });

  test('un second entretien complète le diagnostic ; réenregistrer le même jour corrige sans nouvel événement', async () => {
    const { id } = await enregistrer({
      date: '2026-02-24',
      dimensions: [{ dimension: 'emploi', situation: 'Aucune expérience', frein: true }],
    });
    await enregistrer({
      diagnosticId: id,
      date: '2026-03-03',
      dimensions: [{ dimension: 'formation', situation: 'CAP commerce envisagé', frein: false }],
    });
    await enregistrer({
      diagnosticId: id,
      date: '2026-03-03',
      dimensions: [
        { dimension: 'formation', situation: 'CAP commerce en alternance', frein: false, note: 'Salon le 15' },
      ],
    });
    const [d] = (await lire()).diagnostics;
    expect(d!.debut).toBe('2026-02-24');
    expect(d!.entretiens).toEqual(['2026-02-24', '2026-03-03']);
    expect(d!.dimensions.filter((x) => x.situation).map((x) => [x.dimension, x.situation, x.note])).toEqual([
      ['emploi', 'Aucune expérience', null],
      ['formation', 'CAP commerce en alternance', 'Salon le 15'],
    ]);
    expect(evenements().map((e) => [e.date, e.themes])).toEqual([
      ['2026-02-24', 'emploi'],
      ['2026-03-03', ''],
    ]);
    expect(sqlite().prepare('SELECT dernier_contact_date AS d FROM jeune WHERE id = ?').get(jeune)).toEqual({
      d: '2026-03-03',
    });
  });

  test('refusé sans rien écrire : un entretien dans le futur, ou avant le début du diagnostic', async () => {
    await refuse(
      { date: '2026-03-11' },
      "Entretien daté du 11/03/2026, dans le futur : un entretien s'enregistre le jour où il a lieu (ou après).",
    );
    const { id } = await enregistrer({ date: '2026-03-02' });
    await refuse(
      { diagnosticId: id, date: '2026-03-01' },
      'Entretien daté du 01/03/2026, avant le début de ce diagnostic (02/03/2026) : corrigez la date.',
    );
  });

  test('refusé : un second diagnostic alors qu’un autre est en cours ; le diagnostic d’un autre jeune', async () => {
    const { id } = await enregistrer({ date: '2026-03-02' });
    await refuse(
      {},
      "Un diagnostic est déjà en cours pour ce jeune (commencé le 02/03/2026) : poursuivez-le plutôt que d'en commencer un autre.",
    );
    await refuse({ jeuneId: autreJeune, diagnosticId: id }, /^Diagnostic introuvable/, 'introuvable');
  });

  test('refusé : une dimension saisie deux fois, une dimension inconnue', async () => {
    await refuse(
      {
        dimensions: [
          { dimension: 'logement', situation: 'A' },
          { dimension: 'logement', situation: 'B' },
        ],
      },
      'Dimension « Logement » saisie deux fois : regroupez-la en une seule ligne.',
    );
    await refuse(
      { dimensions: [{ dimension: 'loisirs' as never }] },
      /Dimension du diagnostic inconnue/,
      'entree_invalide',
    );
  });
});

describe('conclusion', () => {
  test('entrée en parcours : le type proposé est gardé et le diagnostic est clos', async () => {
    const { id, avertissements } = await enregistrer({
      date: '2026-03-02',
      conclusion: { conclusion: 'parcours', date: '2026-03-09', typeParcoursPropose: 'cej', note: 'Motivée' },
    });
    expect(avertissements).toEqual([]);
    expect((await lire()).diagnostics[0]).toMatchObject({
      id,
      conclusion: 'parcours',
      conclusionLe: '2026-03-09',
      typeParcoursPropose: 'cej',
      orientation: null,
      conclusionNote: 'Motivée',
    });
    // Closed: a new diagnostic may start.
    await enregistrer();
    expect((await lire()).diagnostics).toHaveLength(2);
  });

  test('un type historique proposé passe avec un avertissement', async () => {
    const { avertissements } = await enregistrer({
      conclusion: { conclusion: 'parcours', date: '2026-03-10', typeParcoursPropose: 'civis' },
    });
    expect(avertissements).toEqual([
      '« CIVIS » est un type historique : à réserver aux reprises de dossiers et aux saisies tardives.',
    ]);
  });

  test('refusé sans rien écrire : conclusion avant le début, dans le futur, type inconnu ou désactivé', async () => {
    const { id } = await enregistrer({ date: '2026-03-02' });
    await refuse(
      { diagnosticId: id, date: '2026-03-02', conclusion: { conclusion: 'reponse_ponctuelle', date: '2026-03-01' } },
      'Conclusion datée du 01/03/2026, avant le début du diagnostic (02/03/2026) : corrigez la date de conclusion.',
    );
    await refuse(
      { diagnosticId: id, date: '2026-03-02', conclusion: { conclusion: 'reponse_ponctuelle', date: '2026-03-11' } },
      'Conclusion datée du 11/03/2026, dans le futur : concluez le jour où la décision est prise.',
    );
    await refuse(
      {
        diagnosticId: id,
        date: '2026-03-02',
        conclusion: { conclusion: 'parcours', date: '2026-03-10', typeParcoursPropose: 'tremplin_plus' },
      },
      'Type de parcours « tremplin_plus » inconnu : choisissez un type de la liste.',
    );
    await b.appeler('typesParcours.enregistrer', { code: 'civis', libelle: 'CIVIS', dureeMaxMois: 24, actif: false });
    await refuse(
      {
        diagnosticId: id,
        date: '2026-03-02',
        conclusion: { conclusion: 'parcours', date: '2026-03-10', typeParcoursPropose: 'civis' },
      },
      "Le type « CIVIS » n'est plus proposé (désactivé par l'administrateur) : choisissez un autre type.",
    );
    await refuse(
      { diagnosticId: id, date: '2026-03-02', conclusion: { conclusion: 'parcours', date: '2026-03-10' } },
      /Conclusion « parcours » : choisissez le type de parcours proposé\./,
      'entree_invalide',
    );
    await refuse(
      { diagnosticId: id, date: '2026-03-02', conclusion: { conclusion: 'orientation', date: '2026-03-10' } },
      /Conclusion « orientation » : choisissez le partenaire dans l’annuaire et le motif\./,
      'entree_invalide',
    );
  });

  test('un diagnostic conclu se corrige sur la date d’un de ses entretiens, mais ne reçoit plus de nouvel entretien', async () => {
    const { id } = await enregistrer({
      date: '2026-03-02',
      dimensions: [{ dimension: 'emploi', situation: 'Vente', frein: false }],
      conclusion: { conclusion: 'parcours', date: '2026-03-02', typeParcoursPropose: 'pacea' },
    });
    await refuse(
      { diagnosticId: id, date: '2026-03-10' },
      "Ce diagnostic est conclu depuis le 02/03/2026 : pour un nouvel entretien, commencez un nouveau diagnostic (il reprendra celui-ci). Pour corriger, gardez la date d'un de ses entretiens.",
    );
    await enregistrer({
      diagnosticId: id,
      date: '2026-03-02',
      dimensions: [{ dimension: 'emploi', situation: 'Vente en boulangerie', frein: false }],
      conclusion: { conclusion: 'parcours', date: '2026-03-02', typeParcoursPropose: 'cej' },
    });
    const [d] = (await lire()).diagnostics;
    expect(d).toMatchObject({ typeParcoursPropose: 'cej', entretiens: ['2026-03-02'] });
    expect(d!.dimensions[0]!.situation).toBe('Vente en boulangerie');
    // A correction without a conclusion keeps the one recorded.
    await enregistrer({ diagnosticId: id, date: '2026-03-02', dimensions: [] });
    expect((await lire()).diagnostics[0]).toMatchObject({ conclusion: 'parcours', typeParcoursPropose: 'cej' });
    expect(evenements()).toHaveLength(1);
  });
});

describe('conclusion « orientation » : l’orientation vers un partenaire de l’annuaire', () => {
  let cmp: number;
  let consultation: number;
  let adil: number;

  beforeEach(() => {
    cmp = insererPartenaire(b, 'CMP de Romans', { type: 'sante' });
    consultation = insererService(b, cmp, 'Consultation jeunes adultes');
    adil = insererPartenaire(b, 'ADIL de la Drôme', { type: 'logement' });
  });

  function consentement(date: string | null) {
    sqlite().prepare('UPDATE jeune SET consentement_transmission_le = ? WHERE id = ?').run(date, jeune);
  }

  function orientations() {
    return sqlite()
      .prepare(
        `SELECT id, partenaire_id AS partenaireId, service_id AS serviceId, date, motif,
                transmission_diagnostic AS transmission, diagnostic_id AS diagnosticId, origine, statut
         FROM orientation ORDER BY id`,
      )
      .all() as Record<string, unknown>[];
  }

  const versLeCmp = (autres: Record<string, unknown> = {}) => ({
    conclusion: 'orientation' as const,
    date: '2026-03-09',
    orientation: { partenaireId: cmp, serviceId: consultation, motif: 'Suivi psychologique', ...autres },
  });

  async function noterSuite(
    statut: 'acceptee' | 'refusee' | 'sans_suite',
    motifRefus: string | null = null,
    retourLe?: string,
  ) {
    const [o] = await b.appeler('orientations.duJeune', { jeuneId: jeune });
    await b.appeler('orientations.enregistrerRetour', {
      id: o!.id,
      statut,
      motifRefus,
      retourLe,
      modifieLeLu: o!.modifieLe,
    });
  }

  test('l’orientation est faite à la date de conclusion, liée au diagnostic, et le diagnostic la montre', async () => {
    const { id } = await enregistrer({ date: '2026-03-02', conclusion: versLeCmp() });
    expect(orientations()).toEqual([
      {
        id: expect.any(Number),
        partenaireId: cmp,
        serviceId: consultation,
        date: '2026-03-09',
        motif: 'Suivi psychologique',
        transmission: 0,
        // Not transmitted, but the diagnostic that concluded on it is named.
        diagnosticId: id,
        origine: 'diagnostic',
        statut: 'proposee',
      },
    ]);
    expect((await lire()).diagnostics[0]).toMatchObject({
      id,
      conclusion: 'orientation',
      typeParcoursPropose: null,
      orientation: {
        id: orientations()[0]!.id,
        partenaireId: cmp,
        partenaireNom: 'CMP de Romans',
        serviceNom: 'Consultation jeunes adultes',
        motif: 'Suivi psychologique',
        transmissionDiagnostic: false,
        statut: 'proposee',
      },
    });
  });

  test('transmission du diagnostic : refusée sans consentement (rien n’est écrit), acceptée avec', async () => {
    await refuse(
      { date: '2026-03-02', conclusion: versLeCmp({ transmissionDiagnostic: true }) },
      "Transmission du diagnostic : le consentement du jeune n'est pas enregistré. Enregistrez d'abord la date de son consentement dans la Fiche, ou décochez la transmission.",
    );
    consentement('2026-03-10');
    await refuse(
      { date: '2026-03-02', conclusion: versLeCmp({ transmissionDiagnostic: true }) },
      "Transmission du diagnostic : le consentement du jeune est daté du 10/03/2026, après l'orientation du 09/03/2026. Vérifiez la date du consentement dans la Fiche, ou décochez la transmission.",
    );
    consentement('2026-03-02');
    const { id } = await enregistrer({ date: '2026-03-02', conclusion: versLeCmp({ transmissionDiagnostic: true }) });
    expect(orientations()).toMatchObject([{ transmission: 1, diagnosticId: id }]);
    expect((await lire()).diagnostics[0]!.orientation).toMatchObject({ transmissionDiagnostic: true });
  });

  test('refusé sans rien écrire : partenaire inactif, service d’un autre partenaire', async () => {
    const ferme = insererPartenaire(b, 'Foyer fermé', { actif: false });
    await refuse(
      {
        date: '2026-03-02',
        conclusion: { ...versLeCmp(), orientation: { partenaireId: ferme, motif: 'Hébergement' } },
      },
      "« Foyer fermé » est marqué inactif dans l'annuaire : choisissez un partenaire actif, ou réactivez sa fiche.",
    );
    await refuse(
      {
        date: '2026-03-02',
        conclusion: { ...versLeCmp(), orientation: { partenaireId: adil, serviceId: consultation, motif: 'x' } },
      },
      "Ce service n'est pas un service de « ADIL de la Drôme » : choisissez un de ses services, ou laissez le service vide.",
    );
    const r = await b.brut('diagnostics.enregistrer', {
      jeuneId: jeune,
      date: '2026-03-02',
      dimensions: [],
      conclusion: { ...versLeCmp(), orientation: { partenaireId: ferme, motif: 'Hébergement' } },
    });
    expect(r).toMatchObject({ ok: false, error: { champs: [{ champ: 'conclusion.orientation.partenaireId' }] } });
  });

  test('corrigé avant toute suite : partenaire, service, motif, transmission et date suivent ; même orientation', async () => {
    consentement('2026-01-05');
    const { id } = await enregistrer({ date: '2026-03-02', conclusion: versLeCmp() });
    const [{ id: orientationId }] = orientations() as [{ id: number }];
    await enregistrer({
      diagnosticId: id,
      date: '2026-03-02',
      conclusion: {
        conclusion: 'orientation',
        date: '2026-03-10',
        orientation: { partenaireId: adil, motif: 'Recherche de logement', transmissionDiagnostic: true },
      },
    });
    expect(orientations()).toEqual([
      {
        id: orientationId,
        partenaireId: adil,
        serviceId: null,
        date: '2026-03-10',
        motif: 'Recherche de logement',
        transmission: 1,
        diagnosticId: id,
        origine: 'diagnostic',
        statut: 'proposee',
      },
    ]);
  });

  test('une fois la suite notée, le partenaire ne change plus ; le motif se corrige encore', async () => {
    const { id } = await enregistrer({ date: '2026-03-02', conclusion: versLeCmp() });
    await noterSuite('acceptee');
    await refuse(
      {
        diagnosticId: id,
        date: '2026-03-02',
        conclusion: { ...versLeCmp(), orientation: { partenaireId: adil, motif: 'x' } },
      },
      "L'orientation de ce diagnostic a déjà une suite (acceptée le 10/03/2026) : elle ne change plus de partenaire ni de service. Pour orienter ailleurs, créez une nouvelle orientation depuis le dossier.",
    );
    await enregistrer({ diagnosticId: id, date: '2026-03-02', conclusion: versLeCmp({ motif: 'Suivi au CMP' }) });
    expect(orientations()).toMatchObject([{ partenaireId: cmp, motif: 'Suivi au CMP', statut: 'acceptee' }]);
  });

  test('la conclusion ne passe pas après la suite déjà notée', async () => {
    const { id } = await enregistrer({ date: '2026-03-02', conclusion: versLeCmp() });
    await noterSuite('sans_suite', null, '2026-03-09');
    await refuse(
      { diagnosticId: id, date: '2026-03-02', conclusion: { ...versLeCmp(), date: '2026-03-10' } },
      "L'orientation de ce diagnostic a une suite (sans suite le 09/03/2026) antérieure à la conclusion du 10/03/2026 : gardez la date de conclusion, ou corrigez d'abord la suite de l'orientation.",
    );
  });

  test('conclure autrement : l’orientation sans suite est retirée ; celle qui a une suite garde la conclusion', async () => {
    const { id } = await enregistrer({ date: '2026-03-02', conclusion: versLeCmp() });
    const autrement = {
      diagnosticId: id,
      date: '2026-03-02',
      conclusion: { conclusion: 'parcours' as const, date: '2026-03-09', typeParcoursPropose: 'cej' },
    };
    await enregistrer(autrement);
    expect(orientations()).toEqual([]);
    expect((await lire()).diagnostics[0]).toMatchObject({ conclusion: 'parcours', orientation: null });

    await enregistrer({ diagnosticId: id, date: '2026-03-02', conclusion: versLeCmp() });
    await noterSuite('refusee', 'Liste d’attente de six mois');
    await refuse(
      autrement,
      "L'orientation de ce diagnostic a déjà une suite (refusée le 10/03/2026) : la conclusion reste « orientation ». Pour une autre suite, commencez un nouveau diagnostic.",
    );
    expect((await lire()).diagnostics[0]).toMatchObject({
      conclusion: 'orientation',
      orientation: { statut: 'refusee' },
    });
  });
});
