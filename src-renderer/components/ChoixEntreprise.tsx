/**
 * STUB(issue 6): picks a firm of the portfolio by name or SIRET (autocomplete over
 * `entreprises.rechercher`). `valeur` is the chosen firm, or null.
 */
export function ChoixEntreprise(_props: {
  valeur: { id: number; nom: string } | null;
  onChange: (entreprise: { id: number; nom: string } | null) => void;
  label?: string;
  erreur?: string;
}) {
  return null;
}
