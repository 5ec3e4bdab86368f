import { describe, expect, it, vi } from 'vitest';
import { creerPont, exposerPont, type IpcRendu } from '../../src-main/preload/pont';
import { CANAL_APPEL, CANAL_EVENEMENT, type Evenement, type PontTremplin } from '../../src-main/contract';

vi.mock('electron', () => {
  throw new Error("src-main/preload/pont.ts ne doit pas charger 'electron'");
});

type Relais = (evenement: unknown, ...args: unknown[]) => void;

function fauxIpcRendu(
  reponse: (canal: string, ...args: unknown[]) => Promise<unknown> = async () => ({ ok: true, value: 1 }),
) {
  const ecouteurs = new Map<string, Relais[]>();
  const ipc = {
    invoke: vi.fn(reponse),
    on(canal: string, ecouteur: Relais) {
      ecouteurs.set(canal, [...(ecouteurs.get(canal) ?? []), ecouteur]);
    },
    removeListener(canal: string, ecouteur: Relais) {
      ecouteurs.set(
        canal,
        (ecouteurs.get(canal) ?? []).filter((e) => e !== ecouteur),
      );
    },
  } satisfies IpcRendu;
  /** Delivers like Electron: (IpcRendererEvent, ...args), the event carrying `sender`. */
  const emettre = (canal: string, ...args: unknown[]) => {
    const evenementIpc = { sender: ipc, senderId: 0, ports: [] };
    for (const e of ecouteurs.get(canal) ?? []) e(evenementIpc, ...args);
  };
  return { ipc, emettre, nombre: (canal: string) => ecouteurs.get(canal)?.length ?? 0 };
}

describe('preload', () => {
  it('exposes exactly window.tremplin = { invoke, surEvenement }, never ipcRenderer', () => {
    const { ipc } = fauxIpcRendu();
    const monde: Record<string, unknown> = {};
    const exposeInMainWorld = vi.fn((cle: string, api: PontTremplin) => {
      monde[cle] = api;
    });
    exposerPont({ exposeInMainWorld }, ipc);
    expect(exposeInMainWorld).toHaveBeenCalledOnce();
    expect(Object.keys(monde)).toEqual(['tremplin']);
    const pont = monde['tremplin'] as Record<string, unknown>;
    expect(Object.keys(pont).sort()).toEqual(['invoke', 'surEvenement']);
    expect(typeof pont['invoke']).toBe('function');
    expect(typeof pont['surEvenement']).toBe('function');
    expect(Object.values(pont)).not.toContain(ipc);
    expect(Object.isFrozen(pont)).toBe(true);
  });

  it('invoke sends the method and input on the call channel and returns the result', async () => {
    const { ipc } = fauxIpcRendu(async () => ({ ok: true, value: { installee: false } }));
    const pont = creerPont(ipc);
    await expect(pont.invoke('installation.etat', { a: 1 })).resolves.toEqual({
      ok: true,
      value: { installee: false },
    });
    expect(ipc.invoke.mock.calls).toEqual([[CANAL_APPEL, 'installation.etat', { a: 1 }]]);
  });

  it('a message that cannot travel becomes a French transport error', async () => {
    const { ipc } = fauxIpcRendu(() => Promise.reject(new Error('An object could not be cloned.')));
    const r = await creerPont(ipc).invoke('x', () => {});
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('transport');
      expect(r.error.message).not.toMatch(/cloned/);
    }
  });

  it('the listener receives the event payload only, until it unsubscribes', () => {
    const { ipc, emettre, nombre } = fauxIpcRendu();
    const pont = creerPont(ipc);
    const recus: unknown[][] = [];
    const desabonner = pont.surEvenement((...args: unknown[]) => void recus.push(args));
    expect(nombre(CANAL_EVENEMENT)).toBe(1);
    const e: Evenement = { type: 'progression', tache: 'import', fait: 3, total: 10 };
    emettre(CANAL_EVENEMENT, e);
    emettre('autre-canal', { type: 'progression' });
    expect(recus).toEqual([[e]]);
    expect(recus[0]![0]).not.toHaveProperty('sender');

    desabonner();
    expect(nombre(CANAL_EVENEMENT)).toBe(0);
    emettre(CANAL_EVENEMENT, e);
    expect(recus).toHaveLength(1);
  });

  it('two subscribers are independent', () => {
    const { ipc, emettre } = fauxIpcRendu();
    const pont = creerPont(ipc);
    const a = vi.fn();
    const b = vi.fn();
    const finA = pont.surEvenement(a);
    pont.surEvenement(b);
    finA();
    emettre(CANAL_EVENEMENT, { type: 'donnees_modifiees' });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledExactlyOnceWith({ type: 'donnees_modifiees' });
  });
});
