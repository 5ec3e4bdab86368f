import { beforeEach, describe, expect, test } from 'vitest';
import type { InputOf, Contract } from '../../src-main/contract';
import { banc, installer, type Banc } from '../aide';
import { dernierIdJournal, instantane, lignesJournal } from '../fixtures/journal';

/**
 * Contractualised parcours (issue 4, DOMAIN.md "Parcours contractualisé", docs/regles-parcours.md):
 * types, dates, séquences, exits, CEJ hours, and the warnings. "Today" is 10/03/2026 in Paris.
 */

let b: Banc;
let jeune: number;
let autreJeune: number;
let claire: number;
let karim: number;
let accueil: number;

const sqlite = () => b.app.base.sqlite;
const TABLES = ['parcours', 'sequence', 'parcours_heures', 'journal_acces'];

/** Every row of every table a parcours call may write: a refused call leaves it as it was. */
function etat(): string {
  return TABLES.map((t) => instantane(sqlite(), t)).join('\n');
}

type Ouverture = InputOf<Contract, 'parcours.ouvrir'>;

function cej(autres: Partial<Ouverture> = {}): Ouverture {
  return {
    jeuneId: jeune,
    typeCode: 'cej',
    signatureDate: '2026-02-02',
    debut: '2026-02-02',
    finPrevue: '2027-02-01',
    referentId: claire,
    objectifs: 'Trouver un contrat en alternance',
    sequences: [{ type: 'orientation', debut: '2026-02-02', fin: null }],
    ...autres,
  };
}

async function ouvrir(autres: Partial<Ouverture> = {}) {
  return b.appeler('parcours.ouvrir', cej(autres));
}

/** Refused: the French message and the field, and nothing written, not even a trail entry. */
async function refuse(methode: string, entree: unknown, message: string | RegExp, code = 'regle_metier') {
  const avant = etat();
  const r = await b.brut(methode, entree);
  if (r.ok) throw new Error(`${methode} aurait dû être refusé`);
  expect(r.error.code).toBe(code);
  if (typeof message === 'string') expect(r.error.message).toBe(message);
  else expect(r.error.message).toMatch(message);
  expect(etat()).toBe(avant);
  return r.error;
}

async function lire(jeuneId = jeune) {
  return b.appeler('parcours.duJeune', { jeuneId });
}

async function lireUn(id: number) {
  return (await lire()).find((p) => p.id === id)!;
}

beforeEach(async () => {
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  const lieux = await installer(b);
  [claire, karim] = lieux.conseillers as [number, number];
  accueil = lieux.accueil;
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

describe('types de parcours', () => {
  test('le référentiel est livré avec les types en vigueur et historiques, et leur durée maximale', async () => {
    const types = await b.appeler('typesParcours.lister', {});
    expect(types.map((t) => [t.code, t.dureeMaxMois, t.historique])).toEqual([
      ['contrat_engagement', 24, false],
      ['cej', 12, false],
      ['pacea', 24, false],
      ['garantie_jeunes', 18, true],
      ['civis', 24, true],
    ]);
    expect(types.find((t) => t.code === 'cej')).toMatchObject({ heuresHebdoMin: 15, heuresHebdoMax: 20, actif: true });
  });

  test("l'administrateur ajoute un type et en change un ; les autres profils ne le peuvent pas", async () => {
    await b.appeler('typesParcours.enregistrer', {
      code: 'avenir_pro',
      libelle: 'Parcours Avenir Pro',
      dureeMaxMois: 6,
      ordre: 9,
    });
    await b.appeler('typesParcours.enregistrer', {
      code: 'cej',
      libelle: "Contrat d'engagement jeune (CEJ)",
      dureeMaxMois: 18,
      heuresHebdoMin: 15,
      heuresHebdoMax: 20,
      ordre: 2,
    });
    const types = await b.appeler('typesParcours.lister', {});
    expect(types.at(-1)).toMatchObject({ code: 'avenir_pro', dureeMaxMois: 6, heuresHebdoMin: null, actif: true });
    expect(types.find((t) => t.code === 'cej')?.dureeMaxMois).toBe(18);

    const conseiller = await b.personne(['conseiller', 'direction']);
    const r = await b.brut(
      'typesParcours.enregistrer',
      { code: 'pacea', libelle: 'PACEA', dureeMaxMois: 36 },
      conseiller.session,
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
    expect((await b.appeler('typesParcours.lister', {})).find((t) => t.code === 'pacea')?.dureeMaxMois).toBe(24);
  });

  test('des heures attendues incohérentes sont refusées à la saisie', async () => {
    const err = await refuse(
      'typesParcours.enregistrer',
      { code: 'cej', libelle: 'CEJ', dureeMaxMois: 12, heuresHebdoMin: 20, heuresHebdoMax: 15 },
      /Heures attendues : le minimum dépasse le maximum/,
      'entree_invalide',
    );
    expect(err.champs).toEqual([expect.objectContaining({ champ: 'heuresHebdoMax' })]);
  });
});

describe('ouvrir un parcours', () => {
  test('un CEJ avec deux séquences : relu avec son type, son référent, ses séquences dans l’ordre', async () => {
    const { id, avertissements } = await ouvrir({
      finPrevue: '2026-12-31',
      sequences: [
        { type: 'orientation', debut: '2026-02-02', fin: '2026-03-01' },
        { type: 'accompagnement', debut: '2026-03-02', fin: null },
      ],
    });
    expect(avertissements).toEqual(["Heures d'activité non déclarées : 02/2026."]);
    const [p] = await lire();
    expect(p).toMatchObject({
      id,
      jeuneId: jeune,
      typeCode: 'cej',
      typeLibelle: "Contrat d'engagement jeune (CEJ)",
      signatureDate: '2026-02-02',
      debut: '2026-02-02',
      finPrevue: '2026-12-31',
      finReelle: null,
      referentId: claire,
      referentNom: 'Claire Fabre',
      objectifs: 'Trouver un contrat en alternance',
      motifSortie: null,
      diagnosticId: null,
      heures: [],
    });
    expect(p!.sequences.map((s) => [s.ordre, s.type, s.debut, s.fin])).toEqual([
      [1, 'orientation', '2026-02-02', '2026-03-01'],
      [2, 'accompagnement', '2026-03-02', null],
    ]);
  });

  test('la lecture et l’ouverture laissent chacune une trace sur le dossier, sans autre donnée', async () => {
    const avant = dernierIdJournal(sqlite());
    await ouvrir();
    await lire();
    expect(lignesJournal(sqlite(), avant).map((l) => [l.action, l.objet_type, l.objet_id, l.methode])).toEqual([
      ['modification', 'jeune', jeune, 'parcours.ouvrir'],
      ['lecture', 'jeune', jeune, 'parcours.duJeune'],
    ]);
  });

  test('un contrat pas encore signé s’ouvre sans date de signature', async () => {
    const { id } = await ouvrir({ signatureDate: null });
    expect((await lireUn(id)).signatureDate).toBeNull();
  });

  test('un début à venir est permis (contrat préparé), la signature précède ou suit le début', async () => {
    await ouvrir({ signatureDate: '2026-03-10', debut: '2026-03-16', finPrevue: '2027-03-15', sequences: [] });
    await ouvrir({
      typeCode: 'pacea',
      signatureDate: '2026-03-05',
      debut: '2026-02-20',
      finPrevue: '2027-02-19',
      sequences: [],
    });
    expect((await lire()).map((p) => p.typeCode)).toEqual(['cej', 'pacea']);
  });

  test('un type historique reste enregistrable, avec un avertissement', async () => {
    const { avertissements } = await ouvrir({
      typeCode: 'garantie_jeunes',
      debut: '2016-01-04',
      finPrevue: '2017-01-03',
      signatureDate: '2016-01-04',
      sequences: [],
    });
    expect(avertissements).toContain(
      '« Garantie jeunes » est un type historique : à réserver aux reprises de dossiers et aux saisies tardives.',
    );
  });

  test('le parcours se rattache au diagnostic qui l’a proposé', async () => {
    const diag = await b.appeler('diagnostics.enregistrer', {
      jeuneId: jeune,
      date: '2026-01-20',
      dimensions: [],
      conclusion: { conclusion: 'parcours', date: '2026-01-27', typeParcoursPropose: 'cej' },
    });
    const { id } = await ouvrir({ diagnosticId: diag.id });
    expect((await lireUn(id)).diagnosticId).toBe(diag.id);
  });
});

describe('ouvrir : ce qui est refusé, sans rien écrire', () => {
  test('un jeune inconnu', async () => {
    await refuse('parcours.ouvrir', cej({ jeuneId: 9999 }), /^Dossier jeune introuvable/, 'introuvable');
  });

  test('un type inconnu ou désactivé', async () => {
    await refuse(
      'parcours.ouvrir',
      cej({ typeCode: 'tremplin_plus' }),
      'Type de parcours « tremplin_plus » inconnu : choisissez un type de la liste.',
    );
    await b.appeler('typesParcours.enregistrer', {
      code: 'civis',
      libelle: 'CIVIS',
      dureeMaxMois: 24,
      historique: true,
      actif: false,
    });
    await refuse(
      'parcours.ouvrir',
      cej({ typeCode: 'civis' }),
      "Le type « CIVIS » n'est plus proposé (désactivé par l'administrateur) : choisissez un autre type.",
    );
  });

  test('une fin prévue qui ne suit pas le début', async () => {
    const err = await refuse(
      'parcours.ouvrir',
      cej({ finPrevue: '2026-02-02' }),
      "La fin prévue (02/02/2026) doit suivre le début du parcours (02/02/2026) : corrigez l'une des deux dates.",
    );
    expect(err.champs).toEqual([expect.objectContaining({ champ: 'finPrevue' })]);
  });

  test('une signature dans le futur, ou après la fin du parcours', async () => {
    await refuse(
      'parcours.ouvrir',
      cej({ signatureDate: '2026-03-11' }),
      'Date de signature (11/03/2026) dans le futur : saisissez-la une fois le contrat signé, ou laissez-la vide (contrat à signer).',
    );
    await refuse(
      'parcours.ouvrir',
      cej({ debut: '2025-01-06', finPrevue: '2025-06-30', signatureDate: '2025-07-01', sequences: [] }),
      'Signature le 01/07/2025, après la fin prévue du parcours (30/06/2025) : vérifiez la date de signature.',
    );
  });

  test('un référent qui n’est pas un conseiller actif', async () => {
    await refuse(
      'parcours.ouvrir',
      cej({ referentId: accueil }),
      'Référent : choisissez un conseiller actif de la structure.',
    );
    sqlite().prepare('UPDATE utilisateur SET actif = 0 WHERE id = ?').run(karim);
    await refuse(
      'parcours.ouvrir',
      cej({ referentId: karim }),
      'Référent : choisissez un conseiller actif de la structure.',
    );
  });

  test.each([
    [
      'une séquence qui commence avant le parcours',
      [{ type: 'orientation', debut: '2026-02-01', fin: null }],
      'Séquence 1 (Orientation et consolidation de projet) : elle commence le 01/02/2026, avant le début du parcours (02/02/2026) ; corrigez sa date de début.',
    ],
    [
      'une séquence qui finit après la fin prévue',
      [{ type: 'accompagnement', debut: '2026-02-02', fin: '2027-02-02' }],
      "Séquence 1 (Accompagnement vers l'emploi et/ou la formation) : elle se termine le 02/02/2027, après la fin prévue du parcours (01/02/2027) ; corrigez la séquence ou les dates du parcours.",
    ],
    [
      'une séquence qui commence après la fin prévue',
      [{ type: 'suivi_emploi', debut: '2027-03-01', fin: null }],
      "Séquence 1 (Suivi dans l'emploi) : elle commence le 01/03/2027, après la fin prévue du parcours (01/02/2027) ; corrigez la séquence ou les dates du parcours.",
    ],
    [
      'une séquence qui finit avant de commencer',
      [{ type: 'orientation', debut: '2026-03-01', fin: '2026-02-20' }],
      'Séquence 1 (Orientation et consolidation de projet) : sa fin (20/02/2026) précède son début (01/03/2026) ; corrigez ses dates.',
    ],
    [
      'deux séquences qui se chevauchent',
      [
        { type: 'orientation', debut: '2026-02-02', fin: '2026-04-30' },
        { type: 'accompagnement', debut: '2026-04-15', fin: null },
      ],
      "Séquence 2 (Accompagnement vers l'emploi et/ou la formation) : elle commence le 15/04/2026, avant la fin de la séquence 1 (30/04/2026) ; les séquences se suivent sans se chevaucher.",
    ],
    [
      'des séquences dans le désordre',
      [
        { type: 'accompagnement', debut: '2026-05-01', fin: '2026-06-30' },
        { type: 'orientation', debut: '2026-02-02', fin: '2026-04-30' },
      ],
      "Séquence 2 (Orientation et consolidation de projet) : elle commence le 02/02/2026, avant la séquence 1 (01/05/2026) ; rangez les séquences dans l'ordre.",
    ],
    [
      'une séquence ouverte suivie d’une autre',
      [
        { type: 'orientation', debut: '2026-02-02', fin: null },
        { type: 'accompagnement', debut: '2026-05-01', fin: null },
      ],
      "Séquence 1 (Orientation et consolidation de projet) : sans date de fin alors qu'une autre séquence la suit ; indiquez sa date de fin.",
    ],
  ] as const)('%s', async (_cas, sequences, message) => {
    await refuse('parcours.ouvrir', cej({ sequences: [...sequences] }), message);
  });

  test('deux séquences qui se passent le relais le même jour sont permises', async () => {
    const { id } = await ouvrir({
      sequences: [
        { type: 'orientation', debut: '2026-02-02', fin: '2026-03-02' },
        { type: 'accompagnement', debut: '2026-03-02', fin: null },
      ],
    });
    expect((await lireUn(id)).sequences).toHaveLength(2);
  });

  test('un type de séquence inconnu est refusé à la saisie', async () => {
    await refuse(
      'parcours.ouvrir',
      cej({ sequences: [{ type: 'bilan' as never, debut: '2026-02-02', fin: null }] }),
      /Séquence : choisissez un type de la liste/,
      'entree_invalide',
    );
  });

  test('deux parcours ouverts du même type : le second est refusé ; un autre type reste possible', async () => {
    await ouvrir();
    await refuse(
      'parcours.ouvrir',
      cej({ debut: '2026-03-01', finPrevue: '2027-02-28', signatureDate: '2026-03-01', sequences: [] }),
      "Un parcours « Contrat d'engagement jeune (CEJ) » est déjà ouvert pour ce jeune depuis le 02/02/2026 : enregistrez sa sortie avant d'en ouvrir un autre, ou modifiez-le.",
    );
    await ouvrir({ typeCode: 'pacea', sequences: [] });
    // The rule is per jeune: another jeune opens a CEJ the same day.
    await ouvrir({ jeuneId: autreJeune });
    expect((await lire()).map((p) => p.typeCode).sort()).toEqual(['cej', 'pacea']);
  });

  test('un parcours du même type qui chevaucherait un parcours terminé est refusé ; à la suite, il passe', async () => {
    const { id } = await ouvrir({
      debut: '2025-01-06',
      finPrevue: '2025-12-31',
      signatureDate: '2025-01-06',
      sequences: [],
    });
    await b.appeler('parcours.sortir', { id, date: '2025-09-30', motif: 'abandon' });
    await refuse(
      'parcours.ouvrir',
      cej({ debut: '2025-09-01', finPrevue: '2026-08-31', signatureDate: '2025-09-01', sequences: [] }),
      "Ce jeune a déjà un parcours « Contrat d'engagement jeune (CEJ) » du 06/01/2025 au 30/09/2025 : un seul parcours d'un même type à la fois ; corrigez les dates.",
    );
    await ouvrir({ debut: '2025-09-30', finPrevue: '2026-09-29', signatureDate: '2025-09-30', sequences: [] });
    expect(await lire()).toHaveLength(2);
  });

  test('un diagnostic d’un autre jeune', async () => {
    const diag = await b.appeler('diagnostics.enregistrer', { jeuneId: autreJeune, dimensions: [] });
    await refuse(
      'parcours.ouvrir',
      cej({ diagnosticId: diag.id }),
      "Ce diagnostic est celui d'un autre jeune : rattachez le parcours à un diagnostic de ce jeune.",
    );
  });

  test("l'accueil n'ouvre pas de parcours (réservé aux conseillers et à la direction)", async () => {
    const avant = instantane(sqlite(), 'parcours');
    const r = await b.brut('parcours.ouvrir', cej(), b.sessionDe(accueil));
    expect(r).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
    expect(instantane(sqlite(), 'parcours')).toBe(avant);
  });
});

describe('avertissements', () => {
  test('durée prévue au-delà du maximum du type', async () => {
    const { id, avertissements } = await ouvrir({
      debut: '2026-01-01',
      finPrevue: '2027-03-01',
      signatureDate: '2026-01-01',
      sequences: [],
    });
    const message = 'Durée prévue 14 mois : au-delà des 12 mois du CEJ. Vérifiez la fin prévue.';
    expect(avertissements).toContain(message);
    expect((await lireUn(id)).avertissements).toContain(message);
  });

  test('une durée égale au maximum ne déclenche rien', async () => {
    const { avertissements } = await ouvrir({
      typeCode: 'pacea',
      debut: '2026-01-01',
      finPrevue: '2028-01-01',
      signatureDate: '2026-01-01',
      sequences: [],
    });
    expect(avertissements).toEqual([]);
    const { avertissements: au } = await ouvrir({
      typeCode: 'contrat_engagement',
      debut: '2026-01-01',
      finPrevue: '2028-01-02',
      signatureDate: '2026-01-01',
      sequences: [],
    });
    expect(au).toEqual([
      "Durée prévue 25 mois : au-delà des 24 mois du type « Contrat d'engagement (loi plein emploi) ». Vérifiez la fin prévue.",
    ]);
  });

  test("séquence d'orientation : prévenu dans les 15 jours avant 4 mois, signalé au-delà", async () => {
    const pacea = (debut: string) =>
      ouvrir({
        jeuneId: autreJeune,
        typeCode: 'pacea',
        debut,
        signatureDate: debut,
        finPrevue: '2027-06-30',
        sequences: [{ type: 'orientation', debut, fin: null }],
      });
    // 4 months from 20/11/2025 = 20/03/2026: 10 days left.
    expect(
      (
        await ouvrir({
          typeCode: 'pacea',
          debut: '2025-11-20',
          signatureDate: '2025-11-20',
          finPrevue: '2027-06-30',
          sequences: [{ type: 'orientation', debut: '2025-11-20', fin: null }],
        })
      ).avertissements,
    ).toEqual([
      "Séquence d'orientation commencée le 20/11/2025 : 4 mois atteints le 20/03/2026 (dans 10 jours) ; préparez la séquence suivante.",
    ]);
    // From 01/11/2025: past since 01/03/2026.
    await pacea('2025-11-01');
    expect((await lire(autreJeune))[0]!.avertissements).toEqual([
      "Séquence d'orientation commencée le 01/11/2025 : 4 mois dépassés depuis le 01/03/2026 ; passez à la séquence suivante.",
    ]);
  });

  test("séquence d'orientation : rien à plus de 15 jours ; une séquence close au-delà de 4 mois reste signalée", async () => {
    expect(
      (
        await ouvrir({
          typeCode: 'pacea',
          debut: '2025-12-01',
          signatureDate: '2025-12-01',
          finPrevue: '2027-06-30',
          sequences: [{ type: 'orientation', debut: '2025-12-01', fin: null }],
        })
      ).avertissements,
    ).toEqual([]);
    const { avertissements } = await ouvrir({
      typeCode: 'contrat_engagement',
      debut: '2025-06-02',
      signatureDate: '2025-06-02',
      finPrevue: '2027-06-01',
      sequences: [
        { type: 'orientation', debut: '2025-06-02', fin: '2025-10-15' },
        { type: 'accompagnement', debut: '2025-10-15', fin: null },
      ],
    });
    expect(avertissements).toEqual([
      "Séquence d'orientation du 02/06/2025 au 15/10/2025 : au-delà des 4 mois (limite le 02/10/2025).",
    ]);
  });

  test('fin prévue proche ou dépassée d’un parcours ouvert', async () => {
    const proche = await ouvrir({
      typeCode: 'pacea',
      debut: '2025-04-01',
      signatureDate: '2025-04-01',
      finPrevue: '2026-03-31',
      sequences: [],
    });
    expect(proche.avertissements).toEqual([
      'Fin prévue le 31/03/2026 (dans 21 jours) : préparez la sortie ou la prolongation.',
    ]);
    const depassee = await ouvrir({
      debut: '2025-03-01',
      signatureDate: '2025-03-01',
      finPrevue: '2026-02-28',
      sequences: [],
    });
    expect(depassee.avertissements).toContain(
      'Fin prévue le 28/02/2026, dépassée : enregistrez la sortie ou prolongez le parcours.',
    );
  });
});

describe('heures d’activité du CEJ', () => {
  let id: number;
  beforeEach(async () => {
    id = (await ouvrir({ debut: '2025-12-15', signatureDate: '2025-12-15', finPrevue: '2026-12-14', sequences: [] }))
      .id;
  });

  test('les mois écoulés sans déclaration et les déclarations hors de 15 à 20 h sont signalés', async () => {
    const r = await b.appeler('parcours.declarerHeures', { parcoursId: id, mois: '2026-01', heuresHebdo: 12.5 });
    expect(r.avertissements).toEqual([
      "Heures d'activité non déclarées : 12/2025, 02/2026.",
      "Heures d'activité hors de l'objectif de 15 à 20 h par semaine : 01/2026 (12,5 h).",
    ]);
    await b.appeler('parcours.declarerHeures', { parcoursId: id, mois: '2025-12', heuresHebdo: 15 });
    await b.appeler('parcours.declarerHeures', { parcoursId: id, mois: '2026-02', heuresHebdo: 20 });
    // The current month is declared at its end: not missing yet, accepted already.
    await b.appeler('parcours.declarerHeures', { parcoursId: id, mois: '2026-03', heuresHebdo: 18 });
    const p = await lireUn(id);
    expect(p.heures).toEqual([
      { mois: '2025-12', heuresHebdo: 15 },
      { mois: '2026-01', heuresHebdo: 12.5 },
      { mois: '2026-02', heuresHebdo: 20 },
      { mois: '2026-03', heuresHebdo: 18 },
    ]);
    expect(p.avertissements).toEqual([
      "Heures d'activité hors de l'objectif de 15 à 20 h par semaine : 01/2026 (12,5 h).",
    ]);
  });

  test('déclarer deux fois le même mois remplace la déclaration (une ligne)', async () => {
    await b.appeler('parcours.declarerHeures', { parcoursId: id, mois: '2026-01', heuresHebdo: 12 });
    const avant = dernierIdJournal(sqlite());
    await b.appeler('parcours.declarerHeures', { parcoursId: id, mois: '2026-01', heuresHebdo: 16 });
    expect(lignesJournal(sqlite(), avant).map((l) => [l.action, l.objet_id, l.methode])).toEqual([
      ['modification', jeune, 'parcours.declarerHeures'],
    ]);
    expect((await lireUn(id)).heures).toEqual([{ mois: '2026-01', heuresHebdo: 16 }]);
  });

  test('refusé, sans rien écrire : un parcours sans objectif d’heures, un mois hors du parcours ou à venir', async () => {
    const pacea = await ouvrir({ typeCode: 'pacea', sequences: [] });
    await refuse(
      'parcours.declarerHeures',
      { parcoursId: pacea.id, mois: '2026-02', heuresHebdo: 15 },
      "Les heures d'activité se déclarent pour les parcours qui en fixent un objectif (CEJ) : « PACEA » n'en prévoit pas.",
    );
    await refuse(
      'parcours.declarerHeures',
      { parcoursId: id, mois: '2025-11', heuresHebdo: 15 },
      '11/2025 est en dehors du parcours (12/2025 à 12/2026) : choisissez un mois du parcours.',
    );
    await refuse(
      'parcours.declarerHeures',
      { parcoursId: id, mois: '2026-04', heuresHebdo: 15 },
      "04/2026 n'a pas encore commencé : déclarez les heures d'un mois passé ou en cours.",
    );
    await refuse(
      'parcours.declarerHeures',
      { parcoursId: id, mois: '2026-13', heuresHebdo: 15 },
      /Mois : au format MM\/AAAA/,
      'entree_invalide',
    );
    await refuse(
      'parcours.declarerHeures',
      { parcoursId: id, mois: '2026-02', heuresHebdo: 61 },
      /Heures hebdomadaires : 60 au plus/,
      'entree_invalide',
    );
  });

  test('après la sortie, les mois au-delà ne sont plus attendus', async () => {
    await b.appeler('parcours.declarerHeures', { parcoursId: id, mois: '2025-12', heuresHebdo: 15 });
    const r = await b.appeler('parcours.sortir', { id, date: '2026-01-20', motif: 'alternance' });
    expect(r.avertissements).toEqual(["Heures d'activité non déclarées : 01/2026."]);
    await refuse(
      'parcours.declarerHeures',
      { parcoursId: id, mois: '2026-02', heuresHebdo: 15 },
      '02/2026 est en dehors du parcours (12/2025 à 01/2026) : choisissez un mois du parcours.',
    );
  });
});

describe('modifier un parcours', () => {
  let id: number;
  const base = () => ({ ...cej(), id }) as InputOf<Contract, 'parcours.modifier'>;

  beforeEach(async () => {
    id = (
      await ouvrir({
        sequences: [
          { type: 'orientation', debut: '2026-02-02', fin: '2026-02-27' },
          { type: 'accompagnement', debut: '2026-03-02', fin: null },
        ],
      })
    ).id;
  });

  function lignesSequences() {
    return sqlite()
      .prepare(
        'SELECT id, ordre, type, debut, fin, modifie_le AS modifieLe FROM sequence WHERE parcours_id = ? ORDER BY ordre',
      )
      .all(id) as { id: number; ordre: number; type: string; debut: string; fin: string | null; modifieLe: string }[];
  }

  test('une séquence garde sa ligne tant que sa place est gardée ; une ligne inchangée n’est pas réécrite', async () => {
    const avant = lignesSequences();
    b.horloge.avancer(60);
    await b.appeler('parcours.modifier', {
      ...base(),
      objectifs: 'Entrer en apprentissage en septembre',
      sequences: [
        { type: 'orientation', debut: '2026-02-02', fin: '2026-02-27' },
        { type: 'accompagnement', debut: '2026-03-02', fin: '2026-03-09' },
        { type: 'suivi_emploi', debut: '2026-03-09', fin: null },
      ],
    });
    const apres = lignesSequences();
    expect(apres.map((s) => s.id).slice(0, 2)).toEqual(avant.map((s) => s.id));
    expect(apres[0]!.modifieLe).toBe(avant[0]!.modifieLe);
    expect(apres[1]!.modifieLe).not.toBe(avant[1]!.modifieLe);
    expect(apres.map((s) => [s.ordre, s.type, s.fin])).toEqual([
      [1, 'orientation', '2026-02-27'],
      [2, 'accompagnement', '2026-03-09'],
      [3, 'suivi_emploi', null],
    ]);
    expect((await lireUn(id)).objectifs).toBe('Entrer en apprentissage en septembre');

    await b.appeler('parcours.modifier', {
      ...base(),
      sequences: [{ type: 'orientation', debut: '2026-02-02', fin: null }],
    });
    expect(lignesSequences().map((s) => [s.id, s.fin])).toEqual([[avant[0]!.id, null]]);
  });

  test('changer de type vers un type déjà ouvert est refusé ; changer de référent exige un conseiller actif', async () => {
    await ouvrir({ typeCode: 'pacea', sequences: [] });
    await refuse(
      'parcours.modifier',
      { ...base(), typeCode: 'pacea' },
      "Un parcours « PACEA » est déjà ouvert pour ce jeune depuis le 02/02/2026 : enregistrez sa sortie avant d'en ouvrir un autre, ou modifiez-le.",
    );
    await refuse(
      'parcours.modifier',
      { ...base(), referentId: accueil },
      'Référent : choisissez un conseiller actif de la structure.',
    );
    await b.appeler('parcours.modifier', { ...base(), referentId: karim });
    expect((await lireUn(id)).referentNom).toBe('Karim Benali');
  });

  test('un type désactivé depuis reste sur le parcours ; on ne peut pas y passer', async () => {
    await b.appeler('typesParcours.enregistrer', {
      code: 'cej',
      libelle: "Contrat d'engagement jeune (CEJ)",
      dureeMaxMois: 12,
      heuresHebdoMin: 15,
      heuresHebdoMax: 20,
      actif: false,
    });
    await b.appeler('parcours.modifier', { ...base(), objectifs: 'Permis B' });
    const pacea = await ouvrir({ typeCode: 'pacea', sequences: [] });
    await refuse(
      'parcours.modifier',
      { ...base(), id: pacea.id, sequences: [] },
      "Le type « Contrat d'engagement jeune (CEJ) » n'est plus proposé (désactivé par l'administrateur) : choisissez un autre type.",
    );
  });

  test('les séquences restent dans les dates modifiées du parcours', async () => {
    await refuse(
      'parcours.modifier',
      { ...base(), debut: '2026-02-10', signatureDate: '2026-02-10' },
      'Séquence 1 (Orientation et consolidation de projet) : elle commence le 02/02/2026, avant le début du parcours (10/02/2026) ; corrigez sa date de début.',
    );
  });

  test('un référent inchangé parti depuis ne bloque pas la modification', async () => {
    await b.appeler('parcours.modifier', { ...base(), referentId: karim });
    sqlite().prepare('UPDATE utilisateur SET actif = 0 WHERE id = ?').run(karim);
    await b.appeler('parcours.modifier', { ...base(), referentId: karim, objectifs: 'Permis B' });
    expect((await lireUn(id)).objectifs).toBe('Permis B');
  });

  test('un parcours inconnu', async () => {
    await refuse('parcours.modifier', { ...base(), id: 9999 }, /^Parcours introuvable/, 'introuvable');
  });
});

describe('sortie', () => {
  let id: number;
  beforeEach(async () => {
    id = (
      await ouvrir({
        sequences: [
          { type: 'orientation', debut: '2026-02-02', fin: '2026-02-20' },
          { type: 'accompagnement', debut: '2026-02-23', fin: null },
        ],
      })
    ).id;
  });

  test('la sortie clôt le parcours et la séquence en cours à sa date ; trace sur le dossier', async () => {
    const avant = dernierIdJournal(sqlite());
    await b.appeler('parcours.sortir', {
      id,
      date: '2026-03-06',
      motif: 'alternance',
      commentaire: 'Apprentissage boulangerie',
    });
    expect(lignesJournal(sqlite(), avant).map((l) => [l.action, l.objet_id, l.methode])).toEqual([
      ['modification', jeune, 'parcours.sortir'],
    ]);
    const p = await lireUn(id);
    expect(p).toMatchObject({
      finReelle: '2026-03-06',
      motifSortie: 'alternance',
      sortieCommentaire: 'Apprentissage boulangerie',
    });
    expect(p.sequences.map((s) => s.fin)).toEqual(['2026-02-20', '2026-03-06']);
    // Once closed, a new CEJ may open.
    await ouvrir({ debut: '2026-03-09', signatureDate: '2026-03-09', finPrevue: '2027-03-08', sequences: [] });
  });

  test('refusé, sans rien écrire : sortie avant le début, dans le futur, avant la dernière séquence', async () => {
    await refuse(
      'parcours.sortir',
      { id, date: '2026-01-30', motif: 'abandon' },
      'La sortie (30/01/2026) précède le début du parcours (02/02/2026) : corrigez la date de sortie.',
    );
    await refuse(
      'parcours.sortir',
      { id, date: '2026-03-11', motif: 'abandon' },
      'Sortie datée du 11/03/2026, dans le futur : enregistrez la sortie le jour où elle a lieu.',
    );
    await refuse(
      'parcours.sortir',
      { id, date: '2026-02-21', motif: 'abandon' },
      "La sortie (21/02/2026) précède le début de la séquence 2 (Accompagnement vers l'emploi et/ou la formation, 23/02/2026) : corrigez la date de sortie ou la séquence.",
    );
  });

  test('un motif inconnu est refusé en français par la saisie, sans rien écrire', async () => {
    const err = await refuse(
      'parcours.sortir',
      { id, date: '2026-03-06', motif: 'vacances' },
      /Motif de sortie inconnu : choisissez un motif de la liste\./,
      'entree_invalide',
    );
    expect(err.champs).toEqual([expect.objectContaining({ champ: 'motif' })]);
  });

  test('une seconde sortie est refusée : on annule la première pour la corriger', async () => {
    await b.appeler('parcours.sortir', { id, date: '2026-03-06', motif: 'emploi_durable' });
    await refuse(
      'parcours.sortir',
      { id, date: '2026-03-09', motif: 'formation' },
      'Ce parcours est déjà terminé (sortie le 06/03/2026, emploi durable) : pour corriger la sortie, annulez-la puis enregistrez-la de nouveau.',
    );
  });

  test('annuler la sortie rouvre le parcours et la séquence qu’elle avait close', async () => {
    await b.appeler('parcours.sortir', { id, date: '2026-03-06', motif: 'abandon', commentaire: 'Erreur de dossier' });
    const avant = dernierIdJournal(sqlite());
    await b.appeler('parcours.annulerSortie', { id });
    const p = await lireUn(id);
    expect(p).toMatchObject({ finReelle: null, motifSortie: null, sortieCommentaire: null });
    expect(p.sequences.map((s) => s.fin)).toEqual(['2026-02-20', null]);
    expect(lignesJournal(sqlite(), avant)[0]).toMatchObject({
      action: 'modification',
      objet_id: jeune,
      methode: 'parcours.annulerSortie',
    });
  });

  test('annuler est refusé sur un parcours ouvert, ou si un autre parcours du même type est ouvert depuis', async () => {
    await refuse('parcours.annulerSortie', { id }, "Ce parcours n'a pas de sortie enregistrée : il est déjà ouvert.");
    await b.appeler('parcours.sortir', { id, date: '2026-03-02', motif: 'demenagement' });
    await ouvrir({ debut: '2026-03-09', signatureDate: '2026-03-09', finPrevue: '2027-03-08', sequences: [] });
    await refuse(
      'parcours.annulerSortie',
      { id },
      "Un parcours « Contrat d'engagement jeune (CEJ) » est déjà ouvert pour ce jeune depuis le 09/03/2026 : enregistrez sa sortie avant d'en ouvrir un autre, ou modifiez-le.",
    );
  });

  test('annuler une sortie tardive est refusé tant que la séquence rouverte dépasse la fin prévue', async () => {
    const pacea = {
      ...cej(),
      typeCode: 'pacea',
      debut: '2025-06-02',
      signatureDate: '2025-06-02',
      finPrevue: '2026-01-31',
    };
    const { id: p } = await ouvrir({ ...pacea, sequences: [{ type: 'orientation', debut: '2025-06-02', fin: null }] });
    await b.appeler('parcours.sortir', { id: p, date: '2026-03-09', motif: 'emploi_durable' });
    // Once exited, séquences may run to the exit date, past the planned end.
    await b.appeler('parcours.modifier', {
      ...pacea,
      id: p,
      sequences: [
        { type: 'orientation', debut: '2025-06-02', fin: '2025-09-30' },
        { type: 'suivi_emploi', debut: '2026-02-02', fin: '2026-03-09' },
      ],
    });
    await refuse(
      'parcours.annulerSortie',
      { id: p },
      "Séquence 2 (Suivi dans l'emploi) : elle commence le 02/02/2026, après la fin prévue du parcours (31/01/2026) ; corrigez la séquence ou les dates du parcours.",
    );
  });

  test('modifier un parcours terminé : la sortie ne peut précéder le début, la dernière séquence reste close', async () => {
    await b.appeler('parcours.sortir', { id, date: '2026-03-06', motif: 'formation' });
    const terminee = { ...cej(), id, sequences: [{ type: 'orientation', debut: '2026-02-02', fin: null }] } as InputOf<
      Contract,
      'parcours.modifier'
    >;
    await refuse(
      'parcours.modifier',
      terminee,
      'Séquence 1 (Orientation et consolidation de projet) : sans date de fin alors que le parcours est terminé (sortie le 06/03/2026) ; indiquez sa date de fin.',
    );
    await refuse(
      'parcours.modifier',
      { ...terminee, debut: '2026-03-07', signatureDate: '2026-03-07', sequences: [] },
      'La sortie (06/03/2026) précéderait le début du parcours (07/03/2026) : corrigez la date de début.',
    );
  });
});
