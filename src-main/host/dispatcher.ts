import { z } from 'zod';
import type { ContractArea, Erreur, Evenement, MethodSpec, Resultat } from '../contract/core';
import { erreurDeSaisie, ROLE_LIBELLES } from '../contract/core';
import type { Base } from '../db/open';
import { ErreurMetier } from '../services/commun/erreurs';
import {
  PERSONNE,
  type Acteur,
  type Contexte,
  type ContextePreparation,
  type CoutScrypt,
  type EtatSessionPoste,
  type Horloge,
} from '../services/commun/contexte';
import { chargerActeur } from '../services/comptes/acteur';
import { COUT_SCRYPT } from '../services/comptes/motDePasse';
import { lireParametres } from '../services/comptes/parametres';
import { ajouterAuJournal, type NouvelleEntree } from '../services/journal/chaine';
import type { SessionPoste } from './sessions';

type HandlerSimple = (input: unknown, ctx: Contexte) => unknown;
interface HandlerEnDeuxTemps {
  preparer(input: unknown, ctx: ContextePreparation): Promise<unknown>;
  executer(input: unknown, ctx: Contexte, prepare: unknown): unknown;
}
type AnyHandler = HandlerSimple | HandlerEnDeuxTemps;

export interface OptionsDispatcher {
  contract: ContractArea;
  handlers: Record<string, unknown>;
  base: Base;
  horloge: Horloge;
  /** Receives events after the call's transaction has committed. */
  diffuser?: (evenement: Evenement) => void;
  /** Where unexpected errors go (a stack is never shown to a person). */
  journaliser?: (message: string, erreur: unknown) => void;
  /** Production cost unless a test of other rules asks for a cheaper one. */
  coutScrypt?: CoutScrypt;
}

export interface Dispatcher {
  /** Calls a method for the workstation session `session`, which the call may change. */
  appeler(methode: string, entree: unknown, session: SessionPoste): Promise<Resultat<unknown>>;
  readonly methodes: readonly string[];
}

/** Methods callable before the first-run wizard has created the structure (and its accounts). */
function avantInstallation(methode: string): boolean {
  return methode.startsWith('installation.') || methode === 'referentiels.lister' || methode === 'personnel.lister';
}

/** What a locked session may still do besides the public methods: sign out. */
const PERMIS_SESSION_VERROUILLEE = new Set(['session.fermer']);
/** What a person whose password was reset may do before choosing a new one. */
const PERMIS_MOT_DE_PASSE_A_CHANGER = new Set(['session.changerMotDePasse', 'session.fermer', 'session.activite']);

export function creerDispatcher(options: OptionsDispatcher): Dispatcher {
  const { contract, base, horloge } = options;
  const { sqlite } = base;
  const coutScrypt = options.coutScrypt ?? COUT_SCRYPT;
  const handlers = options.handlers as Record<string, AnyHandler>;
  for (const nom of Object.keys(contract)) {
    const h = handlers[nom];
    if (typeof h !== 'function' && (typeof h !== 'object' || h === null || typeof h.executer !== 'function')) {
      throw new Error(`Méthode du contrat sans traitement : ${nom}`);
    }
  }
  for (const nom of Object.keys(handlers)) {
    if (!(nom in contract)) throw new Error(`Traitement sans méthode dans le contrat : ${nom}`);
  }
  const structureInstallee = sqlite.prepare('SELECT 1 FROM structure WHERE id = 1');
  let installee = false;
  const estInstallee = () => (installee ||= structureInstallee.get() !== undefined);

  /** A trail entry written on its own, outside any method's transaction (idle lock, refusal). */
  function journaliserSeul(
    session: SessionPoste,
    acteur: Acteur,
    action: 'verrouillage_session' | 'acces_refuse',
    methode: string | null,
  ) {
    const entree: NouvelleEntree = {
      horodatage: horloge.maintenant().toISOString(),
      utilisateurId: acteur.id || null,
      action,
      objetType: null,
      objetId: null,
      poste: session.poste,
      methode,
    };
    sqlite.transaction(() => ajouterAuJournal(sqlite, [entree])).immediate();
  }

  function controlerAcces(nom: string, spec: MethodSpec, session: SessionPoste, acteur: Acteur): Erreur | null {
    if (!estInstallee()) {
      if (spec.roles === 'public' || avantInstallation(nom)) return null;
      return {
        code: 'non_installe',
        message: "La structure n'est pas encore installée : terminez d'abord l'assistant d'installation.",
      };
    }
    if (spec.roles === 'public') return null;
    if (acteur === PERSONNE) {
      return { code: 'non_connecte', message: "Vous n'êtes pas connecté(e) : identifiez-vous pour continuer." };
    }
    if (session.verrouillee && !PERMIS_SESSION_VERROUILLEE.has(nom)) {
      return {
        code: 'session_verrouillee',
        message: 'Session verrouillée : saisissez votre mot de passe pour reprendre.',
      };
    }
    if (session.doitChangerMotDePasse && !PERMIS_MOT_DE_PASSE_A_CHANGER.has(nom)) {
      return {
        code: 'mot_de_passe_a_changer',
        message: "Choisissez d'abord un nouveau mot de passe : le vôtre a été réinitialisé par un administrateur.",
      };
    }
    if (spec.roles !== 'tous' && !spec.roles.some((r) => acteur.roles.includes(r))) {
      return {
        code: 'acces_refuse',
        message: `Action non autorisée pour votre profil (réservée à : ${spec.roles
          .map((r) => ROLE_LIBELLES[r])
          .join(', ')}).`,
      };
    }
    return null;
  }

  async function appeler(nom: string, entree: unknown, session: SessionPoste): Promise<Resultat<unknown>> {
    try {
      return await executer(nom, entree, session);
    } catch (e) {
      // Reading the account or writing a refusal to the trail failed (busy or damaged database).
      return echec(traduireErreur(nom, e, options.journaliser));
    }
  }

  async function executer(nom: string, entree: unknown, session: SessionPoste): Promise<Resultat<unknown>> {
    if (!Object.prototype.hasOwnProperty.call(contract, nom)) {
      return echec({ code: 'methode_inconnue', message: `Méthode inconnue : « ${nom} ».` });
    }
    const spec = contract[nom]!;
    const maintenant = horloge.maintenant();

    let acteur: Acteur = PERSONNE;
    if (session.utilisateurId !== null) {
      const charge = chargerActeur(sqlite, session.utilisateurId);
      if (charge) {
        acteur = charge;
      } else {
        // Deactivated or removed meanwhile: the session ends here.
        Object.assign(session, { utilisateurId: null, verrouillee: false, doitChangerMotDePasse: false });
      }
    }
    // The main process enforces the idle lock too, whatever the page does.
    if (acteur !== PERSONNE && !session.verrouillee) {
      const { verrouillageMinutes } = lireParametres(sqlite);
      if (maintenant.getTime() - session.derniereActivite > verrouillageMinutes * 60_000) {
        session.verrouillee = true;
        journaliserSeul(session, acteur, 'verrouillage_session', null);
      }
    }

    const refus = controlerAcces(nom, spec, session, acteur);
    if (refus) {
      if (refus.code === 'acces_refuse') {
        journaliserSeul(session, acteur, 'acces_refuse', nom);
      }
      return echec(refus);
    }
    const parsed = spec.input.safeParse(entree ?? {});
    if (!parsed.success) return echec(erreurDeSaisie(parsed.error));

    const handler = handlers[nom]!;
    let prepare: unknown;
    if (typeof handler !== 'function') {
      try {
        prepare = await handler.preparer(parsed.data, {
          db: base.db,
          sqlite,
          horloge,
          acteur,
          session: { ...session },
          coutScrypt,
        });
      } catch (e) {
        return echec(traduireErreur(nom, e, options.journaliser));
      }
    }

    const enAttente: Evenement[] = [];
    const dossiers = new Set<number>();
    const entrees: NouvelleEntree[] = [];
    const apres: EtatSessionPoste = {
      utilisateurId: session.utilisateurId,
      verrouillee: session.verrouillee,
      doitChangerMotDePasse: session.doitChangerMotDePasse,
    };
    let connexion = false;
    const horodatage = maintenant.toISOString();
    const ctx: Contexte = {
      db: base.db,
      sqlite,
      horloge,
      acteur,
      poste: session.poste,
      session: {
        etat: apres,
        ouvrir(utilisateurId, doitChangerMotDePasse) {
          Object.assign(apres, { utilisateurId, verrouillee: false, doitChangerMotDePasse });
          connexion = true;
        },
        verrouiller: () => void (apres.verrouillee = true),
        fermer: () =>
          void Object.assign(apres, { utilisateurId: null, verrouillee: false, doitChangerMotDePasse: false }),
        motDePasseChange: () => void (apres.doitChangerMotDePasse = false),
      },
      emettre: (e) => enAttente.push(e),
      dossier: (jeuneId) => {
        if (!spec.dossier) throw new Error(`${nom} nomme un dossier sans action « dossier » dans le contrat.`);
        dossiers.add(jeuneId);
      },
      tracer: (action, objet, utilisateurId) =>
        entrees.push({
          horodatage,
          utilisateurId: utilisateurId === undefined ? acteur.id || null : utilisateurId,
          action,
          objetType: objet?.type ?? null,
          objetId: objet?.id ?? null,
          poste: session.poste,
          methode: nom,
        }),
    };
    const lecture = spec.mode === 'lecture';
    try {
      const run = base.sqlite.transaction(() => {
        const brute =
          typeof handler === 'function' ? handler(parsed.data, ctx) : handler.executer(parsed.data, ctx, prepare);
        const sortie = spec.output.safeParse(brute);
        if (!sortie.success) {
          throw new Error(`Réponse non conforme au contrat pour ${nom} : ${sortie.error.message}`);
        }
        if (spec.dossier && dossiers.size === 0) {
          throw new Error(`${nom} n'a nommé aucun dossier : la trace des accès serait incomplète.`);
        }
        const trace: NouvelleEntree[] = [...dossiers].map((jeuneId) => ({
          horodatage,
          utilisateurId: acteur.id || null,
          action: spec.dossier!,
          objetType: 'jeune',
          objetId: jeuneId,
          poste: session.poste,
          methode: nom,
        }));
        if (lecture) base.sqlite.pragma('query_only = OFF');
        // No trail, no answer: the entries commit with the call or not at all.
        ajouterAuJournal(sqlite, [...trace, ...entrees]);
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
      Object.assign(session, apres);
      // Reads do not count as activity: the page refreshes lists on its own, and a screen left
      // open must still lock. Writes, sign-in and the page's activity signal do.
      if (connexion || (!lecture && acteur !== PERSONNE) || nom === 'session.activite') {
        session.derniereActivite = maintenant.getTime();
      }
      for (const e of enAttente) options.diffuser?.(e);
      return { ok: true, value };
    } catch (e) {
      if (e instanceof ErreurMetier && e.code === 'acces_refuse') {
        // A refusal decided by the handler (a file that is not yours) is rolled back with the
        // call, but the attempt itself belongs in the trail, like the dispatcher's own refusals.
        journaliserSeul(session, acteur, 'acces_refuse', nom);
      }
      return echec(traduireErreur(nom, e, options.journaliser));
    }
  }

  return { methodes: Object.keys(contract), appeler };
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
  if (code === 'SQLITE_CONSTRAINT_TRIGGER' && String((e as Error).message).startsWith('Journal des accès')) {
    (journaliser ?? ((m, err) => console.error(m, err)))(`Journal des accès refusé dans ${nom}`, e);
    return {
      code: 'erreur_interne',
      message:
        "Le journal des accès refuse l'écriture : rien n'a été fait. Prévenez l'administrateur (vérification : tremplin audit verify).",
    };
  }
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
