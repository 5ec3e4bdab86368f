import { eq } from 'drizzle-orm';
import { DESIGNENT_LES_REFERENTS, type accueilContract } from '../../contract/accueil';
import type { Profil } from '../../contract/profil';
import { AGE_MAX, AGE_MAX_RQTH, AGE_MIN } from '../../contract/referentiels';
import { commune, jeune, mentionSensible } from '../../db/schema';
import type { Contexte, Handler } from '../commun/contexte';
import { ErreurMetier, introuvable, regle } from '../commun/erreurs';
import type { Db, Sqlite } from '../../db/open';
import { instruction } from '../commun/instructions';
import { ageLe, dateFr, lectureParis } from '../commun/temps';
import { creation, modification } from '../commun/tracabilite';
import { accueilsDuJeune, rendezVousOu } from '../accueil/lectures';
import { indexerJeune, rechercherJeunes, resumes } from './recherche';
import { trouverRessemblants } from './ressemblants';

type C = typeof accueilContract;

/** The age warning of DOMAIN.md: outside 16-25 (29 with RQTH) is allowed, with a word. */
export function avertissementAge(dateNaissance: string, rqth: boolean, le: string): string | null {
  const age = ageLe(dateNaissance, le);
  const max = rqth ? AGE_MAX_RQTH : AGE_MAX;
  if (age < AGE_MIN)
    return `Âge : ${age} ans, en dessous de ${AGE_MIN} ans. Vérifiez la date de naissance ; le dossier reste possible.`;
  if (age > max) {
    return `Âge : ${age} ans, au-delà de ${max} ans${rqth ? ' (RQTH)' : ''}. Vérifiez la date de naissance ; le dossier reste possible.`;
  }
  return null;
}

export function aujourdhui(ctx: Contexte): string {
  return lectureParis(ctx.horloge.maintenant()).date;
}

/**
 * The checks of an identity typed at creation and at every later change: a birth date that is a
 * typo (future, 100 years or more) and a commune outside the territory are refused.
 */
export function verifierIdentite(ctx: Contexte, saisie: { dateNaissance: string; communeInsee: string | null }) {
  const today = aujourdhui(ctx);
  if (saisie.dateNaissance > today) {
    throw regle('Date de naissance dans le futur : vérifiez la saisie (JJ/MM/AAAA).', 'dateNaissance');
  }
  if (ageLe(saisie.dateNaissance, today) >= 100) {
    throw regle('Date de naissance improbable (100 ans ou plus) : vérifiez l’année.', 'dateNaissance');
  }
  if (
    saisie.communeInsee &&
    !ctx.db.select({ i: commune.insee }).from(commune).where(eq(commune.insee, saisie.communeInsee)).get()
  ) {
    throw regle(`Commune ${saisie.communeInsee} inconnue : choisissez une commune du territoire.`, 'communeInsee');
  }
}

/**
 * The refusal for a number that is not a live file. A number absorbed by a merge says where the
 * file went, so that an old note, a bookmark or the trail still lead somewhere.
 */
export function dossierIntrouvable(sqlite: Sqlite, jeuneId: number): ErreurMetier {
  const fusion = instruction(
    sqlite,
    'SELECT conserve_id AS conserveId, fusionne_le AS le FROM jeune_fusion WHERE absorbe_id = ?',
  ).get(jeuneId) as { conserveId: number; le: string } | undefined;
  if (!fusion) return introuvable('Dossier jeune');
  return new ErreurMetier(
    'introuvable',
    `Ce dossier a été fusionné dans le dossier n° ${fusion.conserveId} le ${dateFr(lectureParis(new Date(fusion.le)).date)} : ouvrez celui-ci.`,
  );
}

/**
 * The row of a live jeune's file; refuses an unknown or absorbed number (`dossierIntrouvable`).
 * Every service reading or changing a file by its number starts here.
 */
export function jeuneExistant(ctx: { db: Db; sqlite: Sqlite }, jeuneId: number): JeuneLigne {
  const ligne = ctx.db.select().from(jeune).where(eq(jeune.id, jeuneId)).get();
  if (!ligne) throw dossierIntrouvable(ctx.sqlite, jeuneId);
  return ligne;
}

/** Same refusal as `jeuneExistant`, for a service that needs only to know the file is live. */
export function exigerDossier(sqlite: Sqlite, jeuneId: number): void {
  if (!instruction(sqlite, 'SELECT 1 FROM jeune WHERE id = ?').get(jeuneId)) throw dossierIntrouvable(sqlite, jeuneId);
}

/**
 * The file a call reads or changes: refused like `exigerDossier`, then named for the access
 * trail.
 */
export function dossierExistant(ctx: Contexte, jeuneId: number): void {
  exigerDossier(ctx.sqlite, jeuneId);
  ctx.dossier(jeuneId);
}

export type JeuneLigne = typeof jeune.$inferSelect;

export const jeunesHandlers = {
  'jeunes.rechercher': ((input, ctx) => rechercherJeunes(ctx.sqlite, input.texte, input.limite)) satisfies Handler<
    C,
    'jeunes.rechercher'
  >,

  'jeunes.ressemblants': ((input, ctx) => trouverRessemblants(ctx.sqlite, input)) satisfies Handler<
    C,
    'jeunes.ressemblants'
  >,

  'jeunes.creer': ((input, ctx) => {
    const today = aujourdhui(ctx);
    verifierIdentite(ctx, input);
    if (!input.confirmeMalgreRessemblants) {
      const proches = trouverRessemblants(ctx.sqlite, input);
      if (proches.length > 0) {
        throw new ErreurMetier(
          'conflit',
          `${proches.length} dossier(s) ressemblant(s) existe(nt) déjà : ouvrez-le, ou confirmez qu'il s'agit d'une autre personne.`,
        );
      }
    }
    const { confirmeMalgreRessemblants: _ignore, ...saisie } = input;
    const cree = ctx.db
      .insert(jeune)
      .values({ ...saisie, ...creation(ctx) })
      .returning({ id: jeune.id })
      .get();
    indexerJeune(ctx.sqlite, { id: cree.id, ...saisie });
    ctx.dossier(cree.id);
    const age = avertissementAge(input.dateNaissance, input.rqth, today);
    return { id: cree.id, avertissements: age ? [age] : [] };
  }) satisfies Handler<C, 'jeunes.creer'>,

  'jeunes.lire': ((input, ctx) => {
    const ligne = jeuneExistant(ctx, input.id);
    const [resume] = resumes(ctx.sqlite, [input.id]);
    if (!resume) throw dossierIntrouvable(ctx.sqlite, input.id);
    ctx.dossier(input.id);
    const lieu = ligne.communeInsee
      ? ctx.db.select().from(commune).where(eq(commune.insee, ligne.communeInsee)).get()
      : undefined;
    const today = aujourdhui(ctx);
    const rdv = rendezVousOu(ctx.sqlite, 'r.jeune_id = ?', [input.id]).reverse();
    const absences = rdv.filter((r) => r.statut === 'absent').length;
    const avertissements: string[] = [];
    const age = avertissementAge(ligne.dateNaissance, ligne.rqth, ligne.premierAccueilDate ?? today);
    if (age) avertissements.push(age);
    if (absences > 0) avertissements.push(`${absences} rendez-vous non honoré(s).`);
    return {
      jeune: {
        ...resume,
        email: ligne.email,
        communeInsee: ligne.communeInsee,
        rqth: ligne.rqth,
        age: ageLe(ligne.dateNaissance, today),
        zrr: lieu?.zrr ?? false,
        conseillerReferentId: ligne.conseillerReferentId,
        ...profilDe(ligne),
        qpv: ligne.qpv ?? lieu?.qpv ?? false,
      },
      mentionsSensibles: voitMentionsSensibles(ctx, ligne.conseillerReferentId)
        ? mentionsSensibles(ctx, input.id)
        : null,
      accueils: accueilsDuJeune(ctx.sqlite, input.id),
      rendezVous: rdv,
      absences,
      avertissements,
    };
  }) satisfies Handler<C, 'jeunes.lire'>,

  'jeunes.ajouterMention': ((input, ctx) => {
    const referent = referentDe(ctx, input.jeuneId);
    if (!voitMentionsSensibles(ctx, referent)) {
      throw new ErreurMetier(
        'acces_refuse',
        'Seuls le conseiller référent du jeune et la direction peuvent ajouter une mention de santé ou de justice.',
      );
    }
    ctx.dossier(input.jeuneId);
    const { id } = ctx.db
      .insert(mentionSensible)
      .values({ jeuneId: input.jeuneId, nature: input.nature, texte: input.texte, ...creation(ctx) })
      .returning({ id: mentionSensible.id })
      .get();
    return { id };
  }) satisfies Handler<C, 'jeunes.ajouterMention'>,

  'jeunes.designerReferent': ((input, ctx) => {
    const referent = referentDe(ctx, input.jeuneId);
    const designe = ctx.acteur.roles.some((r) => DESIGNENT_LES_REFERENTS.includes(r));
    // A conseiller takes a jeune nobody follows yet; handing a file over is direction's call, or
    // a conseiller could make themself référent of anyone to read the sensitive mentions.
    if (!designe && (referent !== null || input.conseillerId !== ctx.acteur.id)) {
      throw new ErreurMetier(
        'acces_refuse',
        referent !== null
          ? 'Ce jeune a déjà un conseiller référent : seule la direction peut le changer.'
          : 'Un conseiller ne peut désigner que lui-même comme référent ; la direction désigne les autres.',
      );
    }
    if (input.conseillerId !== null) {
      const estConseiller = ctx.sqlite
        .prepare(
          `SELECT 1 FROM utilisateur u JOIN utilisateur_role r ON r.utilisateur_id = u.id AND r.role = 'conseiller'
           WHERE u.id = ? AND u.actif = 1`,
        )
        .get(input.conseillerId);
      if (!estConseiller) throw regle('Choisissez un conseiller actif de la structure.', 'conseillerId');
    }
    ctx.dossier(input.jeuneId);
    ctx.db
      .update(jeune)
      .set({ conseillerReferentId: input.conseillerId, ...modification(ctx) })
      .where(eq(jeune.id, input.jeuneId))
      .run();
    return { id: input.jeuneId };
  }) satisfies Handler<C, 'jeunes.designerReferent'>,
};

/** The jeune's conseiller référent (null: none yet); refuses an unknown file. */
function referentDe(ctx: Contexte, jeuneId: number): number | null {
  const ligne = ctx.db.select({ referent: jeune.conseillerReferentId }).from(jeune).where(eq(jeune.id, jeuneId)).get();
  if (!ligne) throw dossierIntrouvable(ctx.sqlite, jeuneId);
  return ligne.referent;
}

/** DOMAIN.md: health and justice mentions are for the jeune's référent and direction only. */
export function voitMentionsSensibles(ctx: Contexte, referentId: number | null): boolean {
  return ctx.acteur.roles.includes('direction') || (referentId !== null && referentId === ctx.acteur.id);
}

function mentionsSensibles(ctx: Contexte, jeuneId: number) {
  return ctx.sqlite
    .prepare(
      `SELECT m.id, m.nature, m.texte, m.cree_le AS creeLe, coalesce(u.prenom || ' ' || u.nom, '—') AS auteurNom
       FROM mention_sensible m LEFT JOIN utilisateur u ON u.id = m.cree_par
       WHERE m.jeune_id = ? ORDER BY m.cree_le DESC, m.id DESC`,
    )
    .all(jeuneId) as { id: number; nature: 'sante' | 'justice'; texte: string; creeLe: string; auteurNom: string }[];
}

/** The file's fields beyond the desk's (issue 4), as `jeunes.lire` returns them. */
export function profilDe(ligne: JeuneLigne): Profil {
  return {
    adresse: ligne.adresse,
    qpvAdresse: ligne.qpv,
    niveau: ligne.niveau,
    diplome: ligne.diplome,
    situationPremierAccueil: ligne.situationPremierAccueil,
    logement: ligne.logement,
    ressources: ligne.ressources,
    permisB: ligne.permisB,
    vehicule: ligne.vehicule,
    inscritFranceTravail: ligne.inscritFranceTravail,
    identifiantFranceTravail: ligne.identifiantFranceTravail,
    ase: ligne.ase,
    rsa: ligne.rsa,
    informationDonneesLe: ligne.informationDonneesLe,
    consentementTransmissionLe: ligne.consentementTransmissionLe,
    modifieLe: ligne.modifieLe,
  };
}
