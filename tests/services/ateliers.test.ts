import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Contract, InputOf } from '../../src-main/contract';
import { banc, installer, type Banc } from '../aide';
import { compter, dernierIdJournal, instantane, lignesJournal } from '../fixtures/journal';

let b: Banc;
let lieux: Awaited<ReturnType<typeof installer>>;

const sqlite = () => b.app.base.sqlite;

beforeEach(async () => {
  // Tuesday 10 March 2026, 10:15 in Paris.
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  lieux = await installer(b);
});

afterEach(() => b.app.fermer());

let numero = 0;
async function nouveauJeune(prenoms = `Prénom${++numero}`) {
  const { id } = await b.appeler('jeunes.creer', {
    nomNaissance: 'Dupont',
    prenoms,
    dateNaissance: '2006-04-12',
    sexe: 'F',
    confirmeMalgreRessemblants: true,
  });
  return id;
}

type SaisieAtelier = InputOf<Contract, 'ateliers.creer'>;

function atelier(autres: Partial<SaisieAtelier> = {}): SaisieAtelier {
  return {
    type: 'atelier_emploi',
    intitule: 'Atelier CV et lettre de motivation',
    date: '2026-03-09',
    heure: '14:00',
    dureeMinutes: 120,
    siteId: lieux.siege,
    animateurId: lieux.conseillers[0]!,
    capacite: 12,
    themes: ['emploi'],
    ...autres,
  };
}

async function creerAtelier(autres: Partial<SaisieAtelier> = {}) {
  return (await b.appeler('ateliers.creer', atelier(autres))).id;
}

const TABLES = ['atelier', 'atelier_participant', 'evenement', 'jeune', 'journal_acces'];
const etat = () => TABLES.map((t) => instantane(sqlite(), t));

/** The refusal of a call, and proof that nothing was written (not even a trail entry). */
async function refus(methode: string, entree: unknown) {
  const avant = etat();
  const r = await b.brut(methode, entree);
  if (r.ok) throw new Error(`${methode} aurait dû être refusé`);
  expect(etat()).toEqual(avant);
  return r.error;
}

function dernierContact(jeuneId: number): string | null {
  return (
    sqlite().prepare('SELECT dernier_contact_date AS d FROM jeune WHERE id = ?').get(jeuneId) as { d: string | null }
  ).d;
}

function evenementsDeLAtelier(atelierId: number) {
  return sqlite()
    .prepare(
      `SELECT e.id, e.jeune_id AS jeuneId, e.date, e.type, e.modalite, e.themes, e.duree_minutes AS dureeMinutes,
              e.note, e.auteur_id AS auteurId, p.evenement_id AS lien
       FROM evenement e LEFT JOIN atelier_participant p ON p.atelier_id = e.atelier_id AND p.jeune_id = e.jeune_id
       WHERE e.atelier_id = ? ORDER BY e.jeune_id`,
    )
    .all(atelierId) as Record<string, unknown>[];
}

describe('programmer un atelier', () => {
  test("créé, relu avec son site et son animateur ; inscrits 0, présents inconnus avant l'émargement", async () => {
    const id = await creerAtelier({ themes: ['formation', 'emploi'], note: 'Apporter un CV' });
    expect(await b.appeler('ateliers.lire', { id })).toEqual({
      id,
      type: 'atelier_emploi',
      intitule: 'Atelier CV et lettre de motivation',
      date: '2026-03-09',
      heure: '14:00',
      dureeMinutes: 120,
      siteId: lieux.siege,
      siteNom: 'Siège de Romans',
      animateurId: lieux.conseillers[0],
      animateurNom: 'Claire Fabre',
      capacite: 12,
      themes: ['emploi', 'formation'],
      note: 'Apporter un CV',
      inscrits: 0,
      presents: null,
      participants: [],
    });
  });

  test('la liste entre deux dates, par site, avec inscrits et présents', async () => {
    const a = await creerAtelier({ date: '2026-03-02', intitule: 'A' });
    await creerAtelier({ date: '2026-03-20', intitule: 'C', siteId: lieux.antenne });
    await creerAtelier({ date: '2026-03-09', heure: '09:00', intitule: 'B' });
    await creerAtelier({ date: '2026-04-01', intitule: 'hors période' });
    const [j1, j2] = [await nouveauJeune(), await nouveauJeune()];
    await b.appeler('ateliers.inscrire', { atelierId: a, jeuneId: j1 });
    await b.appeler('ateliers.inscrire', { atelierId: a, jeuneId: j2 });

    const mars = await b.appeler('ateliers.lister', { du: '2026-03-01', au: '2026-03-31' });
    expect(mars.map((x) => [x.intitule, x.inscrits, x.presents])).toEqual([
      ['A', 2, null],
      ['B', 0, null],
      ['C', 0, null],
    ]);
    const antenne = await b.appeler('ateliers.lister', { du: '2026-03-01', au: '2026-03-31', siteId: lieux.antenne });
    expect(antenne.map((x) => x.intitule)).toEqual(['C']);

    await b.appeler('ateliers.emarger', { atelierId: a, presents: [j1] });
    const apres = await b.appeler('ateliers.lister', { du: '2026-03-02', au: '2026-03-02' });
    expect(apres.map((x) => [x.inscrits, x.presents])).toEqual([[2, 1]]);

    const e = await refus('ateliers.lister', { du: '2026-03-31', au: '2026-03-01' });
    expect(e.message).toBe('Le 31/03/2026 est après le 01/03/2026 : inversez les deux dates.');
  });

  test("refusé sur un site fermé, avec un animateur inactif ou inconnu ; rien n'est écrit", async () => {
    sqlite().prepare('UPDATE site SET actif = 0 WHERE id = ?').run(lieux.antenne);
    const site = await refus('ateliers.creer', atelier({ siteId: lieux.antenne }));
    expect(site.message).toBe('Le site « Antenne de Saint-Donat » est fermé : choisissez un site actif.');
    expect((await refus('ateliers.creer', atelier({ siteId: 999 }))).message).toBe(
      'Site inconnu : choisissez un site de la structure.',
    );
    sqlite().prepare('UPDATE utilisateur SET actif = 0 WHERE id = ?').run(lieux.conseillers[1]);
    const animateur = await refus('ateliers.creer', atelier({ animateurId: lieux.conseillers[1] }));
    expect(animateur.message).toBe('Animateur inconnu ou inactif : choisissez un membre du personnel en activité.');
    expect(animateur.champs).toEqual([expect.objectContaining({ champ: 'animateurId' })]);
    await refus('ateliers.creer', atelier({ animateurId: 999 }));
    expect(compter(sqlite(), 'atelier')).toBe(0);
  });

  test("modifié ; un site fermé depuis ne bloque pas la correction d'un atelier passé", async () => {
    const id = await creerAtelier();
    sqlite().prepare('UPDATE site SET actif = 0 WHERE id = ?').run(lieux.siege);
    await b.appeler('ateliers.modifier', { ...atelier({ note: 'Salle 2' }), id });
    expect((await b.appeler('ateliers.lire', { id })).note).toBe('Salle 2');
    const e = await refus('ateliers.modifier', { ...atelier({ siteId: lieux.siege, animateurId: 999 }), id });
    expect(e.champs).toEqual([expect.objectContaining({ champ: 'animateurId' })]);
  });

  test("la capacité ne descend pas sous le nombre d'inscrits", async () => {
    const id = await creerAtelier({ capacite: 5 });
    for (let i = 0; i < 3; i++) await b.appeler('ateliers.inscrire', { atelierId: id, jeuneId: await nouveauJeune() });
    const e = await refus('ateliers.modifier', { ...atelier({ capacite: 2 }), id });
    expect(e.message).toBe('Capacité : 3 jeunes sont déjà inscrits ; désinscrivez-en avant de descendre à 2 places.');
    expect(e.champs).toEqual([expect.objectContaining({ champ: 'capacite' })]);
    await b.appeler('ateliers.modifier', { ...atelier({ capacite: 3 }), id });
    expect((await b.appeler('ateliers.lire', { id })).capacite).toBe(3);
  });
});

describe('inscrire et désinscrire', () => {
  test('dans la limite des places : le 13e jeune est refusé, « Atelier complet (12 places) »', async () => {
    const id = await creerAtelier({ date: '2026-03-20' });
    let places = { inscrits: 0, capacite: 0 };
    for (let i = 0; i < 12; i++) {
      places = await b.appeler('ateliers.inscrire', { atelierId: id, jeuneId: await nouveauJeune() });
    }
    expect(places).toEqual({ inscrits: 12, capacite: 12 });
    const treizieme = await nouveauJeune();
    const e = await refus('ateliers.inscrire', { atelierId: id, jeuneId: treizieme });
    expect(e.message).toBe(
      "Atelier complet (12 places) : augmentez la capacité de l'atelier ou retirez un jeune de la liste.",
    );
    expect(compter(sqlite(), 'atelier_participant')).toBe(12);
  });

  test('un jeune déjà inscrit, un dossier ou un atelier inconnu sont refusés', async () => {
    const id = await creerAtelier();
    const j = await nouveauJeune();
    await b.appeler('ateliers.inscrire', { atelierId: id, jeuneId: j });
    const e = await refus('ateliers.inscrire', { atelierId: id, jeuneId: j });
    expect(e).toMatchObject({ code: 'conflit', message: 'Ce jeune est déjà sur la liste de cet atelier.' });
    expect((await refus('ateliers.inscrire', { atelierId: id, jeuneId: 9999 })).code).toBe('introuvable');
    expect((await refus('ateliers.inscrire', { atelierId: 9999, jeuneId: j })).message).toContain(
      'Atelier introuvable',
    );
  });

  test("désinscrire libère la place ; refusé une fois le jeune marqué présent, permis s'il est absent", async () => {
    const id = await creerAtelier();
    const [present, absent, inscrit] = [await nouveauJeune(), await nouveauJeune(), await nouveauJeune()];
    for (const j of [present, absent, inscrit]) await b.appeler('ateliers.inscrire', { atelierId: id, jeuneId: j });
    expect(await b.appeler('ateliers.desinscrire', { atelierId: id, jeuneId: inscrit })).toEqual({
      inscrits: 2,
      capacite: 12,
    });
    await b.appeler('ateliers.emarger', { atelierId: id, presents: [present] });

    const e = await refus('ateliers.desinscrire', { atelierId: id, jeuneId: present });
    expect(e.message).toBe(
      "Ce jeune est marqué présent : décochez-le d'abord sur la feuille d'émargement, puis retirez-le de la liste.",
    );
    const pasInscrit = await refus('ateliers.desinscrire', { atelierId: id, jeuneId: inscrit });
    expect(pasInscrit.message).toBe("Ce jeune n'est pas sur la liste de cet atelier.");
    expect(await b.appeler('ateliers.desinscrire', { atelierId: id, jeuneId: absent })).toEqual({
      inscrits: 1,
      capacite: 12,
    });
  });
});

describe("la feuille d'émargement", () => {
  test("chaque jeune coché reçoit l'événement de l'atelier sur son dossier, relié à sa ligne", async () => {
    const id = await creerAtelier({ themes: ['formation', 'emploi'] });
    const [a, c, d] = [await nouveauJeune('Anaïs'), await nouveauJeune('Chloé'), await nouveauJeune('Driss')];
    for (const j of [a, c, d]) await b.appeler('ateliers.inscrire', { atelierId: id, jeuneId: j });

    expect(await b.appeler('ateliers.emarger', { atelierId: id, presents: [a, c] })).toEqual({
      presents: 2,
      absents: 1,
      evenementsCrees: 2,
      evenementsRetires: 0,
    });
    const evenements = evenementsDeLAtelier(id);
    expect(evenements).toEqual(
      [a, c].map((jeuneId) => ({
        id: expect.any(Number),
        jeuneId,
        date: '2026-03-09',
        type: 'atelier_collectif',
        modalite: 'presentiel',
        themes: 'emploi,formation',
        dureeMinutes: 120,
        note: 'Atelier CV et lettre de motivation',
        // The animator's activity, whoever fills in the sheet.
        auteurId: lieux.conseillers[0],
        lien: expect.any(Number),
      })),
    );
    for (const e of evenements) expect(e.lien).toBe(e.id);
    expect(dernierContact(a)).toBe('2026-03-09');
    expect(dernierContact(d)).toBeNull();

    const lu = await b.appeler('ateliers.lire', { id });
    expect(lu.participants.map((p) => [p.prenoms, p.present])).toEqual([
      ['Anaïs', true],
      ['Chloé', true],
      ['Driss', false],
    ]);
    expect([lu.inscrits, lu.presents]).toEqual([3, 2]);
    const [surLeDossier] = await b.appeler('evenements.duJeune', { jeuneId: a });
    expect(surLeDossier).toMatchObject({ type: 'atelier_collectif', atelierId: id, auteurNom: 'Claire Fabre' });
  });

  test('une information collective laisse un événement « information collective »', async () => {
    const id = await creerAtelier({ type: 'information_collective', intitule: 'Info CEJ' });
    const j = await nouveauJeune();
    await b.appeler('ateliers.emarger', { atelierId: id, presents: [j] });
    expect(evenementsDeLAtelier(id).map((e) => [e.type, e.note])).toEqual([['information_collective', 'Info CEJ']]);
  });

  test('refaite avec la même liste, elle ne change rien', async () => {
    const id = await creerAtelier();
    const [a, c] = [await nouveauJeune(), await nouveauJeune()];
    for (const j of [a, c]) await b.appeler('ateliers.inscrire', { atelierId: id, jeuneId: j });
    await b.appeler('ateliers.emarger', { atelierId: id, presents: [a] });
    const avant = ['atelier_participant', 'evenement', 'jeune'].map((t) => instantane(sqlite(), t));
    b.horloge.avancer(60);
    expect(await b.appeler('ateliers.emarger', { atelierId: id, presents: [a, a] })).toEqual({
      presents: 1,
      absents: 1,
      evenementsCrees: 0,
      evenementsRetires: 0,
    });
    expect(['atelier_participant', 'evenement', 'jeune'].map((t) => instantane(sqlite(), t))).toEqual(avant);
  });

  test("décocher un jeune retire l'événement créé par l'atelier, et son dernier contact revient en arrière", async () => {
    const id = await creerAtelier();
    const j = await nouveauJeune();
    await b.appeler('evenements.creer', {
      jeuneId: j,
      date: '2026-02-27',
      type: 'contact_telephonique',
      modalite: 'distance',
    });
    await b.appeler('ateliers.inscrire', { atelierId: id, jeuneId: j });
    await b.appeler('ateliers.emarger', { atelierId: id, presents: [j] });
    expect(dernierContact(j)).toBe('2026-03-09');

    expect(await b.appeler('ateliers.emarger', { atelierId: id, presents: [] })).toEqual({
      presents: 0,
      absents: 1,
      evenementsCrees: 0,
      evenementsRetires: 1,
    });
    expect(evenementsDeLAtelier(id)).toEqual([]);
    // The jeune's own events stay.
    expect((await b.appeler('evenements.duJeune', { jeuneId: j })).map((e) => e.type)).toEqual([
      'contact_telephonique',
    ]);
    expect(dernierContact(j)).toBe('2026-02-27');
    expect(
      sqlite().prepare('SELECT present, evenement_id AS e FROM atelier_participant WHERE jeune_id = ?').get(j),
    ).toEqual({ present: 0, e: null });

    // Checked again: a new event.
    expect((await b.appeler('ateliers.emarger', { atelierId: id, presents: [j] })).evenementsCrees).toBe(1);
    expect(dernierContact(j)).toBe('2026-03-09');
  });

  test("un jeune coché hors liste y est ajouté, dans la limite des places ; au-delà, rien n'est écrit", async () => {
    const id = await creerAtelier({ capacite: 2 });
    const [inscrit, venu, autre] = [await nouveauJeune(), await nouveauJeune(), await nouveauJeune()];
    await b.appeler('ateliers.inscrire', { atelierId: id, jeuneId: inscrit });
    const e = await refus('ateliers.emarger', { atelierId: id, presents: [inscrit, venu, autre] });
    expect(e.message).toBe(
      "Atelier complet (2 places) : 2 jeune(s) coché(s) hors liste pour 1 place(s) libre(s). Augmentez la capacité de l'atelier.",
    );

    expect(await b.appeler('ateliers.emarger', { atelierId: id, presents: [inscrit, venu] })).toEqual({
      presents: 2,
      absents: 0,
      evenementsCrees: 2,
      evenementsRetires: 0,
    });
    expect((await b.appeler('ateliers.lire', { id })).participants.map((p) => [p.jeuneId, p.present])).toEqual([
      [inscrit, true],
      [venu, true],
    ]);
    expect((await refus('ateliers.emarger', { atelierId: id, presents: [9999] })).code).toBe('introuvable');
  });

  test("refusée avant le jour de l'atelier, possible le jour même ; une liste vide est refusée", async () => {
    const demain = await creerAtelier({ date: '2026-03-11' });
    const j = await nouveauJeune();
    await b.appeler('ateliers.inscrire', { atelierId: demain, jeuneId: j });
    const e = await refus('ateliers.emarger', { atelierId: demain, presents: [j] });
    expect(e.message).toBe(
      "L'atelier a lieu le 11/03/2026 : la feuille d'émargement se remplit le jour de l'atelier ou après.",
    );

    const aujourdhui = await creerAtelier({ date: '2026-03-10' });
    await b.appeler('ateliers.emarger', { atelierId: aujourdhui, presents: [j] });
    expect(dernierContact(j)).toBe('2026-03-10');

    const vide = await creerAtelier();
    expect((await refus('ateliers.emarger', { atelierId: vide, presents: [] })).message).toBe(
      "La liste de l'atelier est vide : inscrivez ou cochez au moins un jeune.",
    );
  });

  test('le journal trace le dossier de chaque jeune de la liste, présent ou absent, et de chaque inscription', async () => {
    const id = await creerAtelier();
    const [a, c, hors] = [await nouveauJeune(), await nouveauJeune(), await nouveauJeune()];
    const depuis = dernierIdJournal(sqlite());
    await b.appeler('ateliers.inscrire', { atelierId: id, jeuneId: a });
    await b.appeler('ateliers.inscrire', { atelierId: id, jeuneId: c });
    await b.appeler('ateliers.emarger', { atelierId: id, presents: [a, hors] });
    await b.appeler('ateliers.desinscrire', { atelierId: id, jeuneId: c });
    const lignes = lignesJournal(sqlite(), depuis).map((l) => [l.methode, l.action, l.objet_type, l.objet_id]);
    expect(lignes.slice(0, 2)).toEqual([
      ['ateliers.inscrire', 'modification', 'jeune', a],
      ['ateliers.inscrire', 'modification', 'jeune', c],
    ]);
    expect(lignes.slice(2, 5).sort()).toEqual(
      [
        ['ateliers.emarger', 'modification', 'jeune', a],
        ['ateliers.emarger', 'modification', 'jeune', c],
        ['ateliers.emarger', 'modification', 'jeune', hors],
      ].sort(),
    );
    expect(lignes.slice(5)).toEqual([['ateliers.desinscrire', 'modification', 'jeune', c]]);
  });
});

describe("modifier un atelier après l'émargement", () => {
  test('date, durée, thèmes, type et intitulé suivent sur les événements des présents ; le journal le trace', async () => {
    const id = await creerAtelier({ date: '2026-03-06' });
    const [a, c] = [await nouveauJeune(), await nouveauJeune()];
    await b.appeler('ateliers.emarger', { atelierId: id, presents: [a, c] });
    const [ev] = await b.appeler('evenements.duJeune', { jeuneId: c });
    // A note someone wrote on one jeune's event is theirs: it stays.
    await b.appeler('evenements.modifier', {
      id: ev!.id,
      type: ev!.type,
      themes: ev!.themes,
      dureeMinutes: ev!.dureeMinutes,
      note: 'Très à l’aise à l’oral',
    });
    expect(dernierContact(a)).toBe('2026-03-06');

    const depuis = dernierIdJournal(sqlite());
    await b.appeler('ateliers.modifier', {
      ...atelier({
        type: 'information_collective',
        intitule: 'Information collective alternance',
        date: '2026-03-09',
        dureeMinutes: 90,
        themes: ['formation'],
        animateurId: lieux.conseillers[1],
      }),
      id,
    });
    expect(
      evenementsDeLAtelier(id).map((e) => [e.jeuneId, e.date, e.type, e.dureeMinutes, e.themes, e.note, e.auteurId]),
    ).toEqual([
      [
        a,
        '2026-03-09',
        'information_collective',
        90,
        'formation',
        'Information collective alternance',
        lieux.conseillers[1],
      ],
      [c, '2026-03-09', 'information_collective', 90, 'formation', 'Très à l’aise à l’oral', lieux.conseillers[1]],
    ]);
    expect(dernierContact(a)).toBe('2026-03-09');
    expect(
      lignesJournal(sqlite(), depuis)
        .map((l) => [l.methode, l.action, l.objet_id])
        .sort(),
    ).toEqual(
      [
        ['ateliers.modifier', 'modification', a],
        ['ateliers.modifier', 'modification', c],
      ].sort(),
    );
  });

  test('une correction qui ne touche pas les événements (capacité, note) ne trace aucun dossier', async () => {
    const id = await creerAtelier();
    await b.appeler('ateliers.emarger', { atelierId: id, presents: [await nouveauJeune()] });
    const avant = instantane(sqlite(), 'evenement');
    const depuis = dernierIdJournal(sqlite());
    await b.appeler('ateliers.modifier', { ...atelier({ capacite: 20, note: 'Salle 3' }), id });
    expect(instantane(sqlite(), 'evenement')).toBe(avant);
    expect(lignesJournal(sqlite(), depuis)).toEqual([]);
  });

  test("un atelier émargé ne se reporte pas après aujourd'hui ; rien n'est écrit", async () => {
    const id = await creerAtelier();
    const j = await nouveauJeune();
    await b.appeler('ateliers.inscrire', { atelierId: id, jeuneId: j });
    // Even with every jeune absent, the sheet is filled in.
    await b.appeler('ateliers.emarger', { atelierId: id, presents: [] });
    const e = await refus('ateliers.modifier', { ...atelier({ date: '2026-03-17' }), id });
    expect(e.message).toBe(
      "La feuille d'émargement de cet atelier est déjà remplie : il ne peut pas être reporté au 17/03/2026, après aujourd'hui. Programmez un nouvel atelier pour cette date.",
    );
    // Not yet taken: a workshop moves freely.
    const autre = await creerAtelier();
    await b.appeler('ateliers.modifier', { ...atelier({ date: '2026-03-17' }), id: autre });
    expect((await b.appeler('ateliers.lire', { id: autre })).date).toBe('2026-03-17');
  });
});
