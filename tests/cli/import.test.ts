import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { principal } from '../../src-main/cli/main';
import { baseNeuve, capturerConsole } from './console';
import { banc, installer } from '../aide';

const DOSSIER = join(import.meta.dirname, '..', 'fixtures', 'data-inclusion');
const DROME = join(DOSSIER, 'drome.json');
const COMPLEMENTS = join(DOSSIER, 'drome-services-complementaires.json');
const ERREURS = join(DOSSIER, 'drome-erreurs.json');
const CASSE = join(DOSSIER, 'drome-casse.json');

const { sortie, erreurs } = capturerConsole();

async function baseInstallee() {
  const db = baseNeuve();
  const b = banc({ cheminBase: db });
  await installer(b);
  b.app.fermer();
  return db;
}

/** Partners and services in the base, with who created them. */
function contenu(db: string) {
  const b = banc({ cheminBase: db });
  try {
    const s = b.app.base.sqlite;
    return {
      partenaires: (s.prepare('SELECT count(*) AS n FROM partenaire').get() as { n: number }).n,
      services: (s.prepare('SELECT count(*) AS n FROM service_partenaire').get() as { n: number }).n,
      auteurs: s.prepare('SELECT DISTINCT cree_par FROM partenaire').all(),
    };
  } finally {
    b.app.fermer();
  }
}

/** What the command printed on stdout, line by line. */
const lignes = () => sortie.join('\n').split('\n');

const importer = (...args: string[]) => principal(['import', 'data-inclusion', ...args]);

describe('tremplin import data-inclusion', () => {
  test('importe, rend compte en français, code 0 ; le même fichier une seconde fois ne change rien', async () => {
    const db = await baseInstallee();
    expect(await importer(DROME, '--db', db)).toBe(0);
    expect(sortie.join('\n')).toBe(
      [
        'Structures : 13 créées, 0 mise à jour, 0 inchangée.',
        'Services : 21 créés, 0 mis à jour, 0 inchangé.',
        'Fiches refusées : 0.',
        'Import enregistré.',
      ].join('\n'),
    );
    // Nobody is signed in on the command line: the rows carry no author.
    expect(contenu(db)).toEqual({ partenaires: 13, services: 21, auteurs: [{ cree_par: null }] });
    sortie.length = 0;
    expect(await importer(DROME, '--db', db)).toBe(0);
    expect(lignes().slice(0, 2)).toEqual([
      'Structures : 0 créée, 0 mise à jour, 13 inchangées.',
      'Services : 0 créé, 0 mis à jour, 21 inchangés.',
    ]);
  });

  test('plusieurs fichiers forment un seul jeu : les services de l’un trouvent les structures de l’autre', async () => {
    const db = await baseInstallee();
    expect(await importer(DROME, COMPLEMENTS, '--db', db)).toBe(0);
    expect(lignes()[1]).toBe('Services : 24 créés, 0 mis à jour, 0 inchangé.');
    expect(contenu(db)).toMatchObject({ partenaires: 13, services: 24 });
  });

  test('avec plusieurs fichiers, la position d’un refus nomme son fichier', async () => {
    const db = await baseInstallee();
    expect(await importer(COMPLEMENTS, '--db', db, '--essai')).toBe(1);
    expect(lignes()).toContain('- [0] (service, id « dora-e2c-drome-numerique » « Atelier numérique E2C ») :');
    sortie.length = 0;
    expect(await importer(ERREURS, COMPLEMENTS, '--db', db, '--essai')).toBe(1);
    expect(lignes()).toContain(
      `- ${COMPLEMENTS} : [0] (service, id « dora-e2c-drome-numerique » « Atelier numérique E2C ») :`,
    );
    expect(lignes()).toContain(
      `- ${ERREURS} : structures[1] (structure, id « dora-chantier-crest » « Chantier d’insertion Les Jardins du Crestois ») :`,
    );
  });

  test('des fiches refusées : code 1, chaque refus avec sa position, son id, son nom et ses raisons', async () => {
    const db = await baseInstallee();
    expect(await importer(ERREURS, '--db', db)).toBe(1);
    const texte = sortie.join('\n');
    expect(texte).toContain('Structures : 1 créée, 0 mise à jour, 0 inchangée.');
    expect(texte).toContain('Fiches refusées : 7.');
    expect(texte).toContain('Les fiches valides sont enregistrées ; les fiches refusées ci-dessous ne le sont pas.');
    expect(texte).toContain(
      [
        '- structures[1] (structure, id « dora-chantier-crest » « Chantier d’insertion Les Jardins du Crestois ») :',
        '    siret : la clé de contrôle ne correspond pas ; vérifiez les 14 chiffres.',
        '- structures[2] (structure, id « dora-asso-pierrelatte » « Accueil de jour de Pierrelatte ») :',
        '    description : 50 caractères au moins.',
        '    courriel : adresse invalide, forme nom@domaine.fr attendue.',
      ].join('\n'),
    );
    expect(texte).toContain('    thematiques : code de thématique inconnu « logement-hebergement--logement-adapte ».');
    expect(texte).toContain(
      "    structure_id : structure « dora-structure-inconnue » (source dora) absente du fichier et de l'annuaire.",
    );
    expect(contenu(db)).toMatchObject({ partenaires: 1, services: 1 });
  });

  test('--tout-ou-rien : un refus et rien n’est écrit (code 1)', async () => {
    const db = await baseInstallee();
    expect(await importer(ERREURS, '--db', db, '--tout-ou-rien')).toBe(1);
    expect(sortie.join('\n')).toContain('Tout ou rien : 7 fiches refusées, rien n’a été écrit.');
    expect(contenu(db)).toMatchObject({ partenaires: 0, services: 0 });
  });

  test('--essai : analyse seule, rien n’est écrit ; le code dit s’il y aurait des refus', async () => {
    const db = await baseInstallee();
    expect(await importer(DROME, '--db', db, '--essai')).toBe(0);
    expect(lignes()[0]).toBe('Structures : 13 créées, 0 mise à jour, 0 inchangée.');
    expect(sortie.join('\n')).toContain('Essai (--essai) : rien n’a été écrit');
    expect(await importer(ERREURS, '--db', db, '--essai')).toBe(1);
    expect(contenu(db)).toMatchObject({ partenaires: 0, services: 0 });
  });

  test('JSON mal formé : code 2, ligne et colonne sur la sortie d’erreur, rien n’est écrit', async () => {
    const db = await baseInstallee();
    expect(await importer(DROME, CASSE, '--db', db)).toBe(2);
    expect(erreurs.join('\n')).toContain(`« ${CASSE} » : JSON mal formé, ligne 10, colonne 7 : « , » ou « } » attendu`);
    expect(sortie).toEqual([]);
    expect(contenu(db)).toMatchObject({ partenaires: 0, services: 0 });
  });

  test('erreurs d’usage et fichiers illisibles : code 2, rien n’est écrit', async () => {
    const db = await baseInstallee();
    expect(await principal(['import', 'data-inclusion', '--db', db])).toBe(2);
    expect(erreurs.join('\n')).toContain('Précisez au moins un fichier à importer.');
    expect(await principal(['import', 'csv', DROME, '--db', db])).toBe(2);
    expect(erreurs.join('\n')).toContain("Format d'import inconnu : « csv »");
    expect(await importer(DROME)).toBe(2);
    expect(erreurs.join('\n')).toContain('Précisez la base : --db FICHIER.');
    expect(await importer(DROME, '--db', join(tmpdir(), 'absente-tremplin.sqlite'))).toBe(2);
    expect(erreurs.join('\n')).toContain('Base introuvable');
    expect(await importer(join(DOSSIER, 'absent.json'), '--db', db)).toBe(2);
    expect(erreurs.join('\n')).toContain("absent.json » : fichier introuvable. Rien n'a été importé.");
    expect(await importer(DROME, '--db', db, '--vite')).toBe(2);
    expect(erreurs.join('\n')).toContain('Option invalide');
    expect(contenu(db)).toMatchObject({ partenaires: 0, services: 0 });

    // A base without its structure (first-run wizard not done) is left alone.
    const vide = baseNeuve();
    expect(await principal(['migrer', '--db', vide])).toBe(0);
    expect(await importer(DROME, '--db', vide)).toBe(2);
    expect(erreurs.join('\n')).toContain("La structure n'est pas encore installée");
    expect(contenu(vide)).toMatchObject({ partenaires: 0, services: 0 });
  });

  test('l’aide présente la commande', async () => {
    expect(await principal(['aide'])).toBe(0);
    expect(sortie.join('\n')).toContain(
      'tremplin import data-inclusion FICHIER [FICHIER…] --db FICHIER [--tout-ou-rien] [--essai]',
    );
  });
});
