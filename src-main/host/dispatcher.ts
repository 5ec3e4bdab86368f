import { z } from 'zod';
import type { ContractArea, Erreur, Evenement, Resultat } from '../contract/core';
import { erreurDeSaisie, ROLE_LIBELLES } from '../contract/core';
import type { Base } from '../db/open';
import { ErreurMetier } from '../services/commun/erreurs';
import type { Acteur, Contexte, Horloge } from '../services/commun/contexte';

type AnyHandler = (input: unknown, ctx: Contexte) => unknown;

export interface OptionsDispatcher {
  contract: ContractArea;
  handlers: Record<string, unknown>;
  base: Base;
  horloge: Horloge;
  /** Receives events after the call's transaction has committed. */
  diffuser?: (evenement: Evenement) => void;
  /** Where unexpected errors go (a stack is never shown to a person). */
  journaliser?: (message: string, erreur: unknown) => void;
}

export interface Dispatcher {
  appeler(methode: string, entree: unknown, acteur: Acteur): Promise<Resultat<unknown>>;
  readonly methodes: readonly string[];
}

/** Methods callable before the first-run wizard has created the structure. */
function avantInstallation(methode: string): boolean {
  return methode.startsWith('installation.') || methode === 'referentiels.lister' || methode === 'personnel.lister';
}

export function creerDispatcher(options: OptionsDispatcher): Dispatcher {
  const { contract, base, horloge } = options;
  const handlers = options.handlers as Record<string, AnyHandler>;
  for (const nom of Object.keys(contract)) {
    if (typeof handlers[nom] !== 'function') throw new Error(`Méthode du contrat sans traitement : ${nom}`);
  }
  for (const nom of Object.keys(handlers)) {
    if (!(nom in contract)) throw new Error(`Traitement sans méthode dans le contrat : ${nom}`);
  }
  const structureInstallee = base.sqlite.prepare('SELECT 1 FROM structure WHERE id = 1');
  let installee = false;

  function executer(nom: string, entree: unknown, acteur: Acteur): Resultat<unknown> {
    if (!Object.prototype.hasOwnProperty.call(contract, nom)) {
      return echec({ code: 'methode_inconnue', message: `Méthode inconnue : « ${nom} ».` });
    }
    const spec = contract[nom]!;
    if (spec.roles !== 'tous' && !spec.roles.some((r) => acteur.roles.includes(r))) {
      return echec({
        code: 'acces_refuse',
        message: `Action non autorisée pour votre profil (réservée à : ${spec.roles
          .map((r) => ROLE_LIBELLES[r])
          .join(', ')}).`,
      });
    }
    if (!installee && !avantInstallation(nom)) {
      installee = structureInstallee.get() !== undefined;
      if (!installee) {
        return echec({
          code: 'non_installe',
          message: "La structure n'est pas encore installée : terminez d'abord l'assistant d'installation.",
        });
      }
    }
    const parsed = spec.input.safeParse(entree ?? {});
    if (!parsed.success) return echec(erreurDeSaisie(parsed.error));

    const enAttente: Evenement[] = [];
    const ctx: Contexte = {
      db: base.db,
      sqlite: base.sqlite,
      horloge,
      acteur,
      emettre: (e) => enAttente.push(e),
    };
    const handler = handlers[nom]!;
    const lecture = spec.mode === 'lecture';
    try {
      const run = base.sqlite.transaction(() => {
        const sortie = spec.output.safeParse(handler(parsed.data, ctx));
        if (!sortie.success) {
          throw new Error(`Réponse non conforme au contrat pour ${nom} : ${sortie.error.message}`);
        }
        return sortie.data;
      });
      let value: unknown;
      if (lecture) {
        // A read method that tries to write fails here instead of silently writing.
        base.sqlite.pragma('query_only = ON');
        try {
          value = run.deferred();
        } finally {
          base.sqlite.pragma('query_only = OFF');
        }
      } else {
        value = run.immediate();
        enAttente.push({ type: 'donnees_modifiees', domaines: [nom.split('.')[0]!] });
      }
      for (const e of enAttente) options.diffuser?.(e);
      return { ok: true, value };
    } catch (e) {
      return echec(traduireErreur(nom, e, options.journaliser));
    }
  }

  return {
    methodes: Object.keys(contract),
    appeler: async (methode, entree, acteur) => executer(methode, entree, acteur),
  };
}

function echec(error: Erreur): Resultat<never> {
  return { ok: false, error };
}

function traduireErreur(nom: string, e: unknown, journaliser: OptionsDispatcher['journaliser']): Erreur {
  if (e instanceof ErreurMetier) {
    return { code: e.code, message: e.message, ...(e.champs ? { champs: e.champs } : {}) };
  }
  if (e instanceof z.ZodError) return erreurDeSaisie(e);
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    journaliser?.(`Contrainte refusée dans ${nom}`, e);
    return {
      code: 'conflit',
      message:
        "L'enregistrement contredit une donnée existante (doublon ou référence absente) ; rien n'a été enregistré.",
    };
  }
  if (code === 'SQLITE_BUSY') {
    return { code: 'conflit', message: 'La base est occupée par un autre poste ; réessayez dans un instant.' };
  }
  (journaliser ?? ((m, err) => console.error(m, err)))(`Erreur inattendue dans ${nom}`, e);
  return {
    code: 'erreur_interne',
    message: "Erreur inattendue : rien n'a été enregistré. Réessayez ; si cela persiste, prévenez l'administrateur.",
  };
}
