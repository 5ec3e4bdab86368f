import type { z } from 'zod';
import type { Evenement, MethodSpec, ParsedInputOf, Role } from '../../contract/core';
import type { Db, Sqlite } from '../../db/open';

export interface Acteur {
  id: number;
  nom: string;
  roles: readonly Role[];
}

/** Injected so that tests fix "now"; every rule reads time from here. */
export interface Horloge {
  maintenant(): Date;
}

export const horlogeSysteme: Horloge = { maintenant: () => new Date() };

export interface Contexte {
  db: Db;
  sqlite: Sqlite;
  horloge: Horloge;
  acteur: Acteur;
  /** Queued, and sent only once the transaction has committed. */
  emettre(evenement: Evenement): void;
}

type OutputInput<S> = S extends MethodSpec<z.ZodType, infer O> ? z.input<O> : never;

export type Handler<C, M extends keyof C> = (input: ParsedInputOf<C, M>, ctx: Contexte) => OutputInput<C[M]>;

/** The handler map of an area: exactly one function per method of its contract. */
export type Handlers<C> = { [M in keyof C]: Handler<C, M> };
