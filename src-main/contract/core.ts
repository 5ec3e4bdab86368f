import { z } from 'zod';

/** Staff roles (DOMAIN.md "Who uses it"). One person often holds several. */
export const ROLES = [
  'accueil',
  'conseiller',
  'referent_formation',
  'charge_relation_entreprises',
  'direction',
  'administrateur',
] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);
export const ROLE_LIBELLES: Record<Role, string> = {
  accueil: "Chargé(e) d'accueil",
  conseiller: 'Conseiller(ère)',
  referent_formation: 'Référent(e) formation',
  charge_relation_entreprises: 'Chargé(e) de relation entreprises',
  direction: 'Direction',
  administrateur: 'Administrateur',
};

/** Error codes a caller can branch on; the message is always French and meant for a person. */
export const ERROR_CODES = [
  'entree_invalide',
  'methode_inconnue',
  'acces_refuse',
  'introuvable',
  'conflit',
  'regle_metier',
  'non_installe',
  'non_connecte',
  'session_verrouillee',
  'mot_de_passe_a_changer',
  'transport',
  'erreur_interne',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const champErreurSchema = z.object({ champ: z.string(), message: z.string() });
export type ChampErreur = z.infer<typeof champErreurSchema>;

export const erreurSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** Per-field messages, so that a form can put each one under its field. */
  champs: z.array(champErreurSchema).optional(),
});
export type Erreur = z.infer<typeof erreurSchema>;

/**
 * A zod failure as a person reads it: one message per field (path as a form names it:
 * `rendezVous.heure`, `motifs.0`) and a French summary. Used by the main process and by the
 * page, which checks input before sending it.
 */
export function erreurDeSaisie(error: z.ZodError): Erreur {
  const champs = error.issues.map((i) => ({ champ: i.path.map(String).join('.'), message: i.message }));
  const messages = [...new Set(champs.map((c) => c.message))];
  return {
    code: 'entree_invalide',
    message: `Saisie incomplète ou invalide, rien n'a été enregistré. ${messages.join(' ')}`,
    champs,
  };
}

export type Resultat<T> = { ok: true; value: T } | { ok: false; error: Erreur };

/**
 * What a traced call did to a jeune's file (DOMAIN.md "Personal data": every read, change,
 * export, anonymisation and deletion is logged).
 */
export const ACTIONS_DOSSIER = [
  'lecture',
  'creation',
  'modification',
  'export',
  'anonymisation',
  'suppression',
] as const;
export type ActionDossier = (typeof ACTIONS_DOSSIER)[number];

/**
 * One method of the contract. `roles` lists who may call it: 'tous' = any signed-in person,
 * 'public' = also before signing in (signing in itself, the state of the session).
 * `mode` says whether it may write: read methods run with the connection in query_only.
 * `dossier` marks a method that reads or changes jeunes' files: its handler must name each file
 * it touched, and the dispatcher writes one trail entry per file, in the same transaction.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly roles: readonly Role[] | 'tous' | 'public';
  readonly mode: 'lecture' | 'ecriture';
  readonly dossier?: ActionDossier;
  /** French, one line: shown by `tremplin methodes` and in docs. */
  readonly resume: string;
}

export function methode<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

export type ContractArea = Record<string, MethodSpec>;

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/**
 * Merges the areas into the single contract. A method name declared twice is a programming
 * error that would silently shadow a handler, so it throws at load time.
 */
export function defineContract<A extends readonly ContractArea[]>(...areas: A): UnionToIntersection<A[number]> {
  const merged: Record<string, MethodSpec> = {};
  for (const area of areas) {
    for (const [name, spec] of Object.entries(area)) {
      if (name in merged) throw new Error(`Méthode déclarée deux fois dans le contrat : ${name}`);
      merged[name] = spec;
    }
  }
  return merged as UnionToIntersection<A[number]>;
}

export type MethodName<C> = Extract<keyof C, string>;
export type InputOf<C, M extends keyof C> = C[M] extends MethodSpec<infer I, z.ZodType> ? z.input<I> : never;
export type ParsedInputOf<C, M extends keyof C> = C[M] extends MethodSpec<infer I, z.ZodType> ? z.output<I> : never;
export type OutputOf<C, M extends keyof C> = C[M] extends MethodSpec<z.ZodType, infer O> ? z.output<O> : never;

/** Event pushed from the main process to the page (progress of long jobs, data changes). */
export const evenementSchema = z.object({
  type: z.enum(['progression', 'donnees_modifiees']),
  tache: z.string().optional(),
  fait: z.number().optional(),
  total: z.number().optional(),
  message: z.string().optional(),
  domaines: z.array(z.string()).optional(),
});
export type Evenement = z.infer<typeof evenementSchema>;
