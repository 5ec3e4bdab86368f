import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { principal } from '../../src-main/cli/main';

let sortie: string[];
let erreurs: string[];

beforeEach(() => {
  sortie = [];
  erreurs = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void sortie.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void erreurs.push(a.join(' ')));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('la commande tremplin', () => {
  test('appel : la CLI est un transport du même contrat', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'tremplin-cli-')), 'b.sqlite');
    expect(await principal(['appel', 'installation.etat', '{}', '--db', db])).toBe(0);
    expect(JSON.parse(sortie.join('\n'))).toMatchObject({ installee: false });
    sortie = [];
    expect(await principal(['appel', 'jeunes.rechercher', '{"texte":"a"}', '--db', db])).toBe(1);
    expect(JSON.parse(sortie.join('\n'))).toMatchObject({ code: 'non_installe' });
  });

  test('une entrée JSON mal formée est expliquée en français', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'tremplin-cli-')), 'b.sqlite');
    expect(await principal(['appel', 'installation.etat', '{pas json', '--db', db])).toBe(2);
    expect(erreurs[0]).toContain('Entrée JSON invalide');
  });

  test('migrer : met à jour puis dit que la base est à jour', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'tremplin-cli-')), 'b.sqlite');
    expect(await principal(['migrer', '--db', db])).toBe(0);
    expect(sortie[0]).toMatch(/mise à jour du schéma 0 au schéma \d+/);
    sortie = [];
    expect(await principal(['migrer', '--db', db])).toBe(0);
    expect(sortie[0]).toMatch(/Base à jour/);
  });

  test('methodes liste le contrat ; une commande inconnue est refusée avec l’aide', async () => {
    expect(await principal(['methodes'])).toBe(0);
    expect(sortie.some((l) => l.startsWith('jeunes.rechercher'))).toBe(true);
    expect(await principal(['supprimer-tout'])).toBe(2);
    expect(erreurs.join('\n')).toContain('Commande inconnue');
    expect(await principal(['demo'])).toBe(2);
    expect(erreurs.join('\n')).toContain('--db');
  });
});
