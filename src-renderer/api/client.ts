import {
  contract,
  erreurDeSaisie,
  type ChampErreur,
  type Contract,
  type ContractArea,
  type Erreur,
  type ErrorCode,
  type InputOf,
  type MethodName,
  type OutputOf,
} from '../../src-main/contract';
import { transport } from './transport';

export type Methode = MethodName<Contract>;
export type Entree<M extends Methode> = InputOf<Contract, M>;
export type Sortie<M extends Methode> = OutputOf<Contract, M>;

/** A failed call: the French `message` is shown as it is; `champs` go under their fields. */
export class ErreurApi extends Error {
  readonly code: ErrorCode;
  readonly champs: ChampErreur[];
  constructor(erreur: Erreur) {
    super(erreur.message);
    this.name = 'ErreurApi';
    this.code = erreur.code;
    this.champs = erreur.champs ?? [];
  }

  /** The message for one field path (`dateNaissance`, `rendezVous.heure`), if any. */
  champ(chemin: string): string | undefined {
    return this.champs.find((c) => c.champ === chemin)?.message;
  }
}

/** The contract's method specs by name, for what the page reads of them (input, roles, trail). */
export const specs: ContractArea = contract;

/**
 * The codes by which the main process says the session is no longer what the page thinks
 * (signed out, locked, password to change): the shell re-reads `session.etat` and switches screen.
 */
const CODES_SESSION: readonly ErrorCode[] = ['non_connecte', 'session_verrouillee', 'mot_de_passe_a_changer'];
const ecouteursSession = new Set<() => void>();

/** Called whenever a call is refused because of the session; returns the function that unsubscribes. */
export function surSessionChangee(ecouteur: () => void): () => void {
  ecouteursSession.add(ecouteur);
  return () => {
    ecouteursSession.delete(ecouteur);
  };
}

/**
 * Calls one method of the contract. The input is checked here first with the same schema as the
 * main process, so an invalid entry is refused at once and never leaves the page; the main
 * process checks it again (it trusts no caller).
 */
export async function appeler<M extends Methode>(methode: M, entree: Entree<M>): Promise<Sortie<M>> {
  const spec = specs[methode];
  if (spec) {
    const verifie = spec.input.safeParse(entree ?? {});
    if (!verifie.success) throw new ErreurApi(erreurDeSaisie(verifie.error));
  }
  const r = await transport().invoke(methode, entree);
  if (!r.ok) {
    if (CODES_SESSION.includes(r.error.code)) for (const e of ecouteursSession) e();
    throw new ErreurApi(r.error);
  }
  return r.value as Sortie<M>;
}

export function messageErreur(e: unknown): string {
  if (e instanceof ErreurApi) return e.message;
  return "Erreur inattendue dans l'écran : rechargez la page ; si cela persiste, prévenez l'administrateur.";
}

export function champErreur(e: unknown, chemin: string): string | undefined {
  return e instanceof ErreurApi ? e.champ(chemin) : undefined;
}
