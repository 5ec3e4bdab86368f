import { eq } from 'drizzle-orm';
import type { ParsedInputOf } from '../../contract/core';
import { REAFFECTENT_LES_ENTREPRISES, type entreprisesContract } from '../../contract/entreprises';
import { entreprise, entrepriseContact } from '../../db/schema';
import type { Contexte, Handler } from '../commun/contexte';
import { ErreurMetier, introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { siretLisible } from '../../contract/champs';
import { compact } from '../commun/texte';
import { creation } from '../commun/tracabilite';
import { verifierVersion, versionSuivante } from '../commun/versions';
import { entrepriseExistante, noterAffectation, verifierResponsable, type EntrepriseLigne } from './lectures';
import { ressemblantes } from './recherche';

type C = typeof entreprisesContract;
type Saisie = ParsedInputOf<C, 'entreprises.creer'>;

/**
 * One establishment, one record: a SIRET already recorded is refused, naming the firm that holds
 * it. Look-alikes (the same SIREN, a neighbouring name) are only warned about: two establishments
 * of one firm are two records, and two employers may share a name. `champ` prefixes the field
 * names (`entreprise.` when the entry is nested). On an edit, the look-alikes are named only when
 * the name or the SIRET changed: a pair already known does not warn at every save.
 */
function verifierDoublons(ctx: Contexte, s: Saisie, avant: EntrepriseLigne | null, champ: string): string[] {
  if (s.siret !== avant?.siret) {
    const autre = instruction(ctx.sqlite, 'SELECT nom, commune FROM entreprise WHERE siret = ? AND id IS NOT ?').get(
      s.siret,
      avant?.id ?? null,
    ) as { nom: string; commune: string | null } | undefined;
    if (autre) {
      throw regle(
        `SIRET ${siretLisible(s.siret)} déjà enregistré pour « ${autre.nom} »${autre.commune ? ` (${autre.commune})` : ''} : un établissement n'a qu'une fiche. Ouvrez la sienne, ou vérifiez les 14 chiffres.`,
        `${champ}siret`,
      );
    }
  }
  if (avant && avant.siret === s.siret && compact(avant.nom) === compact(s.nom)) return [];
  return ressemblantes(ctx, s.nom, s.siret, avant?.id ?? null).map((r) => {
    const qui = `« ${r.nom} »${r.commune ? ` (${r.commune})` : ''}, SIRET ${siretLisible(r.siret)}`;
    return r.raison === 'siren'
      ? `${qui}, a le même SIREN : c'est un autre établissement de la même entreprise. Vérifiez que celui-ci est bien distinct.`
      : `${qui}, porte un nom voisin : vérifiez qu'il ne s'agit pas du même employeur, sinon gardez une seule fiche.`;
  });
}

/** The columns of the firm row from the entry; contacts are written apart. */
function colonnes(s: Saisie) {
  const { contacts: _contacts, ...reste } = s;
  return reste;
}

/** The contacts are the list on screen: replaced whole, in the order shown. */
function ecrireContacts(ctx: Contexte, entrepriseId: number, contacts: Saisie['contacts']) {
  ctx.db.delete(entrepriseContact).where(eq(entrepriseContact.entrepriseId, entrepriseId)).run();
  if (contacts.length === 0) return;
  ctx.db
    .insert(entrepriseContact)
    .values(contacts.map((c, ordre) => ({ entrepriseId, ordre, ...c })))
    .run();
}

/** A change of owner: the row of the firm's timeline, and the trail entry. */
function tracerReaffectation(ctx: Contexte, entrepriseId: number, avantId: number | null, apresId: number | null) {
  noterAffectation(ctx, entrepriseId, avantId, apresId);
  ctx.tracer('entreprise_reaffectee', { type: 'entreprise', id: entrepriseId });
}

export const fichesHandlers = {
  'entreprises.creer': ((input, ctx) => {
    if (input.responsableId !== null) verifierResponsable(ctx, input.responsableId, 'responsableId');
    const avertissements = verifierDoublons(ctx, input, null, '');
    const { id } = ctx.db
      .insert(entreprise)
      .values({ ...colonnes(input), ...creation(ctx) })
      .returning({ id: entreprise.id })
      .get();
    ecrireContacts(ctx, id, input.contacts);
    if (input.responsableId !== null) noterAffectation(ctx, id, null, input.responsableId);
    return { id, avertissements };
  }) satisfies Handler<C, 'entreprises.creer'>,

  'entreprises.modifier': ((input, ctx) => {
    const avant = entrepriseExistante(ctx, input.id);
    verifierVersion(
      ctx,
      avant,
      input.modifieLeLu,
      `la fiche de « ${avant.nom} »`,
      "Vos saisies sont toujours à l'écran : notez-les, rechargez la fiche, puis reportez-les.",
    );
    const s = input.entreprise;
    const nouveauResponsable = s.responsableId !== avant.responsableId;
    // Reassigning is the chargés' and direction's (`entreprises.reaffecter`): the form must not be
    // a way round it. As for a jeune's référent, anyone may take a firm nobody owns for themself.
    const prendSansResponsable = avant.responsableId === null && s.responsableId === ctx.acteur.id;
    if (
      nouveauResponsable &&
      !prendSansResponsable &&
      !ctx.acteur.roles.some((r) => REAFFECTENT_LES_ENTREPRISES.includes(r))
    ) {
      throw new ErreurMetier(
        'acces_refuse',
        'Seuls les chargés de relation entreprises et la direction confient une entreprise à une autre personne : remettez le responsable de la fiche, ou demandez-leur la réaffectation.',
      );
    }
    // An owner who has since left does not block correcting a phone number: checked on change only.
    if (nouveauResponsable && s.responsableId !== null) {
      verifierResponsable(ctx, s.responsableId, 'entreprise.responsableId');
    }
    const avertissements = verifierDoublons(ctx, s, avant, 'entreprise.');
    ctx.db
      .update(entreprise)
      .set({
        ...colonnes(s),
        // Always after the version read, so that a second save of a stale page is still seen.
        modifieLe: versionSuivante(ctx, avant.modifieLe),
        modifiePar: ctx.acteur.id,
      })
      .where(eq(entreprise.id, input.id))
      .run();
    ecrireContacts(ctx, input.id, s.contacts);
    if (nouveauResponsable) tracerReaffectation(ctx, input.id, avant.responsableId, s.responsableId);
    return { id: input.id, avertissements };
  }) satisfies Handler<C, 'entreprises.modifier'>,

  'entreprises.reaffecter': ((input, ctx) => {
    if (input.responsableId !== null) verifierResponsable(ctx, input.responsableId, 'responsableId');
    const ids = [...new Set(input.entrepriseIds)];
    const lignes = instruction(
      ctx.sqlite,
      `SELECT id, responsable_id AS responsableId, modifie_le AS modifieLe
       FROM entreprise WHERE id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids)) as { id: number; responsableId: number | null; modifieLe: string }[];
    if (lignes.length !== ids.length) throw introuvable('Entreprise');
    let reaffectees = 0;
    for (const l of lignes) {
      // Already theirs: nothing to write, nothing to trace.
      if (l.responsableId === input.responsableId) continue;
      ctx.db
        .update(entreprise)
        .set({
          responsableId: input.responsableId,
          // A form open on the firm must not put the previous owner back unseen.
          modifieLe: versionSuivante(ctx, l.modifieLe),
          modifiePar: ctx.acteur.id,
        })
        .where(eq(entreprise.id, l.id))
        .run();
      tracerReaffectation(ctx, l.id, l.responsableId, input.responsableId);
      reaffectees++;
    }
    return { reaffectees };
  }) satisfies Handler<C, 'entreprises.reaffecter'>,
};
