import {
  BLOCAGE_MINUTES,
  DELAI_INITIAL_SECONDES,
  ECHECS_AVANT_BLOCAGE,
  ECHECS_AVANT_DELAI,
  type comptesContract,
  type EtatSession,
} from '../../contract/comptes';
import { defautMotDePasse } from '../../contract/champs';
import { ROLES, type Role } from '../../contract/core';
import type { Sqlite } from '../../db/open';
import type { Contexte, ContextePreparation, Handlers } from '../commun/contexte';
import { ErreurMetier, introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { lectureParis } from '../commun/temps';
import { chargerActeur, rolesDe } from './acteur';
import { empreinteMotDePasse, verifierMotDePasse } from './motDePasse';
import { ecrireParametres, lireParametres } from './parametres';

type C = typeof comptesContract;

interface LigneCompte {
  id: number;
  identifiant: string;
  actif: number;
  empreinte: string | null;
  doitChanger: number;
  echecs: number;
  dernierEchecLe: string | null;
  bloqueJusqua: string | null;
}

const SELECT_COMPTE = `SELECT u.id, u.identifiant, u.actif, c.empreinte, coalesce(c.doit_changer_mot_de_passe, 0) AS doitChanger,
    coalesce(c.echecs_consecutifs, 0) AS echecs, c.dernier_echec_le AS dernierEchecLe, c.bloque_jusqua AS bloqueJusqua
  FROM utilisateur u LEFT JOIN compte_acces c ON c.utilisateur_id = u.id`;

function compteParIdentifiant(sqlite: Sqlite, identifiant: string): LigneCompte | undefined {
  return instruction(sqlite, `${SELECT_COMPTE} WHERE u.identifiant = ?`).get(identifiant) as LigneCompte | undefined;
}

function compteParId(sqlite: Sqlite, id: number): LigneCompte | undefined {
  return instruction(sqlite, `${SELECT_COMPTE} WHERE u.id = ?`).get(id) as LigneCompte | undefined;
}

/** Writes the access columns of an account, creating its row on first use. */
function ecrireAcces(
  sqlite: Sqlite,
  utilisateurId: number,
  valeurs: Partial<{
    empreinte: string | null;
    doit_changer_mot_de_passe: number;
    echecs_consecutifs: number;
    dernier_echec_le: string | null;
    bloque_jusqua: string | null;
    derniere_connexion: string | null;
    mot_de_passe_change_le: string | null;
  }>,
): void {
  instruction(sqlite, 'INSERT INTO compte_acces (utilisateur_id) VALUES (?) ON CONFLICT DO NOTHING').run(utilisateurId);
  const colonnes = Object.keys(valeurs);
  if (colonnes.length === 0) return;
  instruction(
    sqlite,
    `UPDATE compte_acces SET ${colonnes.map((c) => `${c} = ?`).join(', ')} WHERE utilisateur_id = ?`,
  ).run(...Object.values(valeurs), utilisateurId);
}

/** Seconds the next attempt must wait after `echecs` consecutive failures (0 = none). */
export function delaiApresEchecs(echecs: number): number {
  return echecs < ECHECS_AVANT_DELAI ? 0 : DELAI_INITIAL_SECONDES * 2 ** (echecs - ECHECS_AVANT_DELAI);
}

function attenteRestante(compte: LigneCompte, maintenant: Date): number {
  if (!compte.dernierEchecLe) return 0;
  const fin = Date.parse(compte.dernierEchecLe) + delaiApresEchecs(compte.echecs) * 1000;
  return Math.max(0, Math.ceil((fin - maintenant.getTime()) / 1000));
}

function heureParis(iso: string): string {
  return lectureParis(new Date(iso)).heure.replace(':', ' h ');
}

/** True when at least one active administrator can sign in. */
function administrateurConnectable(sqlite: Sqlite, sauf?: number): boolean {
  return (
    instruction(
      sqlite,
      `SELECT 1 FROM utilisateur u JOIN utilisateur_role r ON r.utilisateur_id = u.id AND r.role = 'administrateur'
       JOIN compte_acces c ON c.utilisateur_id = u.id
       WHERE u.actif = 1 AND c.empreinte IS NOT NULL AND u.id <> ? LIMIT 1`,
    ).get(sauf ?? 0) !== undefined
  );
}

export function etatSession(ctx: Contexte): EtatSession {
  const { sqlite } = ctx;
  const structure = instruction(sqlite, 'SELECT nom FROM structure WHERE id = 1').get() as { nom: string } | undefined;
  const { verrouillageMinutes } = lireParametres(sqlite);
  const etat = ctx.session.etat;
  const acteur = etat.utilisateurId === null ? null : chargerActeur(sqlite, etat.utilisateurId);
  return {
    installee: structure !== undefined,
    structure: structure?.nom ?? null,
    administrateurADefinir: structure !== undefined && !administrateurConnectable(sqlite),
    utilisateur: acteur
      ? {
          id: acteur.id,
          prenom: acteur.prenom,
          nom: acteur.nomFamille,
          identifiant: acteur.identifiant,
          roles: [...acteur.roles],
          siteId: acteur.siteId,
        }
      : null,
    verrouillee: acteur !== null && etat.verrouillee,
    doitChangerMotDePasse: acteur !== null && etat.doitChangerMotDePasse,
    verrouillageMinutes,
  };
}

type VerdictConnexion =
  | { type: 'inconnu' }
  | { type: 'bloque'; compte: LigneCompte }
  | { type: 'attendre'; compte: LigneCompte; secondes: number }
  | { type: 'verifie'; compte: LigneCompte; correct: boolean };

const REFUS_GENERIQUE = 'Identifiant ou mot de passe incorrect.';

/**
 * Sign-in. The password is checked before the transaction (scrypt takes a few hundred ms off the
 * main thread); the decision and its trail entries are written inside it. A refusal is an answer,
 * not an error, so that the failure count and the trail commit.
 */
const ouvrirSession = {
  async preparer(
    input: { identifiant: string; motDePasse: string },
    ctx: ContextePreparation,
  ): Promise<VerdictConnexion> {
    const compte = compteParIdentifiant(ctx.sqlite, input.identifiant);
    const maintenant = ctx.horloge.maintenant();
    if (!compte || !compte.actif || !compte.empreinte) {
      await verifierMotDePasse(input.motDePasse, null, ctx.coutScrypt);
      return { type: 'inconnu' };
    }
    if (compte.bloqueJusqua && Date.parse(compte.bloqueJusqua) > maintenant.getTime())
      return { type: 'bloque', compte };
    const secondes = compte.bloqueJusqua ? 0 : attenteRestante(compte, maintenant);
    // Waiting is enforced here: no password is even tried during the delay.
    if (secondes > 0) return { type: 'attendre', compte, secondes };
    return { type: 'verifie', compte, correct: await verifierMotDePasse(input.motDePasse, compte.empreinte) };
  },

  executer(_input: { identifiant: string }, ctx: Contexte, verdict: VerdictConnexion) {
    const maintenant = ctx.horloge.maintenant();
    const le = maintenant.toISOString();
    const refus = (message: string, attendreSecondes: number | null = null, bloqueJusqua: string | null = null) => ({
      statut: 'refusee' as const,
      message,
      attendreSecondes,
      bloqueJusqua,
    });
    if (verdict.type === 'inconnu') {
      // No account named: nothing to count, and the answer does not say that the login is unknown.
      ctx.tracer('echec_connexion', undefined, null);
      return refus(REFUS_GENERIQUE);
    }
    const { id } = verdict.compte;
    const utilisateur = { type: 'utilisateur' as const, id };
    if (verdict.type === 'bloque') {
      ctx.tracer('echec_connexion', utilisateur, id);
      return refus(
        `Compte bloqué jusqu'à ${heureParis(verdict.compte.bloqueJusqua!)} après des essais répétés. Patientez, ou demandez à un administrateur de le débloquer.`,
        null,
        verdict.compte.bloqueJusqua,
      );
    }
    if (verdict.type === 'attendre') {
      ctx.tracer('echec_connexion', utilisateur, id);
      return refus(`Trop d'essais : patientez ${verdict.secondes} s avant de réessayer.`, verdict.secondes);
    }
    // Read again inside the transaction: another attempt may have committed meanwhile.
    const compte = compteParId(ctx.sqlite, id) ?? verdict.compte;
    let echecs = compte.echecs;
    if (compte.bloqueJusqua) {
      // The temporary lock has run out: the account is unlocked, and that is logged too.
      ctx.tracer('compte_debloque', utilisateur, id);
      ecrireAcces(ctx.sqlite, id, { bloque_jusqua: null, echecs_consecutifs: 0, dernier_echec_le: null });
      echecs = 0;
    }
    if (!verdict.correct) {
      echecs += 1;
      ctx.tracer('echec_connexion', utilisateur, id);
      if (echecs >= ECHECS_AVANT_BLOCAGE) {
        const jusqua = new Date(maintenant.getTime() + BLOCAGE_MINUTES * 60_000).toISOString();
        ecrireAcces(ctx.sqlite, id, { echecs_consecutifs: echecs, dernier_echec_le: le, bloque_jusqua: jusqua });
        ctx.tracer('compte_bloque', utilisateur, id);
        return refus(
          `${REFUS_GENERIQUE} Après ${echecs} essais, le compte est bloqué jusqu'à ${heureParis(jusqua)} ; un administrateur peut le débloquer avant.`,
          null,
          jusqua,
        );
      }
      ecrireAcces(ctx.sqlite, id, { echecs_consecutifs: echecs, dernier_echec_le: le });
      const delai = delaiApresEchecs(echecs);
      return delai > 0
        ? refus(`${REFUS_GENERIQUE} Patientez ${delai} s avant le prochain essai.`, delai)
        : refus(REFUS_GENERIQUE);
    }
    ecrireAcces(ctx.sqlite, id, { echecs_consecutifs: 0, dernier_echec_le: null, derniere_connexion: le });
    const avant = ctx.session.etat;
    if (avant.utilisateurId === id && avant.verrouillee) {
      ctx.tracer('deverrouillage_session', utilisateur, id);
    } else {
      if (avant.utilisateurId !== null && avant.utilisateurId !== id) {
        // Quick switch on a shared desk: the previous person's session ends here.
        ctx.tracer('deconnexion', { type: 'utilisateur', id: avant.utilisateurId }, avant.utilisateurId);
      }
      ctx.tracer('connexion', utilisateur, id);
    }
    ctx.session.ouvrir(id, compte.doitChanger === 1);
    return { statut: 'ouverte' as const, session: etatSession(ctx) };
  },
};

function rolesSansDoublon(roles: readonly Role[]): Role[] {
  return ROLES.filter((r) => roles.includes(r));
}

function ecrireRoles(sqlite: Sqlite, id: number, roles: readonly Role[]): void {
  instruction(sqlite, 'DELETE FROM utilisateur_role WHERE utilisateur_id = ?').run(id);
  for (const role of rolesSansDoublon(roles)) {
    instruction(sqlite, 'INSERT INTO utilisateur_role (utilisateur_id, role) VALUES (?, ?)').run(id, role);
  }
}

function verifierSite(sqlite: Sqlite, siteId: number | null): void {
  if (siteId !== null && !instruction(sqlite, 'SELECT 1 FROM site WHERE id = ?').get(siteId)) {
    throw regle('Site principal inconnu : choisissez un site de la structure.', 'siteId');
  }
}

/** Hashes a new password before the transaction, after checking it does not contain the login. */
async function preparerMotDePasse(motDePasse: string, identifiant: string, ctx: ContextePreparation, champ: string) {
  const defaut = defautMotDePasse(motDePasse, identifiant);
  if (defaut) throw regle(defaut, champ);
  return empreinteMotDePasse(motDePasse, ctx.coutScrypt);
}

function identifiantDe(ctx: ContextePreparation, id: number): string {
  const compte = compteParId(ctx.sqlite, id);
  if (!compte) throw introuvable('Compte');
  return compte.identifiant;
}

export const comptesHandlers = {
  'session.etat': (_input, ctx) => etatSession(ctx),

  'session.ouvrir': ouvrirSession,

  'session.verrouiller': (_input, ctx) => {
    ctx.tracer('verrouillage_session', { type: 'utilisateur', id: ctx.acteur.id });
    ctx.session.verrouiller();
    return { verrouillee: true as const };
  },

  'session.fermer': (_input, ctx) => {
    ctx.tracer('deconnexion', { type: 'utilisateur', id: ctx.acteur.id });
    ctx.session.fermer();
    return { fermee: true as const };
  },

  'session.activite': (_input, ctx) => ({ verrouillageMinutes: lireParametres(ctx.sqlite).verrouillageMinutes }),

  'session.changerMotDePasse': {
    async preparer(input, ctx) {
      const compte = compteParId(ctx.sqlite, ctx.acteur.id);
      if (!compte || !(await verifierMotDePasse(input.actuel, compte.empreinte, ctx.coutScrypt))) {
        throw regle('Mot de passe actuel incorrect : rien n’a été changé.', 'actuel');
      }
      return preparerMotDePasse(input.nouveau, compte.identifiant, ctx, 'nouveau');
    },
    executer(_input, ctx, empreinte: string) {
      ecrireAcces(ctx.sqlite, ctx.acteur.id, {
        empreinte,
        doit_changer_mot_de_passe: 0,
        mot_de_passe_change_le: ctx.horloge.maintenant().toISOString(),
      });
      ctx.tracer('mot_de_passe_change', { type: 'utilisateur', id: ctx.acteur.id });
      ctx.session.motDePasseChange();
      return etatSession(ctx);
    },
  },

  'comptes.lister': (_input, ctx) => {
    const lignes = ctx.sqlite
      .prepare(
        `SELECT u.id, u.prenom, u.nom, u.identifiant, u.email, u.site_id AS siteId, u.actif,
           c.empreinte IS NOT NULL AS motDePasseDefini, coalesce(c.doit_changer_mot_de_passe, 0) AS doitChanger,
           coalesce(c.echecs_consecutifs, 0) AS echecs, c.bloque_jusqua AS bloqueJusqua,
           c.derniere_connexion AS derniereConnexion
         FROM utilisateur u LEFT JOIN compte_acces c ON c.utilisateur_id = u.id
         ORDER BY u.actif DESC, u.nom, u.prenom`,
      )
      .all() as {
      id: number;
      prenom: string;
      nom: string;
      identifiant: string;
      email: string | null;
      siteId: number | null;
      actif: number;
      motDePasseDefini: number;
      doitChanger: number;
      echecs: number;
      bloqueJusqua: string | null;
      derniereConnexion: string | null;
    }[];
    const maintenant = ctx.horloge.maintenant().getTime();
    return lignes.map((l) => ({
      id: l.id,
      prenom: l.prenom,
      nom: l.nom,
      identifiant: l.identifiant,
      email: l.email,
      roles: rolesDe(ctx.sqlite, l.id),
      siteId: l.siteId,
      actif: l.actif === 1,
      motDePasseDefini: l.motDePasseDefini === 1,
      doitChangerMotDePasse: l.doitChanger === 1,
      echecsConsecutifs: l.echecs,
      // A lock that has run out is no longer shown as one.
      bloqueJusqua: l.bloqueJusqua && Date.parse(l.bloqueJusqua) > maintenant ? l.bloqueJusqua : null,
      derniereConnexion: l.derniereConnexion,
    }));
  },

  'comptes.creer': {
    preparer: (input, ctx) =>
      preparerMotDePasse(input.motDePasseProvisoire, input.identifiant, ctx, 'motDePasseProvisoire'),
    executer(input, ctx, empreinte: string) {
      if (compteParIdentifiant(ctx.sqlite, input.identifiant)) {
        throw regle(`L'identifiant « ${input.identifiant} » est déjà pris : choisissez-en un autre.`, 'identifiant');
      }
      verifierSite(ctx.sqlite, input.siteId);
      const le = ctx.horloge.maintenant().toISOString();
      const { id } = instruction(
        ctx.sqlite,
        `INSERT INTO utilisateur (identifiant, prenom, nom, email, site_id, actif, cree_le, cree_par, modifie_le, modifie_par)
         VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id`,
      ).get(
        input.identifiant,
        input.prenom,
        input.nom,
        input.email,
        input.siteId,
        le,
        ctx.acteur.id,
        le,
        ctx.acteur.id,
      ) as {
        id: number;
      };
      ecrireRoles(ctx.sqlite, id, input.roles);
      ecrireAcces(ctx.sqlite, id, { empreinte, doit_changer_mot_de_passe: 1, mot_de_passe_change_le: le });
      ctx.tracer('compte_cree', { type: 'utilisateur', id });
      return { id };
    },
  },

  'comptes.modifier': (input, ctx) => {
    const compte = compteParId(ctx.sqlite, input.id);
    if (!compte) throw introuvable('Compte');
    verifierSite(ctx.sqlite, input.siteId);
    const avant = rolesDe(ctx.sqlite, input.id);
    const apres = rolesSansDoublon(input.roles);
    const rolesChanges = avant.join() !== apres.join();
    const actifChange = (compte.actif === 1) !== input.actif;
    const le = ctx.horloge.maintenant().toISOString();
    instruction(
      ctx.sqlite,
      'UPDATE utilisateur SET prenom = ?, nom = ?, email = ?, site_id = ?, actif = ?, modifie_le = ?, modifie_par = ? WHERE id = ?',
    ).run(input.prenom, input.nom, input.email, input.siteId, input.actif ? 1 : 0, le, ctx.acteur.id, input.id);
    if (rolesChanges) ecrireRoles(ctx.sqlite, input.id, apres);
    // Checked on the result, inside the transaction: nobody may lock the structure out of its own
    // administration, not even by removing their own role.
    if (!administrateurConnectable(ctx.sqlite)) {
      throw regle(
        'Il doit rester au moins un administrateur actif avec un mot de passe : désignez-en un autre avant.',
        'roles',
      );
    }
    const objet = { type: 'utilisateur' as const, id: input.id };
    if (rolesChanges) ctx.tracer('roles_modifies', objet);
    if (actifChange) ctx.tracer(input.actif ? 'compte_reactive' : 'compte_desactive', objet);
    if (!rolesChanges && !actifChange) ctx.tracer('compte_modifie', objet);
    return { id: input.id };
  },

  'comptes.reinitialiserMotDePasse': {
    preparer: (input, ctx) =>
      preparerMotDePasse(input.motDePasseProvisoire, identifiantDe(ctx, input.id), ctx, 'motDePasseProvisoire'),
    executer(input, ctx, empreinte: string) {
      if (!compteParId(ctx.sqlite, input.id)) throw introuvable('Compte');
      ecrireAcces(ctx.sqlite, input.id, {
        empreinte,
        doit_changer_mot_de_passe: 1,
        echecs_consecutifs: 0,
        dernier_echec_le: null,
        bloque_jusqua: null,
        mot_de_passe_change_le: ctx.horloge.maintenant().toISOString(),
      });
      ctx.tracer('mot_de_passe_reinitialise', { type: 'utilisateur', id: input.id });
      return { id: input.id };
    },
  },

  'comptes.debloquer': (input, ctx) => {
    const compte = compteParId(ctx.sqlite, input.id);
    if (!compte) throw introuvable('Compte');
    if (!compte.bloqueJusqua && compte.echecs === 0) {
      throw new ErreurMetier('regle_metier', "Ce compte n'est pas bloqué : rien à faire.");
    }
    ecrireAcces(ctx.sqlite, input.id, { bloque_jusqua: null, echecs_consecutifs: 0, dernier_echec_le: null });
    ctx.tracer('compte_debloque', { type: 'utilisateur', id: input.id });
    return { id: input.id };
  },

  'parametres.lire': (_input, ctx) => lireParametres(ctx.sqlite),

  'parametres.enregistrer': (input, ctx) => {
    ecrireParametres(ctx.sqlite, input, ctx.acteur.id, ctx.horloge.maintenant().toISOString());
    ctx.tracer('parametres_modifies', undefined);
    return lireParametres(ctx.sqlite);
  },
} satisfies Handlers<C>;

/** Used by the installation wizard and its rescue step: the first administrator, signed in at once. */
export { ecrireAcces, ecrireRoles, administrateurConnectable };
