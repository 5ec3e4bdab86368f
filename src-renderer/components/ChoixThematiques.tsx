import { Autocomplete, Box, Chip, TextField, Tooltip, createFilterOptions } from '@mui/material';
import {
  CATEGORIES_THEMATIQUES,
  THEMATIQUES,
  THEMATIQUES_DI,
  categorieDe,
  type ThematiqueDi,
} from '../../src-main/contract';
import { ListeChoix } from './formulaires';

/** The label of a category (`logement-hebergement` → « Logement et hébergement »). */
export function libelleCategorie(thematique: string): string {
  return THEMATIQUES_DI[categorieDe(thematique) as ThematiqueDi] ?? thematique;
}

/** A theme as shown alone (a chip, a list): a sub-theme by its name, a category by its own. */
export function libelleThematique(thematique: ThematiqueDi): string {
  return THEMATIQUES_DI[thematique] ?? thematique;
}

const estCategorie = (t: string) => !t.includes('--');

// A typed word finds a theme by its name or by its category's (« logement » lists the whole category).
const filtrer = createFilterOptions<ThematiqueDi>({
  stringify: (t) => `${libelleCategorie(t)} ${THEMATIQUES_DI[t]}`,
});

/**
 * The data·inclusion themes of a partner or a service: type to find one, or open the list, grouped
 * by category, each category first offered whole (« toute la catégorie ») then sub-theme by
 * sub-theme. ↑ ↓ and Entrée choose, the list stays open for the next one; Retour arrière removes
 * the last chosen. The choice is kept in the referential's order.
 */
export function ChoixThematiques({
  libelle,
  valeur,
  onChange,
  erreur,
  aide,
  autoFocus,
  testId,
  sx,
}: {
  libelle: string;
  valeur: readonly ThematiqueDi[];
  onChange: (thematiques: ThematiqueDi[]) => void;
  erreur?: string | undefined;
  aide?: string;
  autoFocus?: boolean;
  testId?: string;
  sx?: object;
}) {
  return (
    <Autocomplete<ThematiqueDi, true>
      multiple
      disableCloseOnSelect
      autoHighlight
      options={THEMATIQUES}
      value={[...valeur]}
      onChange={(_, v) => onChange(THEMATIQUES.filter((t) => v.includes(t)))}
      groupBy={(t) => libelleCategorie(t)}
      getOptionLabel={libelleThematique}
      filterOptions={filtrer}
      noOptionsText="Aucune thématique ne correspond"
      data-testid={testId}
      sx={sx}
      renderOption={(props, t, { selected }) => {
        const { key, ...reste } = props as typeof props & { key: string };
        return (
          <Box
            component="li"
            key={key}
            {...reste}
            sx={{ pl: estCategorie(t) ? 3 : 5, fontStyle: estCategorie(t) ? 'italic' : 'normal' }}
            aria-selected={selected}
          >
            {estCategorie(t) ? 'Toute la catégorie' : THEMATIQUES_DI[t]}
          </Box>
        );
      }}
      renderValue={(choisies, getItemProps) =>
        choisies.map((t, index) => {
          const { key, ...props } = getItemProps({ index });
          return (
            <Tooltip key={key} title={estCategorie(t) ? 'Toute la catégorie' : libelleCategorie(t)}>
              <Chip
                size="small"
                label={libelleThematique(t)}
                color={estCategorie(t) ? 'primary' : 'default'}
                variant={estCategorie(t) ? 'filled' : 'outlined'}
                {...props}
              />
            </Tooltip>
          );
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          autoFocus={autoFocus}
          label={libelle}
          placeholder={valeur.length === 0 ? 'Tapez un mot (logement, permis…) ou ouvrez la liste' : undefined}
          error={Boolean(erreur)}
          helperText={erreur ?? aide}
          onKeyDown={(e) => {
            // Entrée with words typed that match nothing stays in the field rather than sending the form.
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && (e.target as HTMLInputElement).value.trim() !== '') {
              e.preventDefault();
            }
          }}
        />
      )}
    />
  );
}

/**
 * One theme to search by: a category, then (optionally) one of its sub-themes. A category finds
 * its sub-themes too (the main process reads it so).
 */
export function FiltreThematique({
  valeur,
  onChange,
  sx,
}: {
  valeur: ThematiqueDi | null;
  onChange: (thematique: ThematiqueDi | null) => void;
  sx?: object;
}) {
  const categorie = valeur ? (categorieDe(valeur) as ThematiqueDi) : null;
  const sousThemes = categorie ? THEMATIQUES.filter((t) => !estCategorie(t) && categorieDe(t) === categorie) : [];
  return (
    <>
      <ListeChoix<ThematiqueDi>
        label="Thématique"
        valeur={categorie}
        onChange={onChange}
        options={(CATEGORIES_THEMATIQUES as ThematiqueDi[]).map((t) => ({ valeur: t, libelle: THEMATIQUES_DI[t] }))}
        vide="Toutes les thématiques"
        sx={{ minWidth: 220, ...sx }}
      />
      <ListeChoix<ThematiqueDi>
        label="Sous-thème"
        valeur={valeur && !estCategorie(valeur) ? valeur : null}
        onChange={(t) => onChange(t ?? categorie)}
        options={sousThemes.map((t) => ({ valeur: t, libelle: THEMATIQUES_DI[t] }))}
        vide={categorie ? 'Toute la catégorie' : 'Choisissez une thématique'}
        disabled={categorie === null}
        sx={{ minWidth: 220, maxWidth: 320, ...sx }}
      />
    </>
  );
}
