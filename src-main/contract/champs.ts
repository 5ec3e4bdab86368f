import { z } from 'zod';

/**
 * Field schemas shared by every area. Messages are French and say what to fix, because they
 * are shown as they are to the person typing.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function estDateValide(iso: string): boolean {
  const m = DATE_RE.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** A calendar date of the domain, `YYYY-MM-DD` (Europe/Paris). */
export const dateLocale = z
  .string({ error: 'Date manquante : saisissez une date au format JJ/MM/AAAA.' })
  .refine(estDateValide, {
    error: 'Date invalide : saisissez une date qui existe, au format JJ/MM/AAAA (ex. 14/07/2006).',
  });

export const heureLocale = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Heure invalide : saisissez une heure au format HH:MM (ex. 09:30).' });

/** An instant, stored in UTC. */
export const instant = z.iso.datetime({ offset: true, error: 'Horodatage invalide.' });

export const id = z.number().int().positive();

export function texte(libelle: string, max = 200) {
  return z
    .string({ error: `${libelle} : champ obligatoire.` })
    .trim()
    .min(1, { error: `${libelle} : champ obligatoire.` })
    .max(max, { error: `${libelle} : ${max} caractères au plus.` });
}

export function texteOptionnel(libelle: string, max = 200) {
  return z
    .string()
    .trim()
    .max(max, { error: `${libelle} : ${max} caractères au plus.` })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);
}

/** Luhn key, as used by SIREN/SIRET (La Poste's SIRET 356 000 000 xxxxx is a known exception). */
export function cleLuhnValide(chiffres: string): boolean {
  let somme = 0;
  for (let i = 0; i < chiffres.length; i++) {
    let n = Number(chiffres[chiffres.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    somme += n;
  }
  return somme % 10 === 0;
}

export function siretValide(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith('356000000')) {
    // La Poste's establishments share one SIREN: their key is a digit sum multiple of 5.
    return cleLuhnValide(siret) || [...siret].reduce((s, c) => s + Number(c), 0) % 5 === 0;
  }
  return cleLuhnValide(siret);
}

/** `73282932000074` → `732 829 320 00074`: read at a glance as INSEE prints it, and kept as text by a spreadsheet. */
export function siretLisible(siret: string): string {
  return /^\d{14}$/.test(siret)
    ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`
    : siret;
}

/** `732829320` → `732 829 320`. */
export function sirenLisible(siren: string): string {
  return /^\d{9}$/.test(siren) ? `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}` : siren;
}

export const siret = z
  .string({ error: 'SIRET : champ obligatoire.' })
  .transform((v) => v.replace(/\s+/g, ''))
  .refine((v) => /^\d{14}$/.test(v), { error: 'SIRET : 14 chiffres attendus.' })
  .refine(siretValide, {
    error: 'SIRET : la clé de contrôle ne correspond pas ; vérifiez les 14 chiffres.',
  });

export const codeInsee = z
  .string({ error: 'Code INSEE : champ obligatoire.' })
  .trim()
  .toUpperCase()
  .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE : 5 caractères attendus (ex. 26281, 2A004).' });

export const codePostal = z
  .string()
  .trim()
  .regex(/^\d{5}$/, { error: 'Code postal : 5 chiffres attendus.' });

export const telephone = z
  .string()
  .trim()
  // +33 6… and 06… are the same line: store the national form so that a prefix search finds it.
  .transform((v) => v.replace(/[\s.\-()]/g, '').replace(/^(\+33|0033)(\d{9})$/, '0$2'))
  .refine((v) => v === '' || /^(0\d{9}|\+\d{8,15})$/.test(v), {
    error: 'Téléphone : 10 chiffres attendus (ex. 06 12 34 56 78) ou un numéro international +XX.',
  })
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional()
  .transform((v) => v ?? null);

export const email = z
  .string()
  .trim()
  .refine((v) => v === '' || z.email().safeParse(v).success, {
    error: 'E-mail invalide : vérifiez la forme nom@domaine.fr.',
  })
  .transform((v) => (v === '' ? null : v.toLowerCase()))
  .nullable()
  .optional()
  .transform((v) => v ?? null);

export const codeReferentiel = z.string().trim().min(1).max(60);

/** A staff login: what a person types at the sign-in screen, lower-cased. */
export const identifiantConnexion = z
  .string({ error: 'Identifiant : champ obligatoire.' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{2,40}$/, {
    error: 'Identifiant : 2 à 40 caractères parmi lettres sans accent, chiffres, point, tiret.',
  });

export const MOT_DE_PASSE_MAX = 200;

const CLASSES_CARACTERES: readonly RegExp[] = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}\s]/u];

/**
 * The password policy (DOMAIN.md, after the CNIL's 2022 recommendation): at least 12 characters
 * mixing lower case, upper case, digits and special characters, or a passphrase of at least
 * 7 words and 30 characters. No periodic change is forced. Returns what to fix, or null.
 * Shared so that the page says it while the person types, and the main process enforces it.
 */
export function defautMotDePasse(motDePasse: string, identifiant?: string): string | null {
  if (motDePasse.length > MOT_DE_PASSE_MAX) return `Mot de passe : ${MOT_DE_PASSE_MAX} caractères au plus.`;
  if (identifiant && identifiant.length >= 3 && motDePasse.toLowerCase().includes(identifiant.toLowerCase())) {
    return "Mot de passe : il ne doit pas contenir l'identifiant.";
  }
  const mots = motDePasse.trim().split(/\s+/).filter(Boolean);
  const phrase = mots.length >= 7 && new Set(mots.map((m) => m.toLowerCase())).size >= 5 && motDePasse.length >= 30;
  if (phrase) return null;
  const classes = CLASSES_CARACTERES.filter((c) => c.test(motDePasse)).length;
  if (motDePasse.length >= 12 && classes === 4) return null;
  return 'Mot de passe trop faible : au moins 12 caractères avec minuscules, majuscules, chiffres et caractères spéciaux, ou une phrase de passe d’au moins 7 mots (30 caractères).';
}

/** A new password, checked against the policy. */
export const nouveauMotDePasse = z
  .string({ error: 'Mot de passe : champ obligatoire.' })
  .min(1, { error: 'Mot de passe : champ obligatoire.' })
  .max(MOT_DE_PASSE_MAX, { error: `Mot de passe : ${MOT_DE_PASSE_MAX} caractères au plus.` })
  .superRefine((v, ctx) => {
    const defaut = defautMotDePasse(v);
    if (defaut) ctx.addIssue({ code: 'custom', message: defaut });
  });

/** A password typed to sign in: never judged, only bounded. */
export const motDePasseSaisi = z
  .string({ error: 'Mot de passe : champ obligatoire.' })
  .min(1, { error: 'Mot de passe : champ obligatoire.' })
  .max(MOT_DE_PASSE_MAX, { error: `Mot de passe : ${MOT_DE_PASSE_MAX} caractères au plus.` });

/** A list of codes picked in a referential: each checked, duplicates dropped, empty by default. */
export function listeDe<T extends readonly [string, ...string[]]>(valeurs: T, message: string) {
  return z
    .array(z.enum(valeurs, { error: message }))
    .max(valeurs.length)
    .default([])
    .transform((l) => [...new Set(l)]);
}

/** An optional coded field (a code postal, a ROME code…): empty text is "not given". */
export function optionnel<T extends z.ZodType<string | null>>(schema: T) {
  return z
    .union([z.literal(''), schema])
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v) as z.output<T> | null);
}
