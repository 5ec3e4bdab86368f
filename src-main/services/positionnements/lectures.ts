import type { Commission, Positionnement, TableauAction } from '../../contract/formation';
import type { Contexte } from '../commun/contexte';

/** STUB(issue 7): the candidacies matching `where` (over `positionnement p JOIN action_formation a`), with their steps. */
export function positionnementsOu(_ctx: Contexte, _where: string, _params: unknown[]): Positionnement[] {
  return [];
}

/** STUB(issue 7): the entry commissions of an action, most recent first, with their decisions. */
export function commissionsDeLAction(_ctx: Contexte, _actionId: number): Commission[] {
  return [];
}

/**
 * STUB(issue 7): the dashboard figures of the actions matching `where` (over `action_formation a`),
 * taken together: places, candidacies by status, entries, filling rate, delays, abandonments.
 */
export function tableauDesActions(_ctx: Contexte, _where: string, _params: unknown[]): TableauAction {
  return {
    places: 0,
    parStatut: [],
    positionnements: 0,
    entres: 0,
    tauxRemplissage: null,
    delaiMoyenJours: null,
    delaiMedianJours: null,
    abandons: 0,
    tauxAbandon: null,
  };
}
