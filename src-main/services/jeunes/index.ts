import { eq } from 'drizzle-orm';
import { DESIGNENT_LES_REFERENTS, type accueilContract } from '../../contract/accueil';
import type { Profil } from '../../contract/profil';
import { AGE_MAX, AGE_MAX_RQTH, AGE_MIN } from '../../contract/referentiels';
import { commune, jeune, mentionSensible } from '../../db/schema';
import type { Contexte, Handler } from '../commun/contexte';
import { ErreurMetier, introuvable, regle } from '../commun/erreurs';
import { ageLe, lectureParis } from '../commun/temps';
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

function aujourdhui(ctx: Contexte): string {
  return lectureParis(ctx.horloge.maintenant()).date;
}

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
    if (input.dateNaissance > today) {
      throw regle('Date de naissance dans le futur : vérifiez la saisie (JJ/MM/AAAA).', 'dateNaissance');
    }
    if (ageLe(input.dateNaissance, today) >= 100) {
      throw regle('Date de naissance improbable (100 ans ou plus) : vérifiez l’année.', 'dateNaissance');
    }
    if (
      input.communeInsee &&
      !ctx.db.select({ i: commune.insee }).from(commune).where(eq(commune.insee, input.communeInsee)).get()
    ) {
      throw regle(`Commune ${input.communeInsee} inconnue : choisissez une commune du territoire.`, 'communeInsee');
    }
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
    const [resume] = resumes(ctx.sqlite, [input.id]);
    const ligne = ctx.db.select().from(jeune).where(eq(jeune.id, input.id)).get();
    if (!resume || !ligne) throw introuvable('Dossier jeune');
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
  if (!ligne) throw introuvable('Dossier jeune');
  return ligne.referent;
}

/** DOMAIN.md: health and justice mentions are for the jeune's référent and direction only. */
function voitMentionsSensibles(ctx: Contexte, referentId: number | null): boolean {
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
export function profilDe(ligne: typeof jeune.$inferSelect): Profil {
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
