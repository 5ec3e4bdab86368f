import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { annuaireContract, Partenaire } from '../../contract/annuaire';
import type { ParsedInputOf } from '../../contract/core';
import { SOURCE_TREMPLIN, STATUTS_ORIENTATION } from '../../contract/referentielsAnnuaire';
import { partenaire, partenaireContact } from '../../db/schema';
import type { Contexte, Handler } from '../commun/contexte';
import { introuvable, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';
import { compact } from '../commun/texte';
import { creation } from '../commun/tracabilite';
import { verifierVersion, versionSuivante } from '../commun/versions';
import { aujourdhui } from '../jeunes';
import { conventionsDesPartenaires } from './conventions';
import { liste, partenaireExistant, permanencesOu, servicesDuPartenaire, type PartenaireLigne } from './lectures';

type C = typeof annuaireContract;
type Saisie = ParsedInputOf<C, 'partenaires.creer'>;

/**
 * One partner, one entry: the same SIRET, or the same name (folded: case, accents, punctuation
 * and spaces ignored) in the same commune, is the partner already there. `champ` prefixes the
 * field names of the refusal (`partenaire.` when the entry is nested).
 */
function verifierDoublons(ctx: Contexte, s: Saisie, avant: PartenaireLigne | null, champ: string) {
  if (s.siret !== null && s.siret !== avant?.siret) {
    const autre = instruction(ctx.sqlite, 'SELECT nom FROM partenaire WHERE siret = ? AND id <> ?').get(
      s.siret,
      avant?.id ?? 0,
    ) as { nom: string } | undefined;
    if (autre) {
      throw regle(
        `SIRET déjà enregistré pour « ${autre.nom} » : un établissement n'a qu'une fiche. Ouvrez la sienne, ou vérifiez les 14 chiffres.`,
        `${champ}siret`,
      );
    }
  }
  const cle = compact(s.nom);
  // A pair already doubled (an import can bring one) does not block editing other fields.
  if (avant && compact(avant.nom) === cle && avant.codeInsee === s.codeInsee) return;
  const autres = instruction(
    ctx.sqlite,
    'SELECT nom, commune, actif FROM partenaire WHERE code_insee IS ? AND id <> ?',
  ).all(s.codeInsee, avant?.id ?? 0) as { nom: string; commune: string | null; actif: number }[];
  const autre = autres.find((a) => compact(a.nom) === cle);
  if (autre) {
    const ou = s.codeInsee === null ? 'sans commune' : `à ${s.commune ?? autre.commune ?? s.codeInsee}`;
    throw regle(
      `« ${autre.nom} » est déjà dans l'annuaire ${ou}${autre.actif ? '' : ' (fiche inactive)'} : deux fiches pour un même partenaire dispersent ses orientations. Ouvrez la sienne${autre.actif ? '' : ' et réactivez-la'}, ou distinguez le nom (antenne, quartier…).`,
      `${champ}nom`,
    );
  }
}

/** The columns of the partner row from the entry; contacts are written apart. */
function colonnes(ctx: Contexte, s: Saisie) {
  const { contacts: _contacts, thematiques, ...reste } = s;
  return { ...reste, thematiques: JSON.stringify(thematiques), dateMaj: aujourdhui(ctx) };
}

/** The contacts are the list on screen: replaced whole, in the order shown. */
function ecrireContacts(ctx: Contexte, partenaireId: number, contacts: Saisie['contacts']) {
  ctx.db.delete(partenaireContact).where(eq(partenaireContact.partenaireId, partenaireId)).run();
  if (contacts.length === 0) return;
  ctx.db
    .insert(partenaireContact)
    .values(contacts.map((c, ordre) => ({ partenaireId, ordre, ...c })))
    .run();
}

export function lirePartenaire(ctx: Contexte, id: number): Partenaire {
  const p = instruction(
    ctx.sqlite,
    `SELECT id, nom, type, siret, description, thematiques, adresse, complement_adresse AS complementAdresse,
            code_postal AS codePostal, code_insee AS codeInsee, commune, telephone, email, site_web AS siteWeb,
            horaires, college, representant, notes, actif, source, date_maj AS dateMaj, modifie_le AS modifieLe
     FROM partenaire WHERE id = ?`,
  ).get(id) as (Omit<Partenaire, 'thematiques' | 'actif'> & { thematiques: string; actif: number }) | undefined;
  if (!p) throw introuvable('Partenaire');
  const contacts = instruction(
    ctx.sqlite,
    'SELECT id, nom, fonction, telephone, email FROM partenaire_contact WHERE partenaire_id = ? ORDER BY ordre, id',
  ).all(id) as Partenaire['contacts'];
  const nombres = new Map(
    (
      instruction(
        ctx.sqlite,
        'SELECT statut, count(*) AS nombre FROM orientation WHERE partenaire_id = ? GROUP BY statut',
      ).all(id) as { statut: string; nombre: number }[]
    ).map((l) => [l.statut, l.nombre]),
  );
  const parStatut = STATUTS_ORIENTATION.map((statut) => ({ statut, nombre: nombres.get(statut) ?? 0 }));
  return {
    ...p,
    thematiques: liste(p.thematiques),
    actif: p.actif === 1,
    contacts,
    services: servicesDuPartenaire(ctx.sqlite, id),
    permanences: permanencesOu(ctx.sqlite, 'pp.partenaire_id = ?', [id]),
    conventions: conventionsDesPartenaires(ctx, [id]),
    orientations: { total: parStatut.reduce((s, l) => s + l.nombre, 0), parStatut },
  } as Partenaire;
}

export const partenairesHandlers = {
  'partenaires.lire': ((input, ctx) => lirePartenaire(ctx, input.id)) satisfies Handler<C, 'partenaires.lire'>,

  'partenaires.creer': ((input, ctx) => {
    verifierDoublons(ctx, input, null, '');
    const { id } = ctx.db
      .insert(partenaire)
      .values({
        source: SOURCE_TREMPLIN,
        sourceId: randomUUID(),
        ...colonnes(ctx, input),
        ...creation(ctx),
      })
      .returning({ id: partenaire.id })
      .get();
    ecrireContacts(ctx, id, input.contacts);
    return { id };
  }) satisfies Handler<C, 'partenaires.creer'>,

  'partenaires.modifier': ((input, ctx) => {
    const avant = partenaireExistant(ctx, input.id);
    verifierVersion(
      ctx,
      avant,
      input.modifieLeLu,
      `la fiche de « ${avant.nom} »`,
      "Vos saisies sont toujours à l'écran : notez-les, rechargez la fiche, puis reportez-les.",
    );
    verifierDoublons(ctx, input.partenaire, avant, 'partenaire.');
    ctx.db
      .update(partenaire)
      .set({
        ...colonnes(ctx, input.partenaire),
        // Always after the version read, so that a second save of a stale page is still seen.
        modifieLe: versionSuivante(ctx, avant.modifieLe),
        modifiePar: ctx.acteur.id,
      })
      .where(eq(partenaire.id, input.id))
      .run();
    ecrireContacts(ctx, input.id, input.partenaire.contacts);
    return { id: input.id };
  }) satisfies Handler<C, 'partenaires.modifier'>,
};
