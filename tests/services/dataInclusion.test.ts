import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { serviceDiSchema, structureDiSchema } from '../../src-main/contract/dataInclusion';
import type { Sqlite } from '../../src-main/db/open';
import { banc, installer, type Banc } from '../aide';

const DOSSIER = join(import.meta.dirname, '..', 'fixtures', 'data-inclusion');
const fixture = (nom: string) => readFileSync(join(DOSSIER, nom), 'utf8');
const DROME = fixture('drome.json');
const ERREURS = fixture('drome-erreurs.json');
const CASSE = fixture('drome-casse.json');

let b: Banc;
let lieux: Awaited<ReturnType<typeof installer>>;

beforeEach(async () => {
  b = banc({ maintenant: '2026-03-10T09:15:00Z' });
  lieux = await installer(b);
});

const sqlite = () => b.app.base.sqlite;

function compter(table = 'partenaire'): number {
  return (sqlite().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function comptes() {
  return {
    partenaires: compter('partenaire'),
    services: compter('service_partenaire'),
  };
}

/** Everything the directory holds, to compare before and after. */
function instantane(s: Sqlite = sqlite()) {
  return [
    'partenaire',
    'service_partenaire',
    'partenaire_contact',
    'permanence_partenaire',
    'convention_partenaire',
  ].map((t) => s.prepare(`SELECT * FROM ${t} ORDER BY id`).all());
}

function partenaire(source: string, sourceId: string) {
  return sqlite().prepare('SELECT * FROM partenaire WHERE source = ? AND source_id = ?').get(source, sourceId) as
    Record<string, unknown> | undefined;
}

function inserer(s: Sqlite, table: string, valeurs: Record<string, unknown>): number {
  const trace = { cree_le: '2026-01-15T10:00:00.000Z', modifie_le: '2026-01-15T10:00:00.000Z' };
  const ligne = {
    ...(table === 'partenaire_contact' ? {} : trace),
    ...(table === 'partenaire' || table === 'service_partenaire' ? { date_maj: '2026-01-15' } : {}),
    ...valeurs,
  };
  const colonnes = Object.keys(ligne);
  return Number(
    s
      .prepare(`INSERT INTO ${table} (${colonnes.join(', ')}) VALUES (${colonnes.map((c) => `@${c}`).join(', ')})`)
      .run(ligne).lastInsertRowid,
  );
}

/**
 * A directory as a Mission Locale keeps it: partners typed in Tremplin (no description, short
 * names, upper-case e-mail, no network), imported ones with a service added here, inactive ones.
 */
function baseVariee(s: Sqlite) {
  const ft = inserer(s, 'partenaire', {
    source: 'tremplin',
    source_id: '0b4f3c0e-1111-4a1a-9c1e-000000000001',
    nom: 'France Travail Romans',
    type: 'france_travail',
    thematiques: '["trouver-un-emploi","se-former"]',
    commune: 'Romans-sur-Isère',
    code_insee: '26281',
    code_postal: '26100',
    adresse: '2 rue Jacquemart',
    telephone: '3949',
    email: 'ENTREPRISE.26281@EXEMPLE.FR',
    site_web: 'https://www.francetravail.fr',
    college: 'etat',
    representant: 'Mme la directrice d’agence',
    notes: 'Référente jeunes : voir contacts.',
    latitude: 45.0431,
    longitude: 5.0512,
  });
  inserer(s, 'partenaire_contact', { partenaire_id: ft, nom: 'Anne Vidal', fonction: 'Référente jeunes' });
  inserer(s, 'service_partenaire', {
    partenaire_id: ft,
    source: 'tremplin',
    source_id: '0b4f3c0e-2222-4a1a-9c1e-000000000001',
    nom: 'CEJ',
    description: 'Contrat d’engagement jeune.',
    type: 'accompagnement',
    thematiques: '["trouver-un-emploi","accompagnement-social-et-professionnel-personnalise"]',
    publics: '["jeunes"]',
    frais: 'gratuit',
    modes_accueil: '["en-presentiel","a-distance"]',
    zone_eligibilite: '["26281","26057"]',
    modes_mobilisation: '["envoyer-un-courriel"]',
    mobilisable_par: '["professionnels"]',
    email: 'Cej.Romans@Exemple.fr',
    contact_nom: 'Anne Vidal',
    volume_horaire_hebdomadaire: 15.5,
    nombre_semaines: 52,
    date_maj: '2026-02-01',
  });
  inserer(s, 'service_partenaire', {
    partenaire_id: ft,
    source: 'tremplin',
    source_id: '0b4f3c0e-2222-4a1a-9c1e-000000000002',
    nom: 'Ancien dispositif',
    actif: 0,
  });
  // A name too short for data·inclusion, and one ending with a full stop.
  inserer(s, 'partenaire', {
    source: 'tremplin',
    source_id: '0b4f3c0e-1111-4a1a-9c1e-000000000002',
    nom: 'FJ',
    type: 'logement',
    description: 'Foyer.',
    commune: 'Bourg-de-Péage',
  });
  const asso = inserer(s, 'partenaire', {
    source: 'tremplin',
    source_id: '0b4f3c0e-1111-4a1a-9c1e-000000000003',
    nom: 'Asso du Pont.',
    type: 'autre',
  });
  inserer(s, 'service_partenaire', {
    partenaire_id: asso,
    source: 'tremplin',
    source_id: '0b4f3c0e-2222-4a1a-9c1e-000000000003',
    nom: 'Aide',
  });
  inserer(s, 'partenaire', {
    source: 'tremplin',
    source_id: '0b4f3c0e-1111-4a1a-9c1e-000000000004',
    nom: 'Ancien partenaire fermé',
    type: 'association',
    actif: 0,
  });
  // Imported earlier, with a service added in Tremplin.
  const dora = inserer(s, 'partenaire', {
    source: 'dora',
    source_id: 'dora-bij-valence',
    nom: 'Bureau information jeunesse de Valence',
    type: 'education',
    description:
      'Information des jeunes sur les études, l’emploi, le logement et la mobilité internationale, en accès libre.',
    reseaux_porteurs: '["campus-connecte","bij"]',
    siret: '73282932000074',
    date_maj: '2025-10-15',
  });
  inserer(s, 'service_partenaire', {
    partenaire_id: dora,
    source: 'tremplin',
    source_id: '0b4f3c0e-2222-4a1a-9c1e-000000000004',
    nom: 'Permanence logement jeunes',
    description: 'Permanence mensuelle du BIJ à la Mission Locale pour les questions de logement des moins de 26 ans.',
    thematiques: '["logement-hebergement--etre-accompagne-pour-se-loger"]',
  });
}

async function exporter(inclureInactifs = false) {
  return b.appeler('dataInclusion.exporter', { inclureInactifs });
}

describe('import data·inclusion', () => {
  test('crée structures et services ; type tiré du réseau ; thématiques du partenaire = catégories de ses services', async () => {
    const r = await b.appeler('dataInclusion.importer', { contenu: DROME });
    expect(r).toEqual({
      structures: { crees: 13, misAJour: 0, inchanges: 0 },
      services: { crees: 21, misAJour: 0, inchanges: 0 },
      refus: [],
      ecrit: true,
    });
    expect(comptes()).toEqual({ partenaires: 13, services: 21 });
    const ccas = partenaire('dora', 'dora-ccas-valence')!;
    expect(ccas).toMatchObject({
      nom: 'CCAS de Valence',
      type: 'collectivite',
      siret: '21260362000015',
      email: 'accueil@ccas-valence.exemple.fr',
      horaires: 'Mo-Fr 08:30-12:00,13:30-17:00',
      // A published date-time is read as its date.
      date_maj: '2025-11-03',
      actif: 1,
      cree_par: 1,
    });
    expect(JSON.parse(ccas.thematiques as string)).toEqual([
      'acces-aux-droits-et-citoyennete',
      'equipement-et-alimentation',
      'gestion-financiere',
      'logement-hebergement',
    ]);
    expect(partenaire('dora', 'dora-cidff-26')!.type).toBe('autre');
    expect(partenaire('france-travail', 'ft-26051')!.type).toBe('france_travail');
    expect(partenaire('dora', 'dora-fjt-romans')!.type).toBe('logement');
    const location = sqlite()
      .prepare("SELECT * FROM service_partenaire WHERE source_id = 'dora-mobilite-vallee-permis'")
      .get() as Record<string, unknown>;
    expect(location).toMatchObject({
      partenaire_id: partenaire('dora', 'dora-mobilite-vallee')!.id,
      type: 'formation',
      frais: 'payant',
      zone_eligibilite: '["26198","26235"]',
      volume_horaire_hebdomadaire: 6.5,
      nombre_semaines: 16,
    });
  });

  test('réimporter le même fichier ne change rien', async () => {
    await b.appeler('dataInclusion.importer', { contenu: DROME });
    const avant = instantane();
    b.horloge.avancer(60);
    const r = await b.appeler('dataInclusion.importer', { contenu: DROME });
    expect(r).toEqual({
      structures: { crees: 0, misAJour: 0, inchanges: 13 },
      services: { crees: 0, misAJour: 0, inchanges: 21 },
      refus: [],
      ecrit: true,
    });
    expect(instantane()).toEqual(avant);
  });

  test('une fiche changée dans le fichier est mise à jour, les autres restent telles quelles', async () => {
    await b.appeler('dataInclusion.importer', { contenu: DROME });
    const jeu = JSON.parse(DROME) as { structures: Record<string, unknown>[]; services: Record<string, unknown>[] };
    jeu.structures[0]!.telephone = '04 75 00 10 21';
    jeu.services[3]!.thematiques = [
      'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation',
      'numerique',
    ];
    // Only presentation differs: spaces, case of the address, duplicated code.
    jeu.structures[1]!.nom = '  France Travail Valence Sud ';
    jeu.structures[2]!.courriel = 'Contact@CapEmploi26.exemple.fr';
    jeu.services[0]!.publics = ['personnes-en-situation-durgence', 'personnes-en-situation-durgence'];
    b.horloge.avancer(60);
    const r = await b.appeler('dataInclusion.importer', { contenu: JSON.stringify(jeu) });
    expect(r.structures).toEqual({ crees: 0, misAJour: 1, inchanges: 12 });
    expect(r.services).toEqual({ crees: 0, misAJour: 1, inchanges: 20 });
    const ccas = partenaire('dora', 'dora-ccas-valence')!;
    expect(ccas).toMatchObject({ telephone: '04 75 00 10 21', modifie_le: '2026-03-10T10:15:00.000Z' });
    expect(partenaire('france-travail', 'ft-26051')!.modifie_le).toBe('2026-03-10T09:15:00.000Z');
    const atelier = sqlite()
      .prepare("SELECT thematiques FROM service_partenaire WHERE source_id = 'ft-26051-ateliers-cv'")
      .get() as { thematiques: string };
    expect(JSON.parse(atelier.thematiques)).toEqual([
      'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation',
      'numerique',
    ]);
  });

  test('ce que Tremplin tient lui-même n’est jamais touché par un import', async () => {
    await b.appeler('dataInclusion.importer', { contenu: DROME });
    const id = partenaire('dora', 'dora-ccas-valence')!.id as number;
    const s = sqlite();
    s.prepare(
      `UPDATE partenaire SET type = 'etat', thematiques = '["famille"]', notes = 'Convention CCAS en cours',
         college = 'elus', representant = 'M. l’adjoint aux solidarités', actif = 0 WHERE id = ?`,
    ).run(id);
    inserer(s, 'partenaire_contact', { partenaire_id: id, nom: 'Paul Girard', fonction: 'Travailleur social' });
    inserer(s, 'permanence_partenaire', {
      partenaire_id: id,
      site_id: lieux.siege,
      jour: 2,
      heure_debut: '09:00',
      heure_fin: '12:00',
    });
    inserer(s, 'convention_partenaire', { partenaire_id: id, objet: 'Aides facultatives', expire_le: '2026-12-31' });
    s.prepare("UPDATE service_partenaire SET actif = 0 WHERE source_id = 'dora-ccas-valence-aides'").run();
    const [, , contacts, permanences, conventions] = instantane();

    const jeu = JSON.parse(DROME) as { structures: Record<string, unknown>[] };
    jeu.structures[0]!.adresse = '14 rue des Tanneurs';
    jeu.structures[0]!.reseaux_porteurs = ['france-travail'];
    const r = await b.appeler('dataInclusion.importer', { contenu: JSON.stringify(jeu) });
    expect(r.structures.misAJour).toBe(1);
    expect(partenaire('dora', 'dora-ccas-valence')).toMatchObject({
      adresse: '14 rue des Tanneurs',
      reseaux_porteurs: '["france-travail"]',
      type: 'etat',
      thematiques: '["famille"]',
      notes: 'Convention CCAS en cours',
      college: 'elus',
      representant: 'M. l’adjoint aux solidarités',
      actif: 0,
    });
    expect(
      sqlite().prepare("SELECT actif FROM service_partenaire WHERE source_id = 'dora-ccas-valence-aides'").get(),
    ).toEqual({ actif: 0 });
    const [, , contactsApres, permanencesApres, conventionsApres] = instantane();
    expect([contactsApres, permanencesApres, conventionsApres]).toEqual([contacts, permanences, conventions]);
  });

  test('fiches refusées : position, id, nom et toutes les raisons en français ; les valides sont écrites', async () => {
    const r = await b.appeler('dataInclusion.importer', { contenu: ERREURS });
    expect(r.structures).toEqual({ crees: 1, misAJour: 0, inchanges: 0 });
    expect(r.services).toEqual({ crees: 1, misAJour: 0, inchanges: 0 });
    expect(r.ecrit).toBe(true);
    expect(r.refus).toEqual([
      {
        position: 'structures[1]',
        genre: 'structure',
        identifiant: 'dora-chantier-crest',
        nom: 'Chantier d’insertion Les Jardins du Crestois',
        raisons: ['siret : la clé de contrôle ne correspond pas ; vérifiez les 14 chiffres.'],
      },
      {
        position: 'structures[2]',
        genre: 'structure',
        identifiant: 'dora-asso-pierrelatte',
        nom: 'Accueil de jour de Pierrelatte',
        raisons: [
          'description : 50 caractères au moins.',
          'courriel : adresse invalide, forme nom@domaine.fr attendue.',
        ],
      },
      {
        position: 'structures[3]',
        genre: 'structure',
        identifiant: 'dora-mission-handicap-nyons',
        nom: 'Mission handicap du Nyonsais (doublon)',
        raisons: [
          'id : structure « dora-mission-handicap-nyons » (source dora) déjà présente dans le fichier (structures[0]) : seule la première fiche est reprise.',
        ],
      },
      {
        position: 'services[1]',
        genre: 'service',
        identifiant: 'dora-mission-handicap-nyons-logement',
        nom: 'Logement adapté',
        raisons: [
          'thematiques : code de thématique inconnu « logement-hebergement--logement-adapte ».',
          'publics : public inconnu « personnes-agees ».',
        ],
      },
      {
        position: 'services[2]',
        genre: 'service',
        identifiant: 'dora-mission-handicap-nyons-transport',
        nom: 'Transport adapté',
        raisons: ['description : obligatoire (50 à 2 000 caractères).'],
      },
      {
        position: 'services[3]',
        genre: 'service',
        identifiant: 'dora-inconnue-atelier',
        nom: 'Atelier budget',
        raisons: [
          "structure_id : structure « dora-structure-inconnue » (source dora) absente du fichier et de l'annuaire.",
        ],
      },
      {
        position: 'services[4]',
        genre: 'service',
        identifiant: 'dora-chantier-crest-maraichage',
        nom: 'Contrat en maraîchage',
        raisons: [
          "structure_id : la structure « dora-chantier-crest » est refusée (structures[1]) et absente de l'annuaire : corrigez-la d'abord.",
        ],
      },
    ]);
    // Each record whole or not at all: only the valid structure and its valid service.
    expect(comptes()).toEqual({ partenaires: 1, services: 1 });
    expect(partenaire('dora', 'dora-mission-handicap-nyons')!.nom).toBe('Mission handicap du Nyonsais');
    expect(partenaire('dora', 'dora-chantier-crest')).toBeUndefined();
  });

  test('des valeurs d’un autre type sont refusées avec le nom du champ, en français', async () => {
    const contenu = JSON.stringify([
      'pas une fiche',
      { source: 'dora', id: 7, nom: 'CCAS de Die', description: 'x'.repeat(60), date_maj: '2025-13-40', courriel: 12 },
      {
        source: 'dora',
        id: 'sv',
        structure_id: 'x',
        nom: 'Service.',
        description: 'y'.repeat(60),
        date_maj: '2025-01-01',
        nombre_semaines: 2.5,
        frais: 'offert',
      },
    ]);
    const r = await b.appeler('dataInclusion.importer', { contenu });
    expect(r.refus.map((f) => [f.position, f.genre, f.identifiant, f.raisons])).toEqual([
      ['[0]', 'structure', null, ['fiche illisible : un objet JSON { … } est attendu.']],
      [
        '[1]',
        'structure',
        '7',
        [
          'id : identifiant obligatoire.',
          'date_maj : date invalide, format AAAA-MM-JJ attendu.',
          'courriel : texte attendu.',
        ],
      ],
      [
        '[2]',
        'service',
        'sv',
        [
          'nom : ne doit pas se terminer par un point.',
          'frais : « gratuit » ou « payant » attendu.',
          'nombre_semaines : nombre entier attendu.',
        ],
      ],
    ]);
    expect(comptes()).toEqual({ partenaires: 0, services: 0 });
  });

  test('tout ou rien : une seule fiche refusée et rien n’est écrit', async () => {
    const avant = instantane();
    const r = await b.appeler('dataInclusion.importer', { contenu: ERREURS, toutOuRien: true });
    expect(r.ecrit).toBe(false);
    expect(r.refus).toHaveLength(7);
    // What the import would have done without the refusals.
    expect(r.structures.crees).toBe(1);
    expect(instantane()).toEqual(avant);
    // Without refusals, tout ou rien writes everything.
    const ok = await b.appeler('dataInclusion.importer', { contenu: DROME, toutOuRien: true });
    expect(ok.ecrit).toBe(true);
    expect(comptes()).toEqual({ partenaires: 13, services: 21 });
  });

  test('analyser dit ce qu’un import ferait, sans rien écrire', async () => {
    const r = await b.appeler('dataInclusion.analyser', { contenu: DROME });
    expect(r).toEqual({
      structures: { crees: 13, misAJour: 0, inchanges: 0 },
      services: { crees: 21, misAJour: 0, inchanges: 0 },
      refus: [],
      ecrit: false,
    });
    expect(comptes()).toEqual({ partenaires: 0, services: 0 });
    await b.appeler('dataInclusion.importer', { contenu: DROME });
    const avant = instantane();
    const jeu = JSON.parse(DROME) as { structures: Record<string, unknown>[] };
    jeu.structures[4]!.telephone = '04 75 00 70 81';
    const e = await b.appeler('dataInclusion.analyser', { contenu: JSON.stringify(jeu) });
    expect(e.structures).toEqual({ crees: 0, misAJour: 1, inchanges: 12 });
    const refus = await b.appeler('dataInclusion.analyser', { contenu: ERREURS });
    expect(refus.refus).toHaveLength(7);
    expect(instantane()).toEqual(avant);
  });

  test('JSON mal formé : ligne et colonne de la faute, rien n’est écrit', async () => {
    const avant = instantane();
    const r = await b.brut('dataInclusion.importer', { contenu: CASSE });
    expect(r).toMatchObject({ ok: false, error: { code: 'entree_invalide' } });
    expect(!r.ok && r.error.message).toBe(
      'JSON mal formé, ligne 10, colonne 7 : « , » ou « } » attendu : il manque peut-être une virgule entre deux champs. ' +
        'Près de : « "code_postal": "26000", ». Rien n’a été importé : corrigez le fichier puis relancez.',
    );
    const message = async (contenu: string) => {
      const e = await b.brut('dataInclusion.analyser', { contenu });
      return e.ok ? null : e.error.message;
    };
    expect(await message('{\n  "structures": [\n    {"id": "a",}\n  ]\n}')).toContain(
      'ligne 3, colonne 16 : virgule en trop avant « } »',
    );
    expect(await message("[{'id': 'a'}]")).toContain('ligne 1, colonne 3 : nom de champ attendu');
    expect(await message('[{"nom": x}]')).toContain('ligne 1, colonne 10 : valeur attendue');
    expect(await message('{"structures": [')).toContain(
      "ligne 1, colonne 17 : le fichier s'arrête avant la fin du JSON (fichier tronqué ?)",
    );
    expect(await message('')).toBe('fichier vide : rien à importer.');
    expect(await message('{"records": []}')).toBe(
      'fichier non reconnu : un fichier data·inclusion contient { "structures": [ … ], "services": [ … ] }, ou une liste [ … ] de structures et/ou de services.',
    );
    expect(await message('{"structures": {"id": "a"}}')).toContain('« structures » doit être une liste [ … ]');
    expect(await message('42')).toContain('fichier non reconnu');
    expect(instantane()).toEqual(avant);
  });

  test('formes acceptées : liste de structures, liste de services, liste mêlée', async () => {
    const jeu = JSON.parse(DROME) as { structures: unknown[]; services: { structure_id: string }[] };
    const r1 = await b.appeler('dataInclusion.importer', { contenu: JSON.stringify(jeu.structures.slice(0, 3)) });
    expect(r1.structures.crees).toBe(3);
    // Services whose structures are already in the directory.
    const desTrois = jeu.services.filter((s) =>
      ['dora-ccas-valence', 'ft-26051', 'dora-cap-emploi-26'].includes(s.structure_id),
    );
    const r2 = await b.appeler('dataInclusion.importer', { contenu: JSON.stringify(desTrois) });
    expect(r2.services).toEqual({ crees: 6, misAJour: 0, inchanges: 0 });
    expect(r2.refus).toEqual([]);
    // Mixed, services before their structure: the file is read as a whole.
    const melee = [...jeu.services, ...jeu.structures.slice(3)];
    const r3 = await b.appeler('dataInclusion.importer', { contenu: `\uFEFF${JSON.stringify(melee)}` });
    expect(r3).toMatchObject({
      structures: { crees: 10, misAJour: 0, inchanges: 0 },
      services: { crees: 15, misAJour: 0, inchanges: 6 },
      refus: [],
    });
    expect(comptes()).toEqual({ partenaires: 13, services: 21 });
  });

  test('un service d’une autre source trouve sa structure par son id, s’il n’y en a qu’une', async () => {
    const structure = (source: string, id: string) => ({
      source,
      id,
      nom: `Structure ${source}`,
      description: 'Structure de test avec une description assez longue pour le schéma.',
      date_maj: '2025-10-01',
    });
    const service = (id: string, structureId: string) => ({
      source: 'tremplin',
      id,
      structure_id: structureId,
      nom: 'Permanence à la Mission Locale',
      description: 'Permanence mensuelle tenue dans les locaux de la Mission Locale, sur rendez-vous.',
      date_maj: '2025-10-01',
    });
    const r = await b.appeler('dataInclusion.importer', {
      contenu: JSON.stringify([
        structure('dora', 'unique'),
        structure('dora', 'double'),
        structure('soliguide', 'double'),
        service('sv-1', 'unique'),
        service('sv-2', 'double'),
      ]),
    });
    expect(r.services.crees).toBe(1);
    expect(r.refus).toEqual([
      expect.objectContaining({
        position: '[4]',
        raisons: [
          "structure_id : aucune structure « double » de la source tremplin, et plusieurs d'autres sources : impossible de choisir.",
        ],
      }),
    ]);
    expect(
      sqlite()
        .prepare(
          "SELECT p.source_id FROM service_partenaire s JOIN partenaire p ON p.id = s.partenaire_id WHERE s.source_id = 'sv-1'",
        )
        .get(),
    ).toEqual({ source_id: 'unique' });
  });

  test('importer est réservé à la direction et à l’administrateur', async () => {
    const { session } = await b.personne(['conseiller']);
    const r = await b.brut('dataInclusion.importer', { contenu: DROME }, session);
    expect(r).toMatchObject({ ok: false, error: { code: 'acces_refuse' } });
    expect(comptes()).toEqual({ partenaires: 0, services: 0 });
  });
});

describe('export data·inclusion', () => {
  test('chaque fiche est valide selon le schéma ; descriptions et noms complétés de façon déterministe', async () => {
    baseVariee(sqlite());
    const x = await exporter();
    expect(x.nomFichier).toBe('annuaire-data-inclusion-2026-03-10.json');
    expect(x.contenu.startsWith('{\n  "structures": [\n    {\n      "source": "dora",')).toBe(true);
    const jeu = JSON.parse(x.contenu) as { structures: Record<string, unknown>[]; services: Record<string, unknown>[] };
    expect(x.nombre).toBe(4);
    for (const s of jeu.structures) expect(structureDiSchema.parse(s)).toEqual(s);
    for (const s of jeu.services) expect(serviceDiSchema.parse(s)).toEqual(s);
    // Ordered by source then id; the inactive partner and the inactive service are left out.
    expect(jeu.structures.map((s) => `${s.source}/${s.nom}`)).toEqual([
      'dora/Bureau information jeunesse de Valence',
      'tremplin/France Travail Romans',
      'tremplin/FJ (partenaire)',
      'tremplin/Asso du Pont',
    ]);
    const [bij, ft, fj, asso] = jeu.structures;
    expect(bij).toMatchObject({ reseaux_porteurs: ['campus-connecte', 'bij'], siret: '73282932000074' });
    expect(ft).toMatchObject({
      id: '0b4f3c0e-1111-4a1a-9c1e-000000000001',
      description:
        'France Travail Romans : France Travail, Romans-sur-Isère. Thématiques : Trouver un emploi, Se former. Partenaire de la Mission Locale.',
      date_maj: '2026-01-15',
      courriel: 'entreprise.26281@exemple.fr',
      reseaux_porteurs: ['france-travail'],
      latitude: 45.0431,
      longitude: 5.0512,
    });
    expect(fj).toMatchObject({
      description: 'FJ (partenaire) : Logement, Bourg-de-Péage. Foyer. Partenaire de la Mission Locale.',
      reseaux_porteurs: null,
    });
    expect(asso!.description).toBe(
      'Asso du Pont. Partenaire de la Mission Locale. Renseignements auprès de la Mission Locale.',
    );
    expect(jeu.services.map((s) => [s.nom, s.structure_id])).toEqual([
      ['CEJ', '0b4f3c0e-1111-4a1a-9c1e-000000000001'],
      ['Aide', '0b4f3c0e-1111-4a1a-9c1e-000000000003'],
      ['Permanence logement jeunes', 'dora-bij-valence'],
    ]);
    expect(jeu.services[0]).toMatchObject({
      description:
        'CEJ : service (accompagnement) proposé par France Travail Romans. Contrat d’engagement jeune. ' +
        'Thématiques : Trouver un emploi, Accompagnement social et professionnel personnalisé. Publics : Jeunes.',
      courriel: 'cej.romans@exemple.fr',
      modes_accueil: ['en-presentiel', 'a-distance'],
      zone_eligibilite: ['26281', '26057'],
      volume_horaire_hebdomadaire: 15.5,
      nombre_semaines: 52,
      publics: ['jeunes'],
      frais: 'gratuit',
      thematiques: ['trouver-un-emploi', 'accompagnement-social-et-professionnel-personnalise'],
    });
    expect(jeu.services[1]!.description).toBe(
      'Aide : service proposé par Asso du Pont. Renseignements auprès de la Mission Locale.',
    );
    // The same base gives the same file.
    expect((await exporter()).contenu).toBe(x.contenu);
  });

  test('inclureInactifs : partenaires et services désactivés aussi', async () => {
    baseVariee(sqlite());
    const jeu = JSON.parse((await exporter(true)).contenu) as {
      structures: { nom: string }[];
      services: { nom: string }[];
    };
    expect(jeu.structures.map((s) => s.nom)).toContain('Ancien partenaire fermé');
    expect(jeu.services.map((s) => s.nom)).toContain('Ancien dispositif');
    for (const s of jeu.structures) expect(() => structureDiSchema.parse(s)).not.toThrow();
    for (const s of jeu.services) expect(() => serviceDiSchema.parse(s)).not.toThrow();
  });
});

describe('aller-retour export → import', () => {
  test('dans la même base : rien ne change', async () => {
    baseVariee(sqlite());
    await b.appeler('dataInclusion.importer', { contenu: DROME });
    const avant = instantane();
    b.horloge.avancer(60);
    const r = await b.appeler('dataInclusion.importer', { contenu: (await exporter()).contenu });
    expect(r).toEqual({
      structures: { crees: 0, misAJour: 0, inchanges: 17 },
      services: { crees: 0, misAJour: 0, inchanges: 24 },
      refus: [],
      ecrit: true,
    });
    expect(instantane()).toEqual(avant);
  });

  test('dans une base vide installée : l’export suivant est identique', async () => {
    baseVariee(sqlite());
    await b.appeler('dataInclusion.importer', { contenu: DROME });
    const premier = (await exporter()).contenu;

    const autre = banc({ maintenant: '2026-03-10T09:15:00Z' });
    await installer(autre);
    const r = await autre.appeler('dataInclusion.importer', { contenu: premier });
    expect(r.refus).toEqual([]);
    expect(r.structures.crees).toBe(17);
    expect(r.services.crees).toBe(24);
    const second = (await autre.appeler('dataInclusion.exporter', {})).contenu;
    expect(second).toBe(premier);
    // The partner typed in Tremplin keeps its type through its network.
    expect(
      autre.app.base.sqlite
        .prepare("SELECT type FROM partenaire WHERE source_id = '0b4f3c0e-1111-4a1a-9c1e-000000000001'")
        .get(),
    ).toEqual({ type: 'france_travail' });
    // And importing it back there changes nothing either.
    const encore = await autre.appeler('dataInclusion.importer', { contenu: second });
    expect(encore.structures).toEqual({ crees: 0, misAJour: 0, inchanges: 17 });
    expect(encore.services).toEqual({ crees: 0, misAJour: 0, inchanges: 24 });
  });
});
