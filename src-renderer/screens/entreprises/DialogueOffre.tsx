import type { Offre } from '../../../src-main/contract';

/**
 * STUB(issue 6): records a new offer of a firm (`offre` omitted) or changes one. `onFermer`
 * receives the offer's id once saved, nothing when cancelled.
 */
export function DialogueOffre(_props: { entrepriseId: number; offre?: Offre; onFermer: (id?: number) => void }) {
  return null;
}
