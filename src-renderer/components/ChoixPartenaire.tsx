import { useState, type Ref } from 'react';
import { Autocomplete, Box, CircularProgress, TextField, Typography } from '@mui/material';
import { TYPE_PARTENAIRE_LIBELLES, type PartenaireTrouve } from '../../src-main/contract';
import { useRequete } from '../api/hooks';
import { ListeChoix } from './formulaires';
import { useDiffere } from './useDiffere';

/** A search of the directory as you type needs at least this many characters (« PAEJ », « E2C »). */
const MIN_RECHERCHE = 2;

/** The partner, and one of its services if the orientation is to a precise one. */
export interface PartenaireChoisi {
  partenaireId: number | null;
  serviceId: number | null;
}

/** What the picker shows of a partner: from a search result, or read back from its record. */
type Option = Pick<PartenaireTrouve, 'id' | 'nom' | 'type' | 'commune'> & {
  services: { id: number; nom: string }[];
};

function ligneSecondaire(p: Option): string {
  return [TYPE_PARTENAIRE_LIBELLES[p.type], p.commune].filter(Boolean).join(' · ');
}

/**
 * The partner of an orientation, found in the directory as you type (↑ ↓ choose, Entrée takes the
 * highlighted one), then, if the orientation is to a precise service, that service among the
 * partner's own. Used by the file, the desk's accueil and the diagnostic's conclusion.
 */
export function ChoixPartenaire({
  valeur,
  onChange,
  erreur,
  erreurService,
  autoFocus,
  inputRef,
  libelle = 'Partenaire',
}: {
  valeur: PartenaireChoisi;
  onChange: (v: PartenaireChoisi) => void;
  erreur?: string | undefined;
  erreurService?: string | undefined;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  libelle?: string;
}) {
  const [texte, setTexte] = useState('');
  // The option chosen in this picker: its name and services are known without another read.
  const [choisi, setChoisi] = useState<Option | null>(null);
  const recherche = useDiffere(texte.trim(), 200);
  const resultats = useRequete(
    'partenaires.rechercher',
    { texte: recherche, limite: 20 },
    {
      enabled: recherche.length >= MIN_RECHERCHE && recherche !== choisi?.nom,
      garderPrecedent: true,
    },
  );
  // Every service of the chosen partner (the search lists only those matching the words typed).
  const fiche = useRequete(
    'partenaires.lire',
    { id: valeur.partenaireId ?? 0 },
    { enabled: valeur.partenaireId !== null },
  );
  const lu: Option | null =
    fiche.data && fiche.data.id === valeur.partenaireId
      ? { ...fiche.data, services: fiche.data.services.filter((s) => s.actif || s.id === valeur.serviceId) }
      : null;
  const courant: Option | null =
    valeur.partenaireId === null ? null : (lu ?? (choisi?.id === valeur.partenaireId ? choisi : null));

  const trouves: Option[] = recherche.length >= MIN_RECHERCHE ? (resultats.data?.partenaires ?? []) : [];
  const options = courant && !trouves.some((p) => p.id === courant.id) ? [courant, ...trouves] : trouves;
  const services = courant?.services ?? [];
  const rechercheEnCours = resultats.isFetching || texte.trim() !== recherche;

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '3fr 2fr' }, gap: 2, alignItems: 'start' }}>
      <Autocomplete<Option>
        options={options}
        value={courant}
        inputValue={texte}
        onInputChange={(_, v) => setTexte(v)}
        onChange={(_, p) => {
          setChoisi(p);
          onChange({ partenaireId: p?.id ?? null, serviceId: null });
        }}
        getOptionLabel={(p) => p.nom}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        // The main process searches (names, services, notes): nothing is filtered again here.
        filterOptions={(x) => x}
        autoHighlight
        loading={rechercheEnCours && texte.trim().length >= MIN_RECHERCHE}
        loadingText="Recherche dans l’annuaire…"
        noOptionsText={
          texte.trim().length < MIN_RECHERCHE
            ? 'Tapez au moins deux caractères du nom ou d’un service'
            : resultats.error
              ? resultats.error.message
              : 'Aucun partenaire trouvé : ajoutez-le d’abord dans l’annuaire (onglet Partenaires).'
        }
        renderOption={(props, p) => {
          const { key, ...reste } = props as typeof props & { key: string };
          return (
            <li key={key} {...reste} data-testid="option-partenaire">
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {p.nom}
                </Typography>
                <Typography variant="caption" color="text.secondary" component="div">
                  {ligneSecondaire(p)}
                  {p.services.length > 0
                    ? ` · ${p.services.length > 3 ? `${p.services.length} services` : p.services.map((s) => s.nom).join(', ')}`
                    : ''}
                </Typography>
              </Box>
            </li>
          );
        }}
        renderInput={(params) => (
          <TextField
            {...params}
            {...(inputRef ? { inputRef } : {})}
            autoFocus={autoFocus}
            required
            label={libelle}
            placeholder="Nom du partenaire ou d’un service"
            error={Boolean(erreur)}
            helperText={erreur ?? (courant ? ligneSecondaire(courant) : 'Tapez, puis ↑ ↓ et Entrée pour choisir')}
            slotProps={{
              ...params.slotProps,
              input: {
                ...params.slotProps.input,
                endAdornment: (
                  <>
                    {rechercheEnCours && texte.trim().length >= MIN_RECHERCHE ? (
                      <CircularProgress size={18} aria-label="Recherche en cours" />
                    ) : null}
                    {params.slotProps.input.endAdornment}
                  </>
                ),
              },
              htmlInput: { ...params.slotProps.htmlInput, autoComplete: 'off', spellCheck: false },
            }}
          />
        )}
      />
      <ListeChoix
        label="Service (facultatif)"
        valeur={services.some((s) => s.id === valeur.serviceId) ? valeur.serviceId : null}
        onChange={(serviceId) => onChange({ partenaireId: valeur.partenaireId, serviceId })}
        options={services.map((s) => ({ valeur: s.id, libelle: s.nom }))}
        vide={
          courant === null
            ? 'Choisissez d’abord le partenaire'
            : services.length === 0
              ? 'Aucun service décrit'
              : 'Le partenaire, sans service précis'
        }
        erreur={erreurService}
        disabled={services.length === 0}
      />
    </Box>
  );
}
