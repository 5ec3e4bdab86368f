import { beforeEach, describe, expect, test } from 'vitest';
import { TABLES_DU_JEUNE } from '../../src-main/services/dossier/fusion';
import { banc, installer, type Banc } from '../aide';
import { insererPartenaire } from '../fixtures/annuaire';
import { insererEntreprise } from '../fixtures/entreprises';
import { insererAction } from '../fixtures/formation';
import { dernierIdJournal, instantane, lignesJournal } from '../fixtures/journal';

/**
 * Merging two files of the same person (issue 4): surviving values chosen field by field, every
 * record moved, the trail kept; nothing lost, indicators unchanged except for the double count.
 * Rules: docs/regles-dossier.md.
 *
 * Records of the other areas (diagnostics, parcours, events, workshops, situations) are written
 * with plain SQL, as their services would: this file tests the merge, not them.
 */

let b: Banc;
let lieux: Awaited<ReturnType<typeof installer>>;
let claire: number;
let karim: number;
let admin: number;
let conserve: number;
let absorbe: number;

const sqlite = () => b.app.base.sqlite;
const CREE = '2026-03-10T09:00:00.000Z';

/** Inserts one row with the traceability columns filled; returns its rowid. */
function inserer(table: string, valeurs: Record<string, unknown>, tracabilite = true): number {
  const ligne = tracabilite
    ? { cree_le: CREE, cree_par: claire, modifie_le: CREE, modifie_par: claire, ...valeurs }
    : valeurs;
  const colonnes = Object.keys(ligne);
  const r = sqlite()
    .prepare(`INSERT INTO ${table} (${colonnes.join(', ')}) VALUES (${colonnes.map((c) => `@${c}`).join(', ')})`)
    .run(ligne);
  return Number(r.lastInsertRowid);
}

function compter(sql: string, ...parametres: unknown[]): number {
  return (
    sqlite()
      .prepare(`SELECT count(*) AS n FROM ${sql}`)
      .get(...parametres) as { n: number }
  ).n;
}

async function creerJeune(nomNaissance: string, prenoms: string, autres: Record<string, unknown> = {}) {
  return (
    await b.appeler('jeunes.creer', {
      nomNaissance,
      prenoms,
      dateNaissance: '2006-04-12',
      sexe: 'F',
      confirmeMalgreRessemblants: true,
      ...autres,
    })
  ).id;
}

async function accueil(jeune: number, date: string, heure: string) {
  return b.appeler('accueils.enregistrer', {
    jeuneId: jeune,
    date,
    heure,
    siteId: lieux.siege,
    canal: 'physique',
    motifs: ['emploi'],
    reponse: 'information',
  });
}

function evenement(jeune: number, date: string, autres: Record<string, unknown> = {}) {
  return inserer('evenement', {
    jeune_id: jeune,
    date,
    type: 'entretien_individuel',
    modalite: 'presentiel',
    themes: 'emploi',
    auteur_id: claire,
    ...autres,
  });
}

function atelier(date: string) {
  return inserer('atelier', {
    type: 'atelier_emploi',
    intitule: `Atelier du ${date}`,
    date,
    heure: '14:00',
    duree_minutes: 120,
    site_id: lieux.siege,
    animateur_id: claire,
    capacite: 12,
  });
}

/** Puts a jeune on a workshop's list; present: the attendance creates their event. */
function inscrire(atelierId: number, jeune: number, present: boolean | null) {
  const evenementId = present
    ? evenement(jeune, '2026-02-12', { type: 'atelier_collectif', atelier_id: atelierId })
    : null;
  inserer('atelier_participant', {
    atelier_id: atelierId,
    jeune_id: jeune,
    present: present === null ? null : Number(present),
    evenement_id: evenementId,
  });
  return evenementId;
}

function parcours(jeune: number, type: string, debut: string, finReelle: string | null = null) {
  return inserer('parcours', {
    jeune_id: jeune,
    type_code: type,
    debut,
    fin_prevue: '2027-01-31',
    fin_reelle: finReelle,
    motif_sortie: finReelle ? 'abandon' : null,
    referent_id: claire,
  });
}

function referent(jeune: number, conseiller: number | null) {
  sqlite().prepare('UPDATE jeune SET conseiller_referent_id = ? WHERE id = ?').run(conseiller, jeune);
}

/** Every row of every table a merge may touch: to prove that a refused merge changed nothing. */
function etatDeLaBase(): string {
  return [...Object.keys(TABLES_DU_JEUNE), 'jeune', 'jeune_fusion', 'sequence']
    .map((t) => instantane(sqlite(), t))
    .join('\n');
}

beforeEach(async () => {
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  lieux = await installer(b);
  [claire, karim] = lieux.conseillers as [number, number];
  admin = b.session.utilisateurId!;
  conserve = await creerJeune('Dupont', 'Élodie', {
    communeInsee: '26281',
    telephone: null,
    email: 'e.dupont@exemple.fr',
  });
  absorbe = await creerJeune('Dupond', 'Elodie Marie', {
    nomUsage: 'Martin',
    communeInsee: '26057',
    telephone: '06 12 34 56 78',
    email: 'elodie.m@exemple.fr',
    rqth: true,
  });
});

describe('chaque table qui porte un jeune est traitée par la fusion', () => {
  test('toute table ayant une colonne jeune_id, ou une clé vers jeune, est déclarée', () => {
    const tables = (
      sqlite()
        .prepare(
          `SELECT m.name FROM sqlite_master m
           WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'jeune_id')
           ORDER BY m.name`,
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables.length).toBeGreaterThanOrEqual(10);
    expect(tables).toEqual(Object.keys(TABLES_DU_JEUNE).sort());

    // Any other column pointing at a jeune (the merge log itself excepted) would be missed too.
    const references = (
      sqlite()
        .prepare(
          `SELECT m.name || '.' || k."from" AS colonne FROM sqlite_master m, pragma_foreign_key_list(m.name) k
           WHERE m.type = 'table' AND k."table" = 'jeune' ORDER BY 1`,
        )
        .all() as { colonne: string }[]
    ).map((r) => r.colonne);
    expect(references).toEqual(
      [...Object.keys(TABLES_DU_JEUNE).map((t) => `${t}.jeune_id`), 'jeune_fusion.conserve_id'].sort(),
    );
  });
});

describe('fusionner deux dossiers de la même personne', () => {
  let evenementsAbsorbe: { atelierPresent: number; atelierDouble: number };
  let evenementConserveDouble: number;

  beforeEach(async () => {
    // Each file holds a bit of everything: the absorbed one even has the earliest accueil.
    const adil = insererPartenaire(b, 'ADIL de la Drôme');
    await accueil(conserve, '2026-01-20', '10:00');
    await accueil(absorbe, '2025-11-05', '09:00');
    await accueil(absorbe, '2026-02-01', '15:30');
    for (const j of [conserve, absorbe]) {
      await b.appeler('rendezVous.creer', {
        jeuneId: j,
        conseillerId: claire,
        siteId: lieux.siege,
        date: '2026-03-12',
        heure: j === conserve ? '09:00' : '11:00',
      });
      await b.appeler('fileAttente.ajouter', { siteId: lieux.siege, jeuneId: j, motif: 'Question' });
      await b.appeler('jeunes.ajouterMention', { jeuneId: j, nature: 'sante', texte: `Mention du dossier ${j}` });
      const diag = inserer('diagnostic', { jeune_id: j, conseiller_id: claire, debut: '2026-01-22' });
      inserer('diagnostic_dimension', { diagnostic_id: diag, dimension: 'logement', frein: 1 }, false);
      inserer('orientation', {
        jeune_id: j,
        partenaire_id: adil,
        date: '2026-01-22',
        motif: 'Recherche de logement',
        transmission_diagnostic: 1,
        diagnostic_id: diag,
        origine: 'dossier',
      });
      inserer('situation', { jeune_id: j, type: 'formation', sous_type: 'qualifiante', debut: '2026-02-02' });
      evenement(j, '2026-01-22');
    }
    evenement(absorbe, '2025-11-05');
    const cej = parcours(conserve, 'cej', '2026-02-01');
    inserer('sequence', { parcours_id: cej, ordre: 1, type: 'orientation', debut: '2026-02-01', fin: '2026-02-28' });
    inserer('sequence', { parcours_id: cej, ordre: 2, type: 'accompagnement', debut: '2026-03-01' });
    const pacea = parcours(absorbe, 'pacea', '2025-11-15', '2026-01-10');
    inserer('sequence', { parcours_id: pacea, ordre: 1, type: 'orientation', debut: '2025-11-15', fin: '2026-01-10' });
    // Workshop 1: registered on both files, present only on the absorbed one.
    const w1 = atelier('2026-02-12');
    inscrire(w1, conserve, null);
    const atelierPresent = inscrire(w1, absorbe, true)!;
    // Workshop 2: present on both files, hence two events for one attendance.
    const w2 = atelier('2026-02-19');
    evenementConserveDouble = inscrire(w2, conserve, true)!;
    const atelierDouble = inscrire(w2, absorbe, true)!;
    // Workshop 3: only the absorbed file.
    inscrire(atelier('2026-02-26'), absorbe, false);
    evenementsAbsorbe = { atelierPresent, atelierDouble };
    // Both files opened once: the trail holds entries about the absorbed number.
    await b.appeler('jeunes.lire', { id: conserve });
    await b.appeler('jeunes.lire', { id: absorbe });
  });

  function totaux() {
    return Object.fromEntries(
      [...Object.keys(TABLES_DU_JEUNE), 'sequence', 'diagnostic_dimension', 'jeune'].map((t) => [t, compter(t)]),
    );
  }

  /** Distinct jeunes with any history: the double count a merge removes. */
  function jeunesDistincts(): number {
    return compter(
      `(SELECT jeune_id FROM accueil UNION SELECT jeune_id FROM evenement UNION SELECT jeune_id FROM parcours
        UNION SELECT jeune_id FROM situation UNION SELECT jeune_id FROM diagnostic)`,
    );
  }

  test('rien n’est perdu : totaux identiques sauf le double compte, tout rattaché au dossier conservé', async () => {
    const avant = totaux();
    const distinctsAvant = jeunesDistincts();
    const journalAbsorbe = compter("journal_acces WHERE objet_type = 'jeune' AND objet_id = ?", absorbe);
    expect(journalAbsorbe).toBeGreaterThan(0);
    const lignesAbsorbe = Object.keys(TABLES_DU_JEUNE)
      .filter((t) => t !== 'jeune_mot_cle')
      .reduce((n, t) => n + compter(`${t} WHERE jeune_id = ?`, absorbe), 0);
    const depuis = dernierIdJournal(sqlite());

    const r = await b.appeler('jeunes.fusionner', {
      conserveId: conserve,
      absorbeId: absorbe,
      valeursDe: { telephone: 'absorbe', nomUsage: 'absorbe', rqth: 'absorbe', prenoms: 'absorbe' },
    });

    // Two duplicate workshop rows (workshops 1 and 2) and the duplicate event of workshop 2 go.
    expect(r).toEqual({ id: conserve, enregistrementsDeplaces: lignesAbsorbe - 2 - 1 });
    const apres = totaux();
    expect(apres).toEqual({
      ...avant,
      atelier_participant: avant.atelier_participant! - 2,
      evenement: avant.evenement! - 1,
      jeune: avant.jeune! - 1,
      jeune_mot_cle: apres.jeune_mot_cle,
    });
    expect(jeunesDistincts()).toBe(distinctsAvant - 1);
    for (const table of Object.keys(TABLES_DU_JEUNE)) {
      expect({ table, restantes: compter(`${table} WHERE jeune_id = ?`, absorbe) }).toEqual({ table, restantes: 0 });
    }
    expect(compter('jeune WHERE id = ?', absorbe)).toBe(0);
    // Each orientation still names the diagnostic it transmitted, now on the surviving file.
    expect(
      compter(
        'orientation o JOIN diagnostic d ON d.id = o.diagnostic_id WHERE o.jeune_id = ? AND d.jeune_id = o.jeune_id',
        conserve,
      ),
    ).toBe(2);

    // The premier accueil is the earliest of both files, and only it carries the mark.
    const fiche = await b.appeler('jeunes.lire', { id: conserve });
    expect(fiche.jeune.premierAccueilDate).toBe('2025-11-05');
    expect(fiche.accueils.filter((a) => a.premier).map((a) => a.date)).toEqual(['2025-11-05']);
    expect(fiche.accueils).toHaveLength(3);
    expect(fiche.rendezVous).toHaveLength(2);
    // The sensitive mentions followed the records.
    expect(fiche.mentionsSensibles!.map((m) => m.texte).sort()).toEqual(
      [`Mention du dossier ${absorbe}`, `Mention du dossier ${conserve}`].sort(),
    );

    // The chosen values survive; the others are the surviving file's.
    expect(fiche.jeune).toMatchObject({
      nomNaissance: 'Dupont',
      nomUsage: 'Martin',
      prenoms: 'Elodie Marie',
      telephone: '0612345678',
      email: 'e.dupont@exemple.fr',
      communeInsee: '26281',
      rqth: true,
    });

    // The trail is untouched (entries about the absorbed number remain) and names both files.
    expect(compter("journal_acces WHERE objet_type = 'jeune' AND objet_id = ?", absorbe)).toBe(journalAbsorbe + 1);
    expect(
      lignesJournal(sqlite(), depuis)
        .filter((l) => l.methode === 'jeunes.fusionner')
        .map((l) => [l.action, l.objet_id])
        .sort(),
    ).toEqual(
      [
        ['modification', conserve],
        ['modification', absorbe],
      ].sort(),
    );

    // The merge itself is recorded, with the absorbed file as it was.
    const fusion = sqlite().prepare('SELECT * FROM jeune_fusion').get() as Record<string, unknown>;
    expect(fusion).toMatchObject({
      absorbe_id: absorbe,
      conserve_id: conserve,
      fusionne_le: '2026-03-10T09:15:00.000Z',
      fusionne_par: admin,
    });
    expect(JSON.parse(fusion.identite_absorbee as string)).toMatchObject({
      nomNaissance: 'Dupond',
      prenoms: 'Elodie Marie',
      telephone: '0612345678',
      communeInsee: '26057',
    });
  });

  test('ateliers : une seule inscription par atelier, présent si l’un l’était, un seul événement', async () => {
    await b.appeler('jeunes.fusionner', { conserveId: conserve, absorbeId: absorbe });
    const lignes = sqlite()
      .prepare(
        `SELECT a.date, p.present, p.evenement_id AS evenement FROM atelier_participant p
         JOIN atelier a ON a.id = p.atelier_id WHERE p.jeune_id = ? ORDER BY a.date`,
      )
      .all(conserve);
    expect(lignes).toEqual([
      { date: '2026-02-12', present: 1, evenement: evenementsAbsorbe.atelierPresent },
      { date: '2026-02-19', present: 1, evenement: evenementConserveDouble },
      { date: '2026-02-26', present: 0, evenement: null },
    ]);
    expect(compter('evenement WHERE id = ?', evenementsAbsorbe.atelierDouble)).toBe(0);
    expect(compter('evenement WHERE id = ?', evenementsAbsorbe.atelierPresent)).toBe(1);
  });

  test('la recherche trouve le dossier conservé sous ses noms, plus jamais le numéro absorbé', async () => {
    await b.appeler('jeunes.fusionner', {
      conserveId: conserve,
      absorbeId: absorbe,
      valeursDe: { nomUsage: 'absorbe' },
    });
    const trouves = async (texte: string) => (await b.appeler('jeunes.rechercher', { texte })).jeunes.map((j) => j.id);
    expect(await trouves('martin elodie')).toEqual([conserve]);
    expect(await trouves('dupont')).toEqual([conserve]);
    expect(await trouves('dupond')).toEqual([]);
    expect(compter('jeune_mot_cle WHERE jeune_id = ?', absorbe)).toBe(0);
  });

  test('le numéro absorbé mène au dossier conservé, partout', async () => {
    await b.appeler('jeunes.fusionner', { conserveId: conserve, absorbeId: absorbe });
    const message = `Ce dossier a été fusionné dans le dossier n° ${conserve} le 10/03/2026 : ouvrez celui-ci.`;
    const attendu = { ok: false, error: { code: 'introuvable', message } };
    expect(await b.brut('jeunes.lire', { id: absorbe })).toEqual(attendu);
    expect(await b.brut('jeunes.chronologie', { jeuneId: absorbe })).toEqual(attendu);
    const { jeune } = await b.appeler('jeunes.lire', { id: conserve });
    expect(
      await b.brut('jeunes.modifier', {
        ...jeune,
        id: absorbe,
        qpv: null,
        modifieLeLu: jeune.modifieLe,
      }),
    ).toEqual(attendu);
    expect(await b.brut('jeunes.apercuFusion', { conserveId: conserve, absorbeId: absorbe })).toEqual(attendu);
    expect(await b.brut('jeunes.fusionner', { conserveId: absorbe, absorbeId: conserve })).toEqual(attendu);
  });

  test('la ligne du temps du dossier conservé montre l’historique des deux', async () => {
    const avant =
      (await b.appeler('jeunes.chronologie', { jeuneId: conserve })).entrees.length +
      (await b.appeler('jeunes.chronologie', { jeuneId: absorbe })).entrees.length;
    await b.appeler('jeunes.fusionner', { conserveId: conserve, absorbeId: absorbe });
    const apres = (await b.appeler('jeunes.chronologie', { jeuneId: conserve })).entrees;
    // Less the duplicate event of workshop 2.
    expect(apres).toHaveLength(avant - 1);
  });
});

describe('aperçu avant fusion', () => {
  test('valeurs champ par champ, lisibles, et enregistrements de chaque dossier', async () => {
    referent(conserve, claire);
    sqlite()
      .prepare("UPDATE jeune SET niveau = 'niveau_4', information_donnees_le = '2026-01-05' WHERE id = ?")
      .run(absorbe);
    await accueil(absorbe, '2025-11-05', '09:00');
    evenement(absorbe, '2025-11-05');
    evenement(absorbe, '2025-11-06');
    await b.appeler('jeunes.ajouterMention', { jeuneId: absorbe, nature: 'justice', texte: 'Contrôle judiciaire' });
    const depuis = dernierIdJournal(sqlite());

    const a = await b.appeler('jeunes.apercuFusion', { conserveId: conserve, absorbeId: absorbe });
    expect([a.conserve.id, a.absorbe.id]).toEqual([conserve, absorbe]);
    const champ = (nom: string) => a.champs.find((c) => c.champ === nom);
    expect(a.champs).toHaveLength(25);
    expect(champ('nomNaissance')).toEqual({
      champ: 'nomNaissance',
      conserve: 'Dupont',
      absorbe: 'Dupond',
      conserveLibelle: 'Dupont',
      absorbeLibelle: 'Dupond',
    });
    expect(champ('dateNaissance')).toMatchObject({ conserveLibelle: '12/04/2006', absorbeLibelle: '12/04/2006' });
    expect(champ('sexe')).toMatchObject({ conserve: 'F', conserveLibelle: 'Femme' });
    expect(champ('communeInsee')).toMatchObject({
      conserveLibelle: 'Romans-sur-Isère (26281)',
      absorbeLibelle: 'Bourg-de-Péage (26057)',
    });
    expect(champ('telephone')).toMatchObject({ conserve: null, conserveLibelle: '—', absorbe: '0612345678' });
    expect(champ('qpv')).toMatchObject({ conserve: null, conserveLibelle: 'Selon la commune' });
    expect(champ('rqth')).toMatchObject({
      conserve: false,
      conserveLibelle: 'Non',
      absorbe: true,
      absorbeLibelle: 'Oui',
    });
    expect(champ('niveau')).toMatchObject({ conserveLibelle: '—', absorbeLibelle: 'Niveau 4 (Bac)' });
    expect(champ('informationDonneesLe')).toMatchObject({ absorbeLibelle: '05/01/2026' });
    expect(champ('conseillerReferentId')).toMatchObject({
      conserve: claire,
      conserveLibelle: 'Claire Fabre',
      absorbe: null,
      absorbeLibelle: 'Aucun',
    });
    const compte = Object.fromEntries(a.enregistrements.map((e) => [e.genre, [e.conserve, e.absorbe]]));
    expect(compte).toMatchObject({
      Accueils: [0, 1],
      Événements: [0, 2],
      'Mentions de santé ou de justice': [0, 1],
      Parcours: [0, 0],
      'Orientations vers les partenaires': [0, 0],
    });
    expect(compte['Mots de recherche']).toBeUndefined();
    // Both files read: one trail entry each.
    expect(
      lignesJournal(sqlite(), depuis)
        .map((l) => [l.action, l.objet_id])
        .sort(),
    ).toEqual(
      [
        ['lecture', conserve],
        ['lecture', absorbe],
      ].sort(),
    );
  });

  test('un conseiller qui ne voit pas les mentions n’en voit pas même le nombre', async () => {
    await b.appeler('jeunes.ajouterMention', { jeuneId: absorbe, nature: 'sante', texte: 'Suivi CMP' });
    referent(absorbe, karim);
    const a = await b.brut('jeunes.apercuFusion', { conserveId: conserve, absorbeId: absorbe }, b.sessionDe(claire));
    expect(a.ok).toBe(true);
    const genres = (a as { value: { enregistrements: { genre: string }[] } }).value.enregistrements.map((e) => e.genre);
    expect(genres).toContain('Accueils');
    expect(genres).not.toContain('Mentions de santé ou de justice');
  });

  test('le même dossier deux fois : refusé en français', async () => {
    expect(await b.brut('jeunes.apercuFusion', { conserveId: conserve, absorbeId: conserve })).toMatchObject({
      ok: false,
      error: { code: 'regle_metier', message: 'Fusion : choisissez deux dossiers différents.' },
    });
  });
});

describe('fusions refusées : message français, rien d’écrit', () => {
  async function refus(entree: Record<string, unknown>, session = b.session) {
    const avant = etatDeLaBase();
    const r = await b.brut('jeunes.fusionner', entree, session);
    expect(etatDeLaBase()).toBe(avant);
    return r;
  }

  test('le même dossier deux fois', async () => {
    expect(await refus({ conserveId: conserve, absorbeId: conserve })).toMatchObject({
      ok: false,
      error: {
        code: 'entree_invalide',
        champs: [{ champ: 'absorbeId', message: 'Fusion : choisissez deux dossiers différents.' }],
      },
    });
  });

  test('un dossier inconnu', async () => {
    expect(await refus({ conserveId: conserve, absorbeId: 9999 })).toEqual({
      ok: false,
      error: {
        code: 'introuvable',
        message: 'Dossier jeune introuvable : la fiche a peut-être été supprimée ou fusionnée.',
      },
    });
  });

  test('deux parcours ouverts du même type : clôturer l’un d’abord', async () => {
    parcours(conserve, 'cej', '2026-01-05');
    parcours(absorbe, 'cej', '2026-02-02');
    expect(await refus({ conserveId: conserve, absorbeId: absorbe })).toEqual({
      ok: false,
      error: {
        code: 'regle_metier',
        message:
          "Les deux dossiers ont chacun un parcours Contrat d'engagement jeune (CEJ) ouvert (depuis le 05/01/2026 et le 02/02/2026) : un jeune n'en a qu'un ouvert par type. Clôturez d'abord l'un des deux (sortie), puis fusionnez.",
      },
    });
  });

  test('deux parcours du même type dont un est clôturé : la fusion passe', async () => {
    parcours(conserve, 'cej', '2025-01-05', '2025-06-30');
    parcours(absorbe, 'cej', '2026-02-02');
    parcours(conserve, 'pacea', '2026-01-05');
    expect(await b.appeler('jeunes.fusionner', { conserveId: conserve, absorbeId: absorbe })).toMatchObject({
      id: conserve,
    });
    expect(compter('parcours WHERE jeune_id = ?', conserve)).toBe(3);
  });

  test('un conseiller ne fusionne pas le dossier suivi par un autre ; la tentative est tracée', async () => {
    referent(absorbe, karim);
    const depuis = dernierIdJournal(sqlite());
    expect(await refus({ conserveId: conserve, absorbeId: absorbe }, b.sessionDe(claire))).toEqual({
      ok: false,
      error: {
        code: 'acces_refuse',
        message: `Le dossier n° ${absorbe} est suivi par Karim Benali : seuls son référent et la direction peuvent le fusionner. Demandez-leur de le faire.`,
      },
    });
    expect(lignesJournal(sqlite(), depuis).map((l) => [l.action, l.methode, l.utilisateur_id])).toEqual([
      ['acces_refuse', 'jeunes.fusionner', claire],
    ]);
  });

  test('un conseiller fusionne ses dossiers et ceux sans référent ; la direction, tous', async () => {
    referent(conserve, claire);
    const r = await b.brut('jeunes.fusionner', { conserveId: conserve, absorbeId: absorbe }, b.sessionDe(claire));
    expect(r.ok).toBe(true);
    const autre = await creerJeune('Dupont', 'Elodie');
    referent(autre, claire);
    // Karim holds direction: he merges a file followed by Claire.
    const r2 = await b.brut('jeunes.fusionner', { conserveId: conserve, absorbeId: autre }, b.sessionDe(karim));
    expect(r2.ok).toBe(true);
  });

  test('l’accueil ne fusionne pas', async () => {
    const accueil = await b.personne(['accueil']);
    expect(await refus({ conserveId: conserve, absorbeId: absorbe }, accueil.session)).toMatchObject({
      ok: false,
      error: { code: 'acces_refuse' },
    });
  });
});

describe('fusions successives', () => {
  test('un numéro absorbé par un dossier lui-même absorbé mène au dernier dossier', async () => {
    const troisieme = await creerJeune('Dupont', 'Élodie M.');
    await accueil(troisieme, '2025-06-01', '10:00');
    await b.appeler('jeunes.fusionner', { conserveId: absorbe, absorbeId: troisieme });
    b.horloge.avancer(60 * 24);
    await b.appeler('jeunes.fusionner', { conserveId: conserve, absorbeId: absorbe });
    expect(await b.brut('jeunes.lire', { id: troisieme })).toEqual({
      ok: false,
      error: {
        code: 'introuvable',
        message: `Ce dossier a été fusionné dans le dossier n° ${conserve} le 10/03/2026 : ouvrez celui-ci.`,
      },
    });
    expect(await b.brut('jeunes.lire', { id: absorbe })).toMatchObject({
      error: { message: `Ce dossier a été fusionné dans le dossier n° ${conserve} le 11/03/2026 : ouvrez celui-ci.` },
    });
    expect((await b.appeler('jeunes.lire', { id: conserve })).jeune.premierAccueilDate).toBe('2025-06-01');
  });
});

describe('mises en relation sur des offres', () => {
  test('les deux dossiers proposés sur une offre : une seule reste, la plus avancée, avec sa situation', async () => {
    const boulangerie = insererEntreprise(b, 'Boulangerie Martin');
    const offre = async (intitule: string) =>
      (
        await b.appeler('offres.enregistrer', {
          entrepriseId: boulangerie,
          offre: { intitule, typeContrat: 'cdd', dureeMois: 6, postes: 3 },
        })
      ).id;
    const proposer = async (offreId: number, jeuneId: number) =>
      (await b.appeler('misesEnRelation.proposer', { offreId, jeuneIds: [jeuneId] })).ids[0]!;
    const issue = async (id: number, autres: Record<string, unknown>) => {
      const m = (await b.appeler('misesEnRelation.duJeune', { jeuneId: jeuneDe(id) })).find((x) => x.id === id)!;
      return b.appeler('misesEnRelation.enregistrerIssue', {
        id,
        modifieLeLu: m.modifieLe,
        issue: 'retenu',
        ...autres,
      });
    };
    const jeuneDe = (id: number) =>
      (sqlite().prepare('SELECT jeune_id AS j FROM mise_en_relation WHERE id = ?').get(id) as { j: number }).j;
    const proposerLesDeux = async (intitule: string) => {
      const o = await offre(intitule);
      return { c: await proposer(o, conserve), a: await proposer(o, absorbe) };
    };

    // A: waiting on the surviving file, retained on the absorbed one.
    const a = await proposerLesDeux('A');
    const situationA = (await issue(a.a, {})).situationId;
    // B: not retained on the surviving file, still waiting on the absorbed one.
    const bb = await proposerLesDeux('B');
    await issue(bb.c, { issue: 'non_retenu', motifNonRetenu: 'profil' });
    // C: retained on both: the surviving file's stays, the absorbed one's situation goes.
    const c = await proposerLesDeux('C');
    const situationC = (await issue(c.c, {})).situationId;
    const doublonC = (await issue(c.a, {})).situationId;
    // D: retained on both, but the surviving file's situation was deleted since: it takes the other.
    const d = await proposerLesDeux('D');
    const { situationId: supprimee } = await issue(d.c, {});
    await b.appeler('situations.supprimer', { id: supprimee! });
    const situationD = (await issue(d.a, {})).situationId;
    // E: only on the absorbed file.
    const e = await proposer(await offre('E'), absorbe);
    await issue(e, { issue: 'desistement' });

    await b.appeler('jeunes.fusionner', { conserveId: conserve, absorbeId: absorbe });

    const lignes = sqlite()
      .prepare(
        `SELECT m.id, o.intitule, m.issue, m.situation_id AS situation, m.situation_creee AS creee
         FROM mise_en_relation m JOIN offre o ON o.id = m.offre_id WHERE m.jeune_id = ? ORDER BY o.intitule`,
      )
      .all(conserve);
    expect(lignes).toEqual([
      { id: a.a, intitule: 'A', issue: 'retenu', situation: situationA, creee: 1 },
      { id: bb.c, intitule: 'B', issue: 'non_retenu', situation: null, creee: 0 },
      { id: c.c, intitule: 'C', issue: 'retenu', situation: situationC, creee: 1 },
      { id: d.c, intitule: 'D', issue: 'retenu', situation: situationD, creee: 1 },
      { id: e, intitule: 'E', issue: 'desistement', situation: null, creee: 0 },
    ]);
    expect(compter('mise_en_relation WHERE jeune_id = ?', absorbe)).toBe(0);
    // The dropped matches' acts went with them: one act per match left.
    expect(
      sqlite()
        .prepare("SELECT mise_en_relation_id AS id FROM acte_service WHERE type = 'mise_en_relation' ORDER BY id")
        .all()
        .map((r) => (r as { id: number }).id),
    ).toEqual([a.a, bb.c, c.c, d.c, e].sort((x, y) => x - y));
    // The absorbed file's duplicate situation on C is gone; the others now belong to the survivor.
    expect(compter('situation WHERE id = ?', doublonC)).toBe(0);
    expect(
      (
        sqlite()
          .prepare(
            'SELECT group_concat(id) AS ids FROM (SELECT id FROM situation WHERE jeune_id = ? AND entreprise_id IS NOT NULL ORDER BY id)',
          )
          .get(conserve) as { ids: string }
      ).ids,
    ).toBe([situationA, situationC, situationD].join(','));
  });
});

describe('positionnements sur des actions de formation', () => {
  test('les deux dossiers positionnés sur une action : le plus avancé reste, avec ses étapes, ses décisions et sa situation', async () => {
    const afpa = insererPartenaire(b, 'AFPA Valence', { type: 'organisme_formation' });
    const action = (intitule: string) =>
      insererAction(b, afpa, { intitule, debut: '2026-03-02', statut: 'en_recrutement', places: 10 });
    const proposer = async (actionId: number, jeuneId: number) =>
      (await b.appeler('positionnements.proposer', { actionId, jeuneIds: [jeuneId], date: '2026-03-02' })).ids[0]!;
    const jeuneDe = (id: number) =>
      (sqlite().prepare('SELECT jeune_id AS j FROM positionnement WHERE id = ?').get(id) as { j: number }).j;
    const changer = async (id: number, statut: string, autres: Record<string, unknown> = {}) => {
      const p = (await b.appeler('positionnements.duJeune', { jeuneId: jeuneDe(id) })).find((x) => x.id === id)!;
      return b.appeler('positionnements.changerStatut', {
        id,
        statut: statut as 'retenu',
        date: '2026-03-05',
        modifieLeLu: p.modifieLe,
        ...autres,
      });
    };
    const entrer = async (id: number) => {
      await changer(id, 'en_commission');
      await changer(id, 'retenu');
      return (await changer(id, 'entre')).situationId!;
    };
    const lesDeux = async (intitule: string) => {
      const a = action(intitule);
      return { actionId: a, c: await proposer(a, conserve), a: await proposer(a, absorbe) };
    };

    // A: only proposed on the surviving file, entered on the absorbed one: the entry stays.
    const a = await lesDeux('A');
    const situationA = await entrer(a.a);
    // B: retained by a commission on the surviving file, still in commission on the absorbed one.
    const bb = await lesDeux('B');
    await changer(bb.a, 'en_commission');
    const { id: commission } = await b.appeler('commissions.enregistrer', {
      actionId: bb.actionId,
      date: '2026-03-06',
      decisions: [{ positionnementId: bb.c, decision: 'retenu' }],
    });
    // C: entered on both: the surviving file's stays, the absorbed one's situation goes.
    const c = await lesDeux('C');
    const situationC = await entrer(c.c);
    const doublonC = await entrer(c.a);
    // D: not retained (one step) on the surviving file, in commission after an information
    // session (two steps) on the absorbed one: as far, but further along the way.
    const d = await lesDeux('D');
    await changer(d.c, 'non_retenu', { motifNonRetenu: 'tests' });
    await changer(d.a, 'information_collective');
    await changer(d.a, 'en_commission');
    // E: only on the absorbed file.
    const e = await proposer(action('E'), absorbe);

    await b.appeler('jeunes.fusionner', { conserveId: conserve, absorbeId: absorbe });

    expect(
      sqlite()
        .prepare(
          `SELECT p.id, a.intitule, p.statut, p.situation_id AS situation,
                  (SELECT count(*) FROM etape_positionnement e WHERE e.positionnement_id = p.id) AS etapes
           FROM positionnement p JOIN action_formation a ON a.id = p.action_id WHERE p.jeune_id = ? ORDER BY a.intitule`,
        )
        .all(conserve),
    ).toEqual([
      { id: a.a, intitule: 'A', statut: 'entre', situation: situationA, etapes: 4 },
      { id: bb.c, intitule: 'B', statut: 'retenu', situation: null, etapes: 3 },
      { id: c.c, intitule: 'C', statut: 'entre', situation: situationC, etapes: 4 },
      { id: d.a, intitule: 'D', statut: 'en_commission', situation: null, etapes: 3 },
      { id: e, intitule: 'E', statut: 'propose', situation: null, etapes: 1 },
    ]);
    expect(compter('positionnement WHERE jeune_id = ?', absorbe)).toBe(0);
    // The dropped candidacies' steps went with them; the commission's decision stays with B.
    expect(compter('etape_positionnement')).toBe(4 + 3 + 4 + 3 + 1);
    expect(
      sqlite().prepare('SELECT commission_id AS c, positionnement_id AS p FROM decision_commission').all(),
    ).toEqual([{ c: commission, p: bb.c }]);
    // The absorbed file's duplicate entry on C left no situation behind; the others are the survivor's.
    expect(compter('situation WHERE id = ?', doublonC)).toBe(0);
    expect(
      sqlite()
        .prepare("SELECT id FROM situation WHERE jeune_id = ? AND type = 'formation' ORDER BY id")
        .all(conserve)
        .map((r) => (r as { id: number }).id),
    ).toEqual([situationA, situationC]);
    const situations = await b.appeler('situations.duJeune', { jeuneId: conserve });
    expect(situations.map((s) => s.positionnementId).sort()).toEqual([a.a, c.c].sort());
  });
});
