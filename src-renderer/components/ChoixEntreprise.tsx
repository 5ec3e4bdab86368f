import { siretLisible } from '../../src-main/contract';
import { useState } from 'react';
import { Autocomplete, Box, CircularProgress, TextField, Typography } from '@mui/material';
import type { LigneEntreprise } from '../../src-main/contract';
import { useRequete } from '../api/hooks';
import { useDiffere } from './useDiffere';

/** A search of the portfolio as you type needs at least this many characters (« BTP », « 732 »). */
const MIN_RECHERCHE = 2;

/** What the picker shows of a firm: from a search result, or only its name when read back. */
type Option = Pick<LigneEntreprise, 'id' | 'nom'> & Partial<Pick<LigneEntreprise, 'siret' | 'commune'>>;

function ligneSecondaire(e: Option): string {
  return [e.commune, e.siret ? `SIRET ${siretLisible(e.siret)}` : null].filter(Boolean).join(' · ');
}

/**
 * A firm of the portfolio, found by its name or SIRET digits as you type (`entreprises.rechercher`;
 * ↑ ↓ choose, Entrée takes the highlighted one). `valeur` is the chosen firm, or null; emptying the
 * field removes it.
 */
export function ChoixEntreprise({
  valeur,
  onChange,
  label = 'Entreprise',
  erreur,
  aide,
  autoFocus,
  required,
  testId,
}: {
  valeur: { id: number; nom: string } | null;
  onChange: (entreprise: { id: number; nom: string } | null) => void;
  label?: string;
  erreur?: string | undefined;
  /** Shown under the field when nothing is wrong and no firm is chosen. */
  aide?: string;
  autoFocus?: boolean;
  required?: boolean;
  testId?: string;
}) {
  const [texte, setTexte] = useState(valeur?.nom ?? '');
  // The option chosen here: its commune and SIRET stay shown under the field.
  const [choisie, setChoisie] = useState<Option | null>(null);
  const recherche = useDiffere(texte.trim(), 200);
  const actif = recherche.length >= MIN_RECHERCHE && recherche !== valeur?.nom;
  const resultats = useRequete(
    'entreprises.rechercher',
    { texte: recherche, limite: 20 },
    { enabled: actif, garderPrecedent: true },
  );
  const courante: Option | null = valeur ? (choisie?.id === valeur.id ? choisie : valeur) : null;
  const trouvees: Option[] = actif ? (resultats.data?.entreprises ?? []) : [];
  const options = courante && !trouvees.some((e) => e.id === courante.id) ? [courante, ...trouvees] : trouvees;
  const enCours = (resultats.isFetching || texte.trim() !== recherche) && texte.trim().length >= MIN_RECHERCHE;

  return (
    <Autocomplete<Option>
      options={options}
      value={courante}
      inputValue={texte}
      onInputChange={(_, v, raison) => {
        setTexte(v);
        if (raison === 'input' && v.trim() === '' && valeur !== null) onChange(null);
      }}
      onChange={(_, e) => {
        setChoisie(e);
        onChange(e ? { id: e.id, nom: e.nom } : null);
      }}
      getOptionLabel={(e) => e.nom}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      // The main process searches (name words, SIRET digits): nothing is filtered again here.
      filterOptions={(x) => x}
      autoHighlight
      loading={enCours}
      loadingText="Recherche dans le portefeuille…"
      noOptionsText={
        texte.trim().length < MIN_RECHERCHE
          ? 'Tapez au moins deux caractères du nom ou du SIRET'
          : resultats.error
            ? resultats.error.message
            : 'Aucune entreprise trouvée : ajoutez-la d’abord au portefeuille (Entreprises).'
      }
      data-testid={testId}
      renderOption={(props, e) => {
        const { key, ...reste } = props as typeof props & { key: string };
        return (
          <li key={key} {...reste} data-testid="option-entreprise">
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {e.nom}
              </Typography>
              <Typography variant="caption" color="text.secondary" component="div">
                {ligneSecondaire(e)}
              </Typography>
            </Box>
          </li>
        );
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          autoFocus={autoFocus}
          required={required}
          label={label}
          placeholder="Nom ou SIRET de l’entreprise"
          error={Boolean(erreur)}
          helperText={erreur ?? (courante && ligneSecondaire(courante) ? ligneSecondaire(courante) : aide)}
          onKeyDown={(e) => {
            // Entrée on a text that is not the firm chosen stays in the field rather than sending the form.
            const t = (e.target as HTMLInputElement).value;
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && t.trim() !== '' && t !== (courante?.nom ?? '')) {
              e.preventDefault();
            }
          }}
          slotProps={{
            ...params.slotProps,
            input: {
              ...params.slotProps.input,
              endAdornment: (
                <>
                  {enCours ? <CircularProgress size={18} aria-label="Recherche en cours" /> : null}
                  {params.slotProps.input.endAdornment}
                </>
              ),
            },
            htmlInput: { ...params.slotProps.htmlInput, autoComplete: 'off', spellCheck: false },
          }}
        />
      )}
    />
  );
}
