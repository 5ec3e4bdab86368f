import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PontTremplin } from '../../src-main/contract';

const racine = join(import.meta.dirname, '..', '..');
const requerir = createRequire(import.meta.url);
let sortie: string;

const requis = (code: string) => [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))].sort();

beforeAll(() => {
  sortie = mkdtempSync(join(tmpdir(), 'tremplin-dist-main-'));
  execFileSync(process.execPath, [join(racine, 'scripts', 'build-main.mjs'), '--outdir', sortie], { stdio: 'pipe' });
}, 60_000);

afterAll(() => rmSync(sortie, { recursive: true, force: true }));

describe('scripts/build-main.mjs', () => {
  it('the sandboxed preload requires nothing but electron', () => {
    expect(requis(readFileSync(join(sortie, 'preload.cjs'), 'utf8'))).toEqual(['electron']);
  });

  it('the built preload, run with a fake electron, exposes only window.tremplin', async () => {
    const code = readFileSync(join(sortie, 'preload.cjs'), 'utf8');
    const monde: Record<string, unknown> = {};
    const invoke = vi.fn(async () => ({ ok: true, value: 'pong' }));
    const fauxElectron = {
      contextBridge: { exposeInMainWorld: (cle: string, api: unknown) => void (monde[cle] = api) },
      ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn() },
    };
    const charger = new Function('require', 'module', 'exports', code) as (
      r: (n: string) => unknown,
      m: object,
      e: object,
    ) => void;
    charger(
      (nom) => {
        if (nom !== 'electron') throw new Error(`require interdit dans le preload : ${nom}`);
        return fauxElectron;
      },
      { exports: {} },
      {},
    );
    expect(Object.keys(monde)).toEqual(['tremplin']);
    const pont = monde['tremplin'] as PontTremplin;
    expect(Object.keys(pont).sort()).toEqual(['invoke', 'surEvenement']);
    await expect(pont.invoke('installation.etat', {})).resolves.toEqual({ ok: true, value: 'pong' });
    expect(invoke).toHaveBeenCalledWith('tremplin:appel', 'installation.etat', {});
  });

  it('the main bundle leaves only Electron, the native module, the updater and Node builtins outside', () => {
    const code = readFileSync(join(sortie, 'main.cjs'), 'utf8');
    const permis = new Set([
      'electron',
      'better-sqlite3',
      'electron-updater',
      ...builtinModules,
      ...builtinModules.map((m) => `node:${m}`),
    ]);
    expect(requis(code).filter((m) => !permis.has(m))).toEqual([]);
    expect(code).not.toMatch(/import\.meta/);
    expect(code).toContain('tremplin.sqlite');
  });
});

function fichiersTs(dossier: string): string[] {
  return readdirSync(dossier).flatMap((nom) => {
    const chemin = join(dossier, nom);
    if (statSync(chemin).isDirectory()) return fichiersTs(chemin);
    return /\.tsx?$/.test(nom) ? [chemin] : [];
  });
}

describe('layering', () => {
  it("only app/main.ts and preload/index.ts import values from 'electron'", () => {
    const importeurs = [...fichiersTs(join(racine, 'src-main')), ...fichiersTs(join(racine, 'src-renderer'))]
      .filter((f) => /^\s*import\s+(?!type\b)[^;]*from\s+['"]electron['"]/m.test(readFileSync(f, 'utf8')))
      .map((f) => relative(racine, f).split('\\').join('/'))
      .sort();
    expect(importeurs).toEqual(['src-main/app/main.ts', 'src-main/preload/index.ts']);
  });

  it('nothing in app/ opens a file or reads a path at import time', () => {
    for (const f of fichiersTs(join(racine, 'src-main', 'app'))) {
      if (f.endsWith('main.ts')) continue;
      const lignesDeHaut = readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => /^(const|let|var)\s/.test(l));
      for (const l of lignesDeHaut) expect(l, f).not.toMatch(/getPath|readFile|Sync\(|resourcesPath|ouvrir/);
    }
  });
});

describe('electron-builder.yml', () => {
  const yaml = requerir('js-yaml') as { load(texte: string): unknown };
  const config = yaml.load(readFileSync(join(racine, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

  it('is a valid electron-builder configuration', async () => {
    const { validateConfiguration } = requerir('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, journal: unknown): Promise<void>;
    };
    const { DebugLogger } = requerir('builder-util') as { DebugLogger: new (actif: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('ships the migrations beside the app, unpacks the native module, publishes to a generic server', () => {
    expect(config['appId']).toBe('fr.missionlocale.tremplin');
    expect(config['productName']).toBe('Tremplin');
    expect(config['files']).toEqual(['dist/**', 'dist-main/**', 'package.json']);
    expect(config['extraResources']).toContainEqual(expect.objectContaining({ from: 'migrations', to: 'migrations' }));
    expect(config['asarUnpack']).toContain('node_modules/better-sqlite3/**');
    expect(config['publish']).toMatchObject({ provider: 'generic' });
    const paquet = JSON.parse(readFileSync(join(racine, 'package.json'), 'utf8')) as { main: string };
    expect(paquet.main).toBe('dist-main/main.cjs');
  });

  it('the icon is a 512x512 PNG', () => {
    const png = readFileSync(join(racine, 'resources', 'icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
