import { useState } from 'react';
import { Autocomplete, Box, Chip, TextField, Typography } from '@mui/material';
import type { Commune } from '../../../src-main/contract';
import { useStructure } from '../../api/donnees';
import {
  codeCommuneSaisi,
  codeZoneSaisi,
  communesCorrespondantes,
  libelleZone,
  sansAccents,
  zonesProposees,
} from './logique';

/** A commune of the territory, or the INSEE code of another one typed whole. */
type OptionCommune = Commune | string;

const codeDe = (o: OptionCommune) => (typeof o === 'string' ? o : o.insee);

function libelleOption(o: OptionCommune): string {
  return typeof o === 'string' ? `${o} (hors territoire)` : `${o.nom} (${o.insee})`;
}

/**
 * A commune: one of the territory's (`structure.lire`) found by its name, postcode or code, or
 * any commune by its INSEE code typed whole (offered first in the list). The value is the INSEE
 * code. ↑ ↓ and Entrée choose (Entrée does not send the form while the list is open); emptying
 * the field removes the commune.
 */
export function ChoixCommune({
  label,
  valeur,
  onChange,
  erreur,
  aide,
  autoFocus,
  testId,
  sx,
}: {
  label: string;
  valeur: string | null;
  onChange: (codeInsee: string | null, commune: Commune | null) => void;
  erreur?: string | undefined;
  aide?: string;
  autoFocus?: boolean;
  testId?: string;
  sx?: object;
}) {
  const structure = useStructure();
  const communes = structure.data?.communes ?? [];
  const choisie: OptionCommune | null = valeur ? (communes.find((c) => c.insee === valeur) ?? valeur) : null;
  return (
    <Autocomplete<OptionCommune>
      autoHighlight
      // A code out of the territory is an option too, so that the list knows the value.
      options={typeof choisie === 'string' ? [choisie, ...communes] : communes}
      value={choisie}
      onChange={(_, v) => onChange(v === null ? null : codeDe(v), v === null || typeof v === 'string' ? null : v)}
      onInputChange={(_, v, raison) => {
        if (raison === 'input' && v.trim() === '' && valeur !== null) onChange(null, null);
      }}
      getOptionLabel={libelleOption}
      isOptionEqualToValue={(o, v) => codeDe(o) === codeDe(v)}
      filterOptions={(_, etat) => {
        const trouvees: OptionCommune[] = communesCorrespondantes(communes, etat.inputValue);
        const code = codeCommuneSaisi(etat.inputValue);
        return code && !communes.some((c) => c.insee === code) ? [code, ...trouvees] : trouvees;
      }}
      noOptionsText="Aucune commune du territoire : tapez le code INSEE (5 caractères) d'une autre commune."
      renderOption={(props, o) => {
        const { key, ...reste } = props as typeof props & { key: string };
        return (
          <Box component="li" key={key} {...reste} sx={{ gap: 1 }}>
            <Typography variant="body2" sx={{ flex: 1 }}>
              {typeof o === 'string' ? `Commune ${o}` : o.nom}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {typeof o === 'string' ? 'hors territoire' : [o.codePostal, o.insee].filter(Boolean).join(' · ')}
            </Typography>
          </Box>
        );
      }}
      data-testid={testId}
      sx={sx}
      renderInput={(params) => (
        <TextField
          {...params}
          autoFocus={autoFocus}
          label={label}
          placeholder="Nom, code postal ou code INSEE"
          error={Boolean(erreur)}
          helperText={erreur ?? aide}
          onKeyDown={(e) => {
            // Entrée on a text that is not the commune chosen stays in the field rather than sending the form.
            const t = (e.target as HTMLInputElement).value;
            if (
              e.key === 'Enter' &&
              !e.ctrlKey &&
              !e.metaKey &&
              t.trim() !== '' &&
              t !== (choisie ? libelleOption(choisie) : '')
            ) {
              e.preventDefault();
            }
          }}
        />
      )}
    />
  );
}

/**
 * The eligibility zone of a service: codes of communes (the territory's by name, any other by
 * code), départements, EPCI, or the whole country, as chips. A typed code is offered first in the
 * list; Entrée adds the highlighted zone, Retour arrière removes the last one.
 */
export function ChoixZone({
  valeur,
  onChange,
  erreur,
}: {
  valeur: readonly string[];
  onChange: (codes: string[]) => void;
  erreur?: string | undefined;
}) {
  const structure = useStructure();
  const communes = structure.data?.communes ?? [];
  const proposees = zonesProposees(communes);
  const [texte, setTexte] = useState('');
  const correspond = (code: string, t: string) => {
    const n = sansAccents(t);
    return sansAccents(`${libelleZone(code, communes)} ${code}`).includes(n);
  };
  return (
    <Autocomplete<string, true>
      multiple
      autoHighlight
      filterSelectedOptions
      options={proposees}
      value={[...valeur]}
      inputValue={texte}
      onInputChange={(_, v, raison) => {
        if (raison !== 'reset') setTexte(v);
      }}
      onChange={(_, codes) => {
        onChange(codes);
        setTexte('');
      }}
      getOptionLabel={(code) => libelleZone(code, communes)}
      filterOptions={(options, etat) => {
        const t = etat.inputValue;
        if (t.trim() === '') return options;
        // The territory's communes ranked as in the commune field, then the other zones that match.
        const communesTrouvees = communesCorrespondantes(communes, t).map((c) => c.insee);
        const autres = options.filter((o) => !/^(\d{5}|2[AB]\d{3})$/.test(o) && correspond(o, t));
        const saisi = codeZoneSaisi(t);
        const liste = [...new Set([...(saisi ? [saisi] : []), ...autres, ...communesTrouvees])];
        return liste.filter((o) => !valeur.includes(o));
      }}
      noOptionsText="Tapez un code de commune (5 caractères), de département (2), d'EPCI (9 chiffres) ou « france »."
      renderValue={(codes, getItemProps) =>
        codes.map((code, index) => {
          const { key, ...props } = getItemProps({ index });
          return <Chip key={key} size="small" label={libelleZone(code, communes)} {...props} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label="Zone d'éligibilité"
          placeholder={valeur.length === 0 ? 'Vide : la commune du partenaire' : 'Ajouter une commune, un département…'}
          error={Boolean(erreur)}
          onKeyDown={(e) => {
            // Entrée on a text that matches no zone stays in the field rather than sending the form.
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && (e.target as HTMLInputElement).value.trim() !== '') {
              e.preventDefault();
            }
          }}
          helperText={
            erreur ??
            'Communes, départements (26), EPCI (9 chiffres) ou « france » : où vivent les personnes que le service accueille.'
          }
        />
      )}
    />
  );
}
