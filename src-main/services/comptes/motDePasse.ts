import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { CoutScrypt } from '../commun/contexte';

/** DOMAIN.md "Personal data": scrypt N=2^17, r=8, p=1, 16-byte salt. */
export const COUT_SCRYPT: CoutScrypt = { N: 2 ** 17, r: 8, p: 1 };
const LONGUEUR_CLE = 64;

function deriver(motDePasse: string, sel: Buffer, cout: CoutScrypt): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; Node refuses more than 32 MiB by default, which N=2^17 exceeds.
  const options: ScryptOptions = { ...cout, maxmem: 256 * cout.N * cout.r };
  // The asynchronous form runs in libuv's thread pool: the main process stays responsive.
  return new Promise((resolve, reject) =>
    scrypt(motDePasse.normalize('NFC'), sel, LONGUEUR_CLE, options, (err, cle) => (err ? reject(err) : resolve(cle))),
  );
}

/** `scrypt$N$r$p$sel$cle` (base64): the parameters travel with the hash, so they can rise later. */
export async function empreinteMotDePasse(motDePasse: string, cout: CoutScrypt = COUT_SCRYPT): Promise<string> {
  const sel = randomBytes(16);
  const cle = await deriver(motDePasse, sel, cout);
  return ['scrypt', cout.N, cout.r, cout.p, sel.toString('base64'), cle.toString('base64')].join('$');
}

export function lireEmpreinte(empreinte: string): { cout: CoutScrypt; sel: Buffer; cle: Buffer } | null {
  const [algo, n, r, p, sel, cle] = empreinte.split('$');
  if (algo !== 'scrypt' || !sel || !cle) return null;
  const cout = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cout.N, cout.r, cout.p].every((x) => Number.isInteger(x) && x > 0)) return null;
  return { cout, sel: Buffer.from(sel, 'base64'), cle: Buffer.from(cle, 'base64') };
}

/**
 * Compares in constant time. With no stored hash (unknown login, no password yet), a hash is
 * still computed, so that the answer's delay does not tell whether the account exists.
 */
export async function verifierMotDePasse(
  motDePasse: string,
  empreinte: string | null,
  cout: CoutScrypt = COUT_SCRYPT,
): Promise<boolean> {
  const lue = empreinte ? lireEmpreinte(empreinte) : null;
  if (!lue) {
    await deriver(motDePasse, randomBytes(16), cout);
    return false;
  }
  const calculee = await deriver(motDePasse, lue.sel, lue.cout);
  return calculee.length === lue.cle.length && timingSafeEqual(calculee, lue.cle);
}
