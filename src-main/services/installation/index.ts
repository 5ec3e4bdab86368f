import { and, asc, eq, inArray } from 'drizzle-orm';
import type { installationContract } from '../../contract/installation';
import type { Role } from '../../contract/core';
import { REFERENTIEL_LIBELLES, REFERENTIELS_EDITABLES, VALEURS_PAR_DEFAUT } from '../../contract/referentiels';
import { commune, referentielValeur, site, structure, utilisateur, utilisateurRole } from '../../db/schema';
import type { Contexte, Handlers } from '../commun/contexte';
import { ErreurMetier, regle } from '../commun/erreurs';
import { creation } from '../commun/tracabilite';
import { analyserCsvCommunes } from './csv-communes';
import { administrateurConnectable, ecrireAcces, ecrireRoles } from '../comptes';
import { rolesDe } from '../comptes/acteur';
import { empreinteMotDePasse } from '../comptes/motDePasse';

/** The account created by migration 0001; the wizard makes it the first administrator. */
export const ADMINISTRATEUR_LOCAL_ID = 1;

/**
 * Makes the account created by migration 0001 the first administrator, with the identity and
 * password chosen in the wizard, and signs them in: the wizard ends on the workstation.
 */
function etablirAdministrateur(
  ctx: Contexte,
  saisie: { prenom: string; nom: string; identifiant: string; email: string | null; autresRoles: Role[] },
  empreinte: string,
  siteId: number | null,
): void {
  const le = ctx.horloge.maintenant().toISOString();
  ctx.db
    .update(utilisateur)
    .set({
      identifiant: saisie.identifiant,
      prenom: saisie.prenom,
      nom: saisie.nom,
      email: saisie.email,
      siteId,
      actif: true,
      modifieLe: le,
      modifiePar: ADMINISTRATEUR_LOCAL_ID,
    })
    .where(eq(utilisateur.id, ADMINISTRATEUR_LOCAL_ID))
    .run();
  ecrireRoles(ctx.sqlite, ADMINISTRATEUR_LOCAL_ID, ['administrateur', ...saisie.autresRoles]);
  ecrireAcces(ctx.sqlite, ADMINISTRATEUR_LOCAL_ID, {
    empreinte,
    doit_changer_mot_de_passe: 0,
    mot_de_passe_change_le: le,
  });
  const objet = { type: 'utilisateur' as const, id: ADMINISTRATEUR_LOCAL_ID };
  ctx.tracer('compte_cree', objet, ADMINISTRATEUR_LOCAL_ID);
  ctx.tracer('connexion', objet, ADMINISTRATEUR_LOCAL_ID);
  ctx.session.ouvrir(ADMINISTRATEUR_LOCAL_ID, false);
}

function enregistrerCommunes(
  ctx: Contexte,
  communes: { insee: string; nom: string; codePostal: string | null; qpv: boolean; zrr: boolean }[],
) {
  let ajoutees = 0;
  let modifiees = 0;
  for (const c of communes) {
    const existe = ctx.db.select({ insee: commune.insee }).from(commune).where(eq(commune.insee, c.insee)).get();
    if (existe) {
      ctx.db.update(commune).set(c).where(eq(commune.insee, c.insee)).run();
      modifiees++;
    } else {
      ctx.db.insert(commune).values(c).run();
      ajoutees++;
    }
  }
  return { ajoutees, modifiees };
}

export function semerReferentiels(ctx: Contexte): void {
  for (const referentiel of REFERENTIELS_EDITABLES) {
    VALEURS_PAR_DEFAUT[referentiel].forEach((v, i) => {
      ctx.db
        .insert(referentielValeur)
        .values({
          referentiel,
          code: v.code,
          libelle: v.libelle,
          ordre: (i + 1) * 10,
          actif: true,
          systeme: v.systeme ?? false,
        })
        .onConflictDoNothing()
        .run();
    });
  }
}

export const installationHandlers = {
  'installation.terminer': {
    preparer: (input, ctx) => empreinteMotDePasse(input.administrateur.motDePasse, ctx.coutScrypt),
    executer(input, ctx, empreinte: string) {
      if (ctx.db.select({ id: structure.id }).from(structure).get()) {
        throw new ErreurMetier('conflit', 'La structure est déjà installée ; modifiez-la depuis les paramètres.');
      }
      const insee = new Set<string>();
      for (const c of input.communes) {
        if (insee.has(c.insee)) throw regle(`Commune ${c.insee} déclarée deux fois.`, 'communes');
        insee.add(c.insee);
      }
      input.sites.forEach((s, i) => {
        if (!insee.has(s.communeInsee)) {
          throw regle(
            `Site « ${s.nom} » : la commune ${s.communeInsee} ne fait pas partie du territoire déclaré ; ajoutez-la aux communes.`,
            `sites.${i}.communeInsee`,
          );
        }
      });
      const identifiants = new Set<string>([input.administrateur.identifiant]);
      input.personnel.forEach((p, i) => {
        if (identifiants.has(p.identifiant)) {
          throw regle(
            `Identifiant « ${p.identifiant} » utilisé deux fois (ou pris par l'administrateur).`,
            `personnel.${i}.identifiant`,
          );
        }
        identifiants.add(p.identifiant);
        if (p.site !== null && p.site >= input.sites.length) {
          throw regle(`${p.prenom} ${p.nom} : site de rattachement inconnu.`, `personnel.${i}.site`);
        }
      });

      // Nobody is signed in yet: what the wizard creates is the first administrator's doing.
      const trace = creation({ ...ctx, acteur: { ...ctx.acteur, id: ADMINISTRATEUR_LOCAL_ID } });
      ctx.db
        .insert(structure)
        .values({ id: 1, ...input.structure, installeeLe: trace.creeLe, ...trace })
        .run();
      enregistrerCommunes(ctx, input.communes);
      const siteIds = input.sites.map(
        (s) =>
          ctx.db
            .insert(site)
            .values({ ...s, actif: true, ...trace })
            .returning({ id: site.id })
            .get().id,
      );
      // Staff created here have no password yet: an administrator gives each a provisional one.
      for (const p of input.personnel) {
        const { id } = ctx.db
          .insert(utilisateur)
          .values({
            identifiant: p.identifiant,
            prenom: p.prenom,
            nom: p.nom,
            email: p.email,
            siteId: p.site === null ? null : siteIds[p.site]!,
            actif: true,
            ...trace,
          })
          .returning({ id: utilisateur.id })
          .get();
        for (const role of new Set(p.roles)) ctx.db.insert(utilisateurRole).values({ utilisateurId: id, role }).run();
      }
      semerReferentiels(ctx);
      etablirAdministrateur(
        ctx,
        input.administrateur,
        empreinte,
        siteIds[input.sites.findIndex((s) => s.type === 'siege')]!,
      );
      return { sites: siteIds.length, communes: input.communes.length, personnel: input.personnel.length };
    },
  },

  'installation.definirAdministrateur': {
    preparer: (input, ctx) => empreinteMotDePasse(input.administrateur.motDePasse, ctx.coutScrypt),
    executer(input, ctx, empreinte: string) {
      if (!ctx.db.select({ id: structure.id }).from(structure).get()) {
        throw new ErreurMetier('non_installe', "La structure n'est pas installée : suivez l'assistant d'installation.");
      }
      if (administrateurConnectable(ctx.sqlite)) {
        throw new ErreurMetier(
          'acces_refuse',
          'Un administrateur peut déjà se connecter : demandez-lui de créer ou de réinitialiser votre compte.',
        );
      }
      const autre = ctx.db
        .select({ id: utilisateur.id })
        .from(utilisateur)
        .where(eq(utilisateur.identifiant, input.administrateur.identifiant))
        .get();
      if (autre && autre.id !== ADMINISTRATEUR_LOCAL_ID) {
        throw regle(
          `L'identifiant « ${input.administrateur.identifiant} » est déjà pris : choisissez-en un autre.`,
          'administrateur.identifiant',
        );
      }
      const siege = ctx.db.select({ id: site.id }).from(site).where(eq(site.type, 'siege')).get();
      etablirAdministrateur(ctx, input.administrateur, empreinte, siege?.id ?? null);
      return { id: ADMINISTRATEUR_LOCAL_ID };
    },
  },

  'installation.analyserCommunesCsv': (input) => analyserCsvCommunes(input.contenu),

  'structure.lire': (_input, ctx) => {
    const s = ctx.db.select().from(structure).get();
    if (!s) throw new ErreurMetier('non_installe', "La structure n'est pas encore installée.");
    const communes = ctx.db.select().from(commune).orderBy(asc(commune.nom)).all();
    const noms = new Map(communes.map((c) => [c.insee, c.nom]));
    const sites = ctx.db.select().from(site).orderBy(asc(site.id)).all();
    return {
      structure: s,
      sites: sites.map((x) => ({
        id: x.id,
        nom: x.nom,
        type: x.type,
        communeInsee: x.communeInsee,
        communeNom: noms.get(x.communeInsee) ?? x.communeInsee,
        adresse: x.adresse,
        actif: x.actif,
      })),
      communes,
    };
  },

  'communes.enregistrer': (input, ctx) => enregistrerCommunes(ctx, input.communes),

  'personnel.lister': (input, ctx) => {
    const ids = input.role
      ? ctx.db
          .select({ id: utilisateurRole.utilisateurId })
          .from(utilisateurRole)
          .where(eq(utilisateurRole.role, input.role))
          .all()
          .map((r) => r.id)
      : null;
    const conditions = [];
    if (ids) conditions.push(inArray(utilisateur.id, ids));
    if (input.actifsSeulement) conditions.push(eq(utilisateur.actif, true));
    const lignes = ctx.db
      .select()
      .from(utilisateur)
      .where(and(...conditions))
      .orderBy(asc(utilisateur.nom), asc(utilisateur.prenom))
      .all();
    return lignes.map((u) => ({
      id: u.id,
      prenom: u.prenom,
      nom: u.nom,
      identifiant: u.identifiant,
      email: u.email,
      roles: rolesDe(ctx.sqlite, u.id),
      siteId: u.siteId,
      actif: u.actif,
    }));
  },

  'referentiels.lister': (_input, ctx) => {
    const valeurs = ctx.db
      .select()
      .from(referentielValeur)
      .orderBy(asc(referentielValeur.ordre), asc(referentielValeur.libelle))
      .all();
    return REFERENTIELS_EDITABLES.map((referentiel) => ({
      referentiel,
      libelle: REFERENTIEL_LIBELLES[referentiel],
      valeurs: valeurs
        .filter((v) => v.referentiel === referentiel)
        .map((v) => ({ code: v.code, libelle: v.libelle, ordre: v.ordre, actif: v.actif, systeme: v.systeme })),
    }));
  },

  'referentiels.enregistrerValeur': (input, ctx) => {
    const cle = and(eq(referentielValeur.referentiel, input.referentiel), eq(referentielValeur.code, input.code));
    const existante = ctx.db.select().from(referentielValeur).where(cle).get();
    if (existante) {
      if (existante.systeme && !input.actif) {
        throw regle(
          `« ${existante.libelle} » porte une règle de l'application : renommez-la, mais ne la désactivez pas.`,
          'actif',
        );
      }
      ctx.db
        .update(referentielValeur)
        .set({ libelle: input.libelle, actif: input.actif, ordre: input.ordre ?? existante.ordre })
        .where(cle)
        .run();
      return { cree: false };
    }
    const dernier = ctx.db
      .select({ ordre: referentielValeur.ordre })
      .from(referentielValeur)
      .where(eq(referentielValeur.referentiel, input.referentiel))
      .all()
      .reduce((m, r) => Math.max(m, r.ordre), 0);
    ctx.db
      .insert(referentielValeur)
      .values({
        referentiel: input.referentiel,
        code: input.code,
        libelle: input.libelle,
        ordre: input.ordre ?? dernier + 10,
        actif: input.actif,
        systeme: false,
      })
      .run();
    return { cree: true };
  },
} satisfies Handlers<typeof installationContract>;
