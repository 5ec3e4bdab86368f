import type { z } from 'zod';
import type { Evenement, MethodSpec, ParsedInputOf, Role } from '../../contract/core';
import type { ActionJournal, ObjetJournal } from '../../contract/journal';
import type { Db, Sqlite } from '../../db/open';

export interface Acteur {
  id: number;
  nom: string;
  roles: readonly Role[];
}

/** Who acts when nobody is signed in (sign-in itself, the first-run wizard): no id, no role. */
export const PERSONNE: Acteur = { id: 0, nom: 'Personne (non connecté)', roles: [] };

/** Injected so that tests fix "now"; every rule reads time from here. */
export interface Horloge {
  maintenant(): Date;
}

export const horlogeSysteme: Horloge = { maintenant: () => new Date() };

/** scrypt's cost (DOMAIN.md: N=2^17, r=8, p=1); tests of other rules may pass a cheaper one. */
export interface CoutScrypt {
  N: number;
  r: number;
  p: number;
}

/** The state of a workstation's session as a handler sees it. */
export interface EtatSessionPoste {
  utilisateurId: number | null;
  verrouillee: boolean;
  doitChangerMotDePasse: boolean;
}

/**
 * What a handler may do to the session of the workstation that called. Applied only once the
 * call's transaction has committed, like events.
 */
export interface ControleSession {
  readonly etat: Readonly<EtatSessionPoste>;
  ouvrir(utilisateurId: number, doitChangerMotDePasse: boolean): void;
  verrouiller(): void;
  fermer(): void;
  motDePasseChange(): void;
}

export interface Contexte {
  db: Db;
  sqlite: Sqlite;
  horloge: Horloge;
  /** The signed-in person, or PERSONNE for the few methods open before signing in. */
  acteur: Acteur;
  /** The workstation the call comes from (host name, and the transport when not the app). */
  poste: string;
  session: ControleSession;
  /** Queued, and sent only once the transaction has committed. */
  emettre(evenement: Evenement): void;
  /**
   * Names a jeune's file this call read or changed: one trail entry per file, with the action
   * the contract declares for the method (`dossier`). A traced method that names none fails.
   */
  dossier(jeuneId: number): void;
  /** Any other trail entry (sign-ins, locks, accounts, settings). */
  tracer(action: ActionJournal, objet?: { type: ObjetJournal; id: number }, utilisateurId?: number | null): void;
}

/** What the asynchronous first step of a handler may use: reads only, outside any transaction. */
export interface ContextePreparation {
  db: Db;
  sqlite: Sqlite;
  horloge: Horloge;
  acteur: Acteur;
  session: Readonly<EtatSessionPoste>;
  coutScrypt: CoutScrypt;
}

type OutputInput<S> = S extends MethodSpec<z.ZodType, infer O> ? z.input<O> : never;

export type Handler<C, M extends keyof C> = (input: ParsedInputOf<C, M>, ctx: Contexte) => OutputInput<C[M]>;

/**
 * A handler with slow work to do first (hashing a password off the main thread): `preparer`
 * runs before the transaction and must not write; `executer` runs inside it with the result.
 */
export interface HandlerEnDeuxTemps<C, M extends keyof C, P> {
  preparer(input: ParsedInputOf<C, M>, ctx: ContextePreparation): Promise<P>;
  executer(input: ParsedInputOf<C, M>, ctx: Contexte, prepare: P): OutputInput<C[M]>;
}

/** The handler map of an area: exactly one handler per method of its contract. */
export type Handlers<C> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each method picks its own P
  [M in keyof C]: Handler<C, M> | HandlerEnDeuxTemps<C, M, any>;
};
