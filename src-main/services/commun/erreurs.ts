import type { ChampErreur, ErrorCode } from '../../contract/core';

/**
 * An error a person will read: French, says what is wrong and what to do. Thrown inside a
 * handler, it rolls the transaction back, so nothing of the call is written.
 */
export class ErreurMetier extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly champs?: ChampErreur[],
  ) {
    super(message);
    this.name = 'ErreurMetier';
  }
}

export function introuvable(quoi: string): ErreurMetier {
  return new ErreurMetier('introuvable', `${quoi} introuvable : la fiche a peut-être été supprimée ou fusionnée.`);
}

export function regle(message: string, champ?: string): ErreurMetier {
  return new ErreurMetier('regle_metier', message, champ ? [{ champ, message }] : undefined);
}

/** For exhaustive switches over enumerations: a new case added without a rule fails loudly. */
export function casNonTraite(valeur: never): never {
  throw new Error(`Cas non traité : ${String(valeur)}`);
}
