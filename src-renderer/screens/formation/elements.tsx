import { useId, type ReactNode } from 'react';
import {
  Box,
  Checkbox,
  Chip,
  FormControl,
  FormHelperText,
  InputLabel,
  ListItemText,
  MenuItem,
  Select,
  Typography,
  type ChipProps,
} from '@mui/material';
import {
  STATUT_ACTION_LIBELLES,
  STATUT_POSITIONNEMENT_LIBELLES,
  STATUTS_ACTION,
  type StatutAction,
  type StatutPositionnement,
} from '../../../src-main/contract';
import { useRequete } from '../../api/hooks';
import { ChoixPartenaire } from '../../components/ChoixPartenaire';
import { etatPlaces, libellePlaces, programmesConnus } from './logique';

const COULEUR_ACTION: Record<StatutAction, ChipProps['color']> = {
  programmee: 'info',
  en_recrutement: 'success',
  en_cours: 'primary',
  terminee: 'default',
  annulee: 'default',
};

/** An action's status; a cancelled one is outlined. */
export function PuceStatutAction({ statut }: { statut: StatutAction }) {
  return (
    <Chip
      size="small"
      color={COULEUR_ACTION[statut]}
      variant={statut === 'annulee' ? 'outlined' : 'filled'}
      label={STATUT_ACTION_LIBELLES[statut]}
      data-statut={statut}
    />
  );
}

export const COULEUR_POSITIONNEMENT: Record<StatutPositionnement, ChipProps['color']> = {
  propose: 'default',
  candidature_transmise: 'info',
  information_collective: 'info',
  en_commission: 'warning',
  retenu: 'success',
  entre: 'primary',
  non_retenu: 'error',
  desiste: 'default',
  abandon: 'error',
  termine: 'secondary',
};

/** A candidacy's status; the endings without a place are outlined. */
export function PuceStatutPositionnement({ statut, ...props }: { statut: StatutPositionnement } & ChipProps) {
  return (
    <Chip
      size="small"
      color={COULEUR_POSITIONNEMENT[statut]}
      variant={statut === 'non_retenu' || statut === 'desiste' ? 'outlined' : 'filled'}
      label={STATUT_POSITIONNEMENT_LIBELLES[statut]}
      data-statut={statut}
      {...props}
    />
  );
}

/** « 3 / 12 »: places left out of the places, red when none is left, orange when few. */
export function Places({ restantes, places, grand }: { restantes: number; places: number; grand?: boolean }) {
  const etat = etatPlaces(restantes);
  return (
    <Box
      component="span"
      title={libellePlaces(restantes, places)}
      aria-label={libellePlaces(restantes, places)}
      data-testid="places-restantes"
      data-restantes={restantes}
      sx={{
        whiteSpace: 'nowrap',
        fontWeight: etat === 'ouvert' ? 400 : 700,
        fontSize: grand ? '1.1rem' : undefined,
        color: etat === 'complet' ? 'error.main' : etat === 'peu' ? 'warning.dark' : 'text.primary',
      }}
    >
      {restantes} / {places}
    </Box>
  );
}

/** Several codes chosen in a list (domains, statuses), shown as chips; none chosen reads `vide`. */
export function ChoixCodes<C extends string>({
  label,
  codes,
  libelles,
  valeur,
  onChange,
  vide,
  court,
  testId,
  sx,
}: {
  label: string;
  codes: readonly C[];
  libelles: Record<C, string>;
  valeur: readonly C[];
  onChange: (v: C[]) => void;
  vide: string;
  /** A shorter label for the chips (the domain's letter…). */
  court?: (c: C) => string;
  testId?: string;
  sx?: object;
}) {
  const id = useId();
  return (
    <FormControl sx={sx} data-testid={testId}>
      <InputLabel id={id} shrink>
        {label}
      </InputLabel>
      <Select<C[]>
        labelId={id}
        label={label}
        multiple
        displayEmpty
        notched
        value={[...valeur]}
        onChange={(e) => {
          const v = e.target.value;
          const choisis = (typeof v === 'string' ? v.split(',') : v) as C[];
          onChange(codes.filter((c) => choisis.includes(c)));
        }}
        renderValue={(choisis) =>
          choisis.length === 0 ? (
            <Typography component="span" color="text.secondary">
              {vide}
            </Typography>
          ) : (
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
              {choisis.map((c) => (
                <Chip key={c} size="small" label={court ? court(c) : libelles[c]} />
              ))}
            </Box>
          )
        }
      >
        {codes.map((c) => (
          <MenuItem key={c} value={c} data-testid={testId ? `${testId}-${c}` : undefined}>
            <Checkbox size="small" checked={valeur.includes(c)} />
            <ListItemText primary={libelles[c]} />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

/** The programmes already used by the actions (any status), for suggestions and the lookup's list. */
export function useProgrammes(): string[] {
  const r = useRequete('actions.rechercher', {
    texte: '',
    statuts: [...STATUTS_ACTION],
    domaines: [],
    codeInsee: null,
    debutApres: null,
    debutAvant: null,
    niveau: null,
    age: null,
    avecPlacesSeulement: false,
    referentId: null,
    programme: null,
    limite: 2000,
  });
  return programmesConnus(r.data?.actions ?? []);
}

/**
 * The training body: a partner of the directory, found as you type with the directory's own
 * picker. An action names the body, not one of its services: the picker's service list is left out.
 */
export function ChoixOrganisme({
  valeur,
  onChange,
  erreur,
  aide,
}: {
  valeur: number | null;
  onChange: (id: number | null) => void;
  erreur?: string | undefined;
  aide?: ReactNode;
}) {
  return (
    <Box
      data-testid="choix-organisme"
      sx={{
        // The picker lays the partner and its service side by side: only the partner is kept.
        '& > div': { gridTemplateColumns: '1fr' },
        '& > div > .MuiFormControl-root': { display: 'none' },
      }}
    >
      <ChoixPartenaire
        libelle="Organisme de formation"
        valeur={{ partenaireId: valeur, serviceId: null }}
        onChange={(v) => onChange(v.partenaireId)}
        erreur={erreur}
      />
      {aide && !erreur ? <FormHelperText sx={{ mx: 1.75 }}>{aide}</FormHelperText> : null}
    </Box>
  );
}

export { useFocusPremiereErreur } from '../annuaire/elements';
