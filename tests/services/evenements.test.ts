import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Contract, InputOf } from '../../src-main/contract';
import type { SessionPoste } from '../../src-main/host/sessions';
import { banc, installer, type Banc } from '../aide';
import { compter, dernierIdJournal, instantane, lignesJournal } from '../fixtures/journal';

let b: Banc;
let lieux: Awaited<ReturnType<typeof installer>>;
/** Claire Fabre: conseillère, not direction. */
let fabre: SessionPoste;
/** Karim Benali: conseiller and direction. */
let benali: SessionPoste;

const sqlite = () => b.app.base.sqlite;

beforeEach(async () => {
  // Tuesday 10 March 2026, 10:15 in Paris.
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  lieux = await installer(b);
  fabre = b.sessionDe(lieux.conseillers[0]!);
  benali = b.sessionDe(lieux.conseillers[1]!);
});

afterEach(() => b.app.fermer());

async function nouveauJeune(nomNaissance = 'Dupont', prenoms = 'Élodie') {
  const { id } = await b.appeler('jeunes.creer', {
    nomNaissance,
    prenoms,
    dateNaissance: '2006-04-12',
    sexe: 'F',
    confirmeMalgreRessemblants: true,
  });
  return id;
}

async function appelerEn(session: SessionPoste, methode: string, entree: unknown) {
  const r = await b.brut(methode, entree, session);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as { id: number };
}

/** The refusal of a call, and proof that the tables a write would touch are unchanged. */
async function refus(methode: string, entree: unknown, session?: SessionPoste) {
  const tables = ['evenement', 'jeune', 'atelier_participant'];
  const avant = tables.map((t) => instantane(sqlite(), t));
  const r = await b.brut(methode, entree, session);
  if (r.ok) throw new Error(`${methode} aurait dû être refusé`);
  expect(tables.map((t) => instantane(sqlite(), t))).toEqual(avant);
  return r.error;
}

function dernierContact(jeuneId: number): string | null {
  return (
    sqlite().prepare('SELECT dernier_contact_date AS d FROM jeune WHERE id = ?').get(jeuneId) as { d: string | null }
  ).d;
}

type SaisieEvenement = InputOf<Contract, 'evenements.creer'>;

function entretien(jeuneId: number, autres: Partial<SaisieEvenement> = {}): SaisieEvenement {
  return { jeuneId, type: 'entretien_individuel', themes: ['emploi'], dureeMinutes: 45, note: 'Point CV', ...autres };
}

describe('enregistrer un événement', () => {
  test("en quelques champs : daté d'aujourd'hui, présentiel, auteur = la personne connectée", async () => {
    const j = await nouveauJeune();
    const { id } = await appelerEn(fabre, 'evenements.creer', {
      jeuneId: j,
      type: 'entretien_individuel',
      themes: ['logement', 'emploi', 'logement'],
    });
    const [e] = await b.appeler('evenements.duJeune', { jeuneId: j });
    expect(e).toEqual({
      id,
      jeuneId: j,
      date: '2026-03-10',
      type: 'entretien_individuel',
      modalite: 'presentiel',
      // Once each, in the referential's order.
      themes: ['emploi', 'logement'],
      dureeMinutes: null,
      note: null,
      auteurId: lieux.conseillers[0],
      auteurNom: 'Claire Fabre',
      proposition: null,
      atelierId: null,
    });
    expect(sqlite().prepare('SELECT themes, cree_par AS creePar FROM evenement WHERE id = ?').get(id)).toEqual({
      themes: 'emploi,logement',
      creePar: lieux.conseillers[0],
    });
  });

  test('le dernier contact suit les événements, même saisis après coup', async () => {
    const j = await nouveauJeune();
    expect(dernierContact(j)).toBeNull();
    await b.appeler('evenements.creer', entretien(j, { date: '2026-02-20' }));
    expect(dernierContact(j)).toBe('2026-02-20');
    // A back-dated event does not move the last contact back.
    await b.appeler('evenements.creer', entretien(j, { date: '2026-01-05', type: 'mail_sms' }));
    expect(dernierContact(j)).toBe('2026-02-20');
    const { id } = await b.appeler('evenements.creer', entretien(j, { type: 'contact_telephonique' }));
    expect(dernierContact(j)).toBe('2026-03-10');
    // Corrected to an earlier date: the last contact goes back with it.
    await b.appeler('evenements.modifier', {
      ...entretien(j, { type: 'contact_telephonique', date: '2026-03-02' }),
      id,
    });
    expect(dernierContact(j)).toBe('2026-03-02');
    await b.appeler('evenements.supprimer', { id });
    expect(dernierContact(j)).toBe('2026-02-20');
  });

  test('les événements du jeune, du plus récent au plus ancien', async () => {
    const j = await nouveauJeune();
    const autre = await nouveauJeune('Martin', 'Loïc');
    await b.appeler('evenements.creer', entretien(j, { date: '2026-01-05', note: 'janvier' }));
    await b.appeler('evenements.creer', entretien(j, { date: '2026-03-01', note: 'mars' }));
    await b.appeler('evenements.creer', entretien(autre, { date: '2026-03-05', note: 'autre jeune' }));
    await b.appeler('evenements.creer', entretien(j, { date: '2026-02-01', note: 'février' }));
    const liste = await b.appeler('evenements.duJeune', { jeuneId: j });
    expect(liste.map((e) => e.note)).toEqual(['mars', 'février', 'janvier']);
  });

  test("refusé dans le futur, avec l'indication de prendre un rendez-vous ; rien n'est écrit", async () => {
    const j = await nouveauJeune();
    const e = await refus('evenements.creer', entretien(j, { date: '2026-03-11' }));
    expect(e.message).toBe(
      'Événement daté du 11/03/2026, dans le futur : un événement enregistre ce qui a eu lieu. Pour prévoir un entretien, prenez un rendez-vous.',
    );
    expect(e.champs).toEqual([expect.objectContaining({ champ: 'date' })]);
  });

  test("« aujourd'hui » est la date de Paris, pas celle d'UTC", async () => {
    // 23:30 UTC on 10 March is already 11 March in Paris.
    b.horloge.regler('2026-03-10T23:30:00Z');
    const j = await nouveauJeune();
    await b.appeler('evenements.creer', entretien(j, { date: '2026-03-11' }));
    expect(dernierContact(j)).toBe('2026-03-11');
  });

  test('une proposition porte sa nature, son intitulé et son résultat (en attente par défaut)', async () => {
    const j = await nouveauJeune();
    await b.appeler('evenements.creer', {
      jeuneId: j,
      type: 'proposition',
      proposition: { nature: 'offre', intitule: 'Préparateur de commandes, Valence' },
    });
    const [e] = await b.appeler('evenements.duJeune', { jeuneId: j });
    expect(e!.proposition).toEqual({
      nature: 'offre',
      intitule: 'Préparateur de commandes, Valence',
      resultat: 'en_attente',
    });
  });

  test('une proposition sans objet est refusée ; tout événement peut en porter une (offre remise en entretien)', async () => {
    const j = await nouveauJeune();
    const e = await refus('evenements.creer', { jeuneId: j, type: 'proposition' });
    expect(e.message).toContain('Proposition : indiquez ce qui est proposé');
    const e2 = await refus('evenements.creer', {
      jeuneId: j,
      type: 'proposition',
      proposition: { nature: 'stage', intitule: 'x' },
    });
    expect(e2.message).toContain('Proposition : choisissez offre, formation ou immersion.');

    await b.appeler(
      'evenements.creer',
      entretien(j, { proposition: { nature: 'immersion', intitule: 'PMSMP boulangerie', resultat: 'acceptee' } }),
    );
    const [ev] = await b.appeler('evenements.duJeune', { jeuneId: j });
    expect(ev!.type).toBe('entretien_individuel');
    expect(ev!.proposition).toEqual({ nature: 'immersion', intitule: 'PMSMP boulangerie', resultat: 'acceptee' });
  });

  test('un dossier inconnu est refusé', async () => {
    const e = await refus('evenements.creer', entretien(9999));
    expect(e.code).toBe('introuvable');
    expect(e.message).toContain('Dossier jeune introuvable');
  });
});

describe('corriger un événement', () => {
  test("l'auteur corrige tout ; une date omise garde celle de l'événement", async () => {
    const j = await nouveauJeune();
    const { id } = await appelerEn(fabre, 'evenements.creer', entretien(j, { date: '2026-03-03' }));
    await appelerEn(fabre, 'evenements.modifier', {
      id,
      type: 'visite',
      modalite: 'presentiel',
      themes: ['logement'],
      dureeMinutes: 90,
      note: 'Visite au foyer',
    });
    const [e] = await b.appeler('evenements.duJeune', { jeuneId: j });
    expect(e).toMatchObject({
      date: '2026-03-03',
      type: 'visite',
      themes: ['logement'],
      dureeMinutes: 90,
      note: 'Visite au foyer',
    });
  });

  test("un autre conseiller met à jour le résultat d'une proposition, mais ne corrige pas le reste", async () => {
    const j = await nouveauJeune();
    const proposition = { nature: 'offre', intitule: 'Vendeur, Romans', resultat: 'en_attente' };
    const { id } = await appelerEn(benali, 'evenements.creer', {
      jeuneId: j,
      date: '2026-03-02',
      type: 'proposition',
      proposition,
    });
    const saisie = { id, date: '2026-03-02', type: 'proposition', proposition };
    await appelerEn(fabre, 'evenements.modifier', { ...saisie, proposition: { ...proposition, resultat: 'acceptee' } });
    const [e] = await b.appeler('evenements.duJeune', { jeuneId: j });
    expect(e!.proposition!.resultat).toBe('acceptee');
    expect(e!.auteurNom).toBe('Karim Benali');

    const refusee = await refus(
      'evenements.modifier',
      { ...saisie, note: 'Ajout', proposition: { ...proposition, resultat: 'acceptee' } },
      fabre,
    );
    expect(refusee.code).toBe('acces_refuse');
    expect(refusee.message).toBe(
      "Seul l'auteur de l'événement (Karim Benali) ou la direction peut le corriger ; vous pouvez seulement mettre à jour le résultat de sa proposition.",
    );
  });

  test('la direction corrige un événement dont elle n’est pas l’auteur', async () => {
    const j = await nouveauJeune();
    const { id } = await appelerEn(fabre, 'evenements.creer', entretien(j));
    await appelerEn(benali, 'evenements.modifier', { ...entretien(j), id, note: 'Corrigé par la direction' });
    const [e] = await b.appeler('evenements.duJeune', { jeuneId: j });
    expect(e!.note).toBe('Corrigé par la direction');
    expect(e!.auteurNom).toBe('Claire Fabre');
  });

  test('une correction vers le futur est refusée ; un événement inconnu aussi', async () => {
    const j = await nouveauJeune();
    const { id } = await b.appeler('evenements.creer', entretien(j));
    const e = await refus('evenements.modifier', { ...entretien(j), id, date: '2026-04-01' });
    expect(e.message).toContain('Événement daté du 01/04/2026, dans le futur');
    const inconnu = await refus('evenements.modifier', { ...entretien(j), id: 9999 });
    expect(inconnu.code).toBe('introuvable');
  });

  test("un entretien de diagnostic garde sa date et son type ; il ne se supprime pas d'ici", async () => {
    const j = await nouveauJeune();
    const { id } = await b.appeler('evenements.creer', entretien(j, { date: '2026-03-05' }));
    const diag = sqlite()
      .prepare(
        `INSERT INTO diagnostic (jeune_id, conseiller_id, debut, cree_le, cree_par, modifie_le, modifie_par)
         VALUES (?, ?, '2026-03-05', '2026-03-05T09:00:00Z', 1, '2026-03-05T09:00:00Z', 1)`,
      )
      .run(j, lieux.conseillers[0]).lastInsertRowid;
    sqlite().prepare('UPDATE evenement SET diagnostic_id = ? WHERE id = ?').run(diag, id);

    const date = await refus('evenements.modifier', { ...entretien(j, { date: '2026-03-04' }), id });
    expect(date.message).toBe(
      'Cet événement est un entretien de diagnostic : sa date et son type font partie du diagnostic et ne changent pas. La note, la durée et les thèmes se corrigent ici.',
    );
    const suppression = await refus('evenements.supprimer', { id });
    expect(suppression.message).toBe(
      'Cet événement est un entretien de diagnostic : il reste attaché au diagnostic et ne se supprime pas. Sa note, sa durée et ses thèmes se corrigent.',
    );
    await b.appeler('evenements.modifier', { ...entretien(j, { date: '2026-03-05' }), id, note: 'Freins : mobilité' });
    expect((await b.appeler('evenements.duJeune', { jeuneId: j }))[0]!.note).toBe('Freins : mobilité');
  });
});

describe('supprimer un événement', () => {
  test("son auteur ou la direction seulement ; un autre conseiller est refusé et rien n'est effacé", async () => {
    const j = await nouveauJeune();
    const a = await appelerEn(benali, 'evenements.creer', entretien(j, { note: 'de Karim' }));
    const c = await appelerEn(fabre, 'evenements.creer', entretien(j, { note: 'de Claire' }));
    const autre = await b.personne(['conseiller']);

    const e = await refus('evenements.supprimer', { id: c.id }, autre.session);
    expect(e.code).toBe('acces_refuse');
    expect(e.message).toBe("Seul l'auteur de l'événement (Claire Fabre) ou la direction peut le supprimer.");
    const e2 = await refus('evenements.supprimer', { id: a.id }, fabre);
    expect(e2.message).toContain('(Karim Benali)');

    await appelerEn(fabre, 'evenements.supprimer', { id: c.id });
    // Karim Benali holds the direction role.
    await appelerEn(benali, 'evenements.supprimer', { id: a.id });
    expect(compter(sqlite(), 'evenement')).toBe(0);
    expect(dernierContact(j)).toBeNull();
  });

  test("un événement créé par la feuille d'émargement se retire en décochant le jeune", async () => {
    const j = await nouveauJeune();
    const { id: atelierId } = await b.appeler('ateliers.creer', {
      type: 'atelier_emploi',
      intitule: 'Atelier CV',
      date: '2026-03-09',
      heure: '14:00',
      dureeMinutes: 120,
      siteId: lieux.siege,
      animateurId: lieux.conseillers[0]!,
      capacite: 10,
      themes: ['emploi'],
    });
    await b.appeler('ateliers.emarger', { atelierId, presents: [j] });
    const [e] = await b.appeler('evenements.duJeune', { jeuneId: j });
    const refusee = await refus('evenements.supprimer', { id: e!.id });
    expect(refusee.message).toBe(
      "Cet événement vient de l'atelier « Atelier CV » du 09/03/2026 : pour le retirer, décochez le jeune sur la feuille d'émargement.",
    );

    // Its date, type, duration and themes follow the workshop; its note and modality are the jeune's own.
    const saisie = { id: e!.id, date: e!.date, type: e!.type, themes: e!.themes, dureeMinutes: e!.dureeMinutes };
    const date = await refus('evenements.modifier', { ...saisie, date: '2026-03-08' });
    expect(date.message).toBe(
      "Cet événement vient de l'atelier « Atelier CV » du 09/03/2026 : sa date, son type, sa durée et ses thèmes suivent l'atelier. Modifiez l'atelier, ou décochez le jeune sur la feuille d'émargement.",
    );
    await refus('evenements.modifier', { ...saisie, dureeMinutes: 60 });
    await refus('evenements.modifier', { ...saisie, themes: ['emploi', 'formation'] });
    await refus('evenements.modifier', { ...saisie, type: 'entretien_individuel' });
    await b.appeler('evenements.modifier', {
      ...saisie,
      modalite: 'distance',
      note: 'A suivi en visio, très impliquée',
    });
    const [apres] = await b.appeler('evenements.duJeune', { jeuneId: j });
    expect(apres).toMatchObject({ modalite: 'distance', note: 'A suivi en visio, très impliquée', atelierId });
  });
});

describe('journal des accès', () => {
  test('chaque lecture et chaque écriture trace le dossier du jeune, sans donnée personnelle', async () => {
    const j = await nouveauJeune();
    const depuis = dernierIdJournal(sqlite());
    const { id } = await b.appeler('evenements.creer', entretien(j));
    await b.appeler('evenements.duJeune', { jeuneId: j });
    await b.appeler('evenements.modifier', { ...entretien(j), id, note: 'Autre note' });
    await b.appeler('evenements.supprimer', { id });
    expect(lignesJournal(sqlite(), depuis).map((l) => [l.methode, l.action, l.objet_type, l.objet_id])).toEqual([
      ['evenements.creer', 'modification', 'jeune', j],
      ['evenements.duJeune', 'lecture', 'jeune', j],
      ['evenements.modifier', 'modification', 'jeune', j],
      ['evenements.supprimer', 'modification', 'jeune', j],
    ]);
  });
});
