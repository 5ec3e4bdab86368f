import { Box, Chip, FormControl, FormHelperText, FormLabel } from '@mui/material';
import { DIMENSION_LIBELLES, THEMES, type Theme } from '../../src-main/contract';

/**
 * The themes of an event or a workshop, as toggle chips (Tab then Space or Enter). The choice is
 * kept in the referential's order, whatever order the chips were pressed in.
 */
export function ChoixThemes({
  libelle,
  valeur,
  onChange,
  erreur,
}: {
  libelle: string;
  valeur: readonly Theme[];
  onChange: (themes: Theme[]) => void;
  erreur?: string | undefined;
}) {
  return (
    <FormControl component="fieldset" error={Boolean(erreur)} sx={{ gridColumn: '1 / -1' }}>
      <FormLabel component="legend" sx={{ fontSize: '0.85rem', mb: 0.75 }}>
        {libelle}
      </FormLabel>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
        {THEMES.map((t) => {
          const choisi = valeur.includes(t);
          return (
            <Chip
              key={t}
              label={DIMENSION_LIBELLES[t]}
              color={choisi ? 'primary' : 'default'}
              variant={choisi ? 'filled' : 'outlined'}
              aria-pressed={choisi}
              onClick={() =>
                onChange(choisi ? valeur.filter((x) => x !== t) : THEMES.filter((x) => x === t || valeur.includes(x)))
              }
            />
          );
        })}
      </Box>
      {erreur ? <FormHelperText>{erreur}</FormHelperText> : null}
    </FormControl>
  );
}
