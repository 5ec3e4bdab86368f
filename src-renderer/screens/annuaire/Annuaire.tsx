import { useState } from 'react';
import { FichePartenaire } from './FichePartenaire';
import { FILTRES_VIDES, type FiltresAnnuaire } from './logique';
import { RechercheAnnuaire } from './Recherche';

/**
 * The partner directory: search by theme, public, commune and type; a partner's page with its
 * services, contacts, permanences, conventions and the orientations made to it; import and
 * export in the data·inclusion format. The address carries the open partner
 * (`#/annuaire?partenaire=4`); the search's filters are kept while a partner is open.
 */
export function Annuaire({ partenaireId }: { partenaireId: number | null }) {
  const [filtres, setFiltres] = useState<FiltresAnnuaire>(FILTRES_VIDES);
  return partenaireId !== null ? (
    <FichePartenaire key={partenaireId} id={partenaireId} />
  ) : (
    <RechercheAnnuaire filtres={filtres} onFiltres={setFiltres} />
  );
}
