import { ACCOMPAGNENT } from '../../contract/dossier';
import { PROGRAMMENT_LES_FORMATIONS } from '../../contract/formation';
import { TYPE_PARTENAIRE_LIBELLES, type TypePartenaire } from '../../contract/referentielsAnnuaire';
import type { Contexte } from '../commun/contexte';
import { ErreurMetier, regle } from '../commun/erreurs';
import { instruction } from '../commun/instructions';

/**
 * Who keeps the programme and who follows an action (docs/formation.md): the référent formation
 * and direction for every action, the référent d'action for his own.
 */

export function programmeLesFormations(ctx: Contexte): boolean {
  return ctx.acteur.roles.some((r) => PROGRAMMENT_LES_FORMATIONS.includes(r));
}

/**
 * Changing an action, holding its commissions, writing its bilans: the référent formation,
 * direction, or the action's référent d'action. `faire` completes « … peuvent » (« modifier cette action »).
 */
export function exigerSuiviDeLAction(
  ctx: Contexte,
  action: { intitule: string; referentId: number | null; referentNom: string | null },
  faire: string,
): void {
  if (programmeLesFormations(ctx) || (action.referentId !== null && action.referentId === ctx.acteur.id)) return;
  throw new ErreurMetier(
    'acces_refuse',
    action.referentId === null
      ? `« ${action.intitule} » n'a pas de référent d'action : seuls le référent formation et la direction peuvent ${faire}. Demandez-leur de vous confier l'action si vous la suivez.`
      : `Seuls le référent formation, la direction et le référent de l'action « ${action.intitule} » (${action.referentNom ?? 'inconnu'}) peuvent ${faire}.`,
  );
}

const TYPES_ORGANISME: readonly TypePartenaire[] = ['organisme_formation', 'cfa'];

/**
 * The training body is a partner of the directory, active when newly chosen (`deja`: the one the
 * action already has, kept even if its record was deactivated since). A partner of another type
 * is accepted with a word: a SIAE or an association may run a training.
 */
export function verifierOrganisme(
  ctx: Contexte,
  organismeId: number,
  deja: number | null,
  avertissements: string[],
  champ: string,
): { nom: string } {
  const p = instruction(ctx.sqlite, 'SELECT nom, type, actif FROM partenaire WHERE id = ?').get(organismeId) as
    { nom: string; type: TypePartenaire; actif: number } | undefined;
  if (!p) {
    throw regle(
      "Organisme de formation introuvable dans l'annuaire : choisissez-le dans la liste, ou ajoutez-le d'abord à l'annuaire (type « Organisme de formation »).",
      champ,
    );
  }
  if (!p.actif && organismeId !== deja) {
    throw regle(
      `« ${p.nom} » est marqué inactif dans l'annuaire : choisissez un organisme actif, ou réactivez sa fiche.`,
      champ,
    );
  }
  if (!TYPES_ORGANISME.includes(p.type)) {
    avertissements.push(
      `Organisme : « ${p.nom} » est classé « ${TYPE_PARTENAIRE_LIBELLES[p.type]} » dans l'annuaire, ni organisme de formation ni CFA. Vérifiez le choix, ou corrigez son type dans l'annuaire.`,
    );
  }
  return { nom: p.nom };
}

/**
 * The référent d'action is an active staff member who accompanies jeunes. The one already set
 * stays accepted if their account was closed since, with a word to hand the action over.
 */
export function verifierReferent(
  ctx: Contexte,
  referentId: number | null,
  deja: number | null,
  avertissements: string[],
  champ: string,
): void {
  if (referentId === null) return;
  const u = instruction(
    ctx.sqlite,
    `SELECT u.prenom || ' ' || u.nom AS nom, u.actif,
            EXISTS (SELECT 1 FROM utilisateur_role r WHERE r.utilisateur_id = u.id
                    AND r.role IN (SELECT value FROM json_each(?))) AS accompagne
     FROM utilisateur u WHERE u.id = ?`,
  ).get(JSON.stringify(ACCOMPAGNENT), referentId) as { nom: string; actif: number; accompagne: number } | undefined;
  if (!u) {
    throw regle(
      "Référent d'action : cette personne n'existe pas dans le personnel. Rechargez la liste et choisissez à nouveau.",
      champ,
    );
  }
  const garde = referentId === deja;
  if (u.actif !== 1) {
    if (garde) {
      avertissements.push(
        `Référent d'action : le compte de ${u.nom} est désactivé. Confiez l'action à un autre conseiller.`,
      );
      return;
    }
    throw regle(`Référent d'action : le compte de ${u.nom} est désactivé. Choisissez une autre personne.`, champ);
  }
  if (u.accompagne !== 1 && !garde) {
    throw regle(
      `Référent d'action : ${u.nom} n'accompagne pas de jeunes (ni conseiller, ni référent formation, ni chargé de relation entreprises, ni direction). Choisissez un conseiller.`,
      champ,
    );
  }
}

/** The funder's number names one action only: the import recognises the action by it. */
export function verifierReference(ctx: Contexte, reference: string | null, actionId: number | null, champ: string) {
  if (reference === null) return;
  const autre = instruction(
    ctx.sqlite,
    'SELECT intitule FROM action_formation WHERE reference = ? AND id IS NOT ?',
  ).get(reference, actionId) as { intitule: string } | undefined;
  if (autre) {
    throw regle(
      `Référence « ${reference} » déjà donnée à l'action « ${autre.intitule} » : une référence du financeur ne désigne qu'une action. Vérifiez le numéro, ou ouvrez cette action.`,
      champ,
    );
  }
}
