import { useEffect, useRef, type ReactNode } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  Paper,
  Skeleton,
  Stack,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  type ChipProps,
} from '@mui/material';
import {
  STATUT_PASSAGE_LIBELLES,
  STATUT_RDV_LIBELLES,
  type StatutPassage,
  type StatutRdv,
} from '../../src-main/contract';
import { messageErreur } from '../api/client';

/** A titled block of a screen. */
export function Bloc({
  titre,
  actions,
  children,
  chargement,
  sx,
}: {
  titre: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  chargement?: boolean;
  sx?: object;
}) {
  return (
    <Paper variant="outlined" sx={{ display: 'flex', flexDirection: 'column', overflow: 'hidden', ...sx }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 2, py: 1.25, minHeight: 52 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {titre}
        </Typography>
        {actions}
      </Stack>
      <Box sx={{ height: 2 }}>{chargement ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
      <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>{children}</Box>
    </Paper>
  );
}

export function Vide({ children }: { children: ReactNode }) {
  return (
    <Typography color="text.secondary" sx={{ p: 3, textAlign: 'center', fontSize: '0.95rem' }}>
      {children}
    </Typography>
  );
}

/** A status as a coloured chip; `discret` statuses (cancelled, gone) are outlined. */
function PuceStatut<S extends string>({
  statut,
  couleurs,
  libelles,
  discret,
  ...props
}: {
  statut: S;
  couleurs: Record<S, ChipProps['color']>;
  libelles: Record<S, string>;
  discret: S;
} & Omit<ChipProps, 'color' | 'label' | 'variant'>) {
  return (
    <Chip
      size="small"
      color={couleurs[statut]}
      variant={statut === discret ? 'outlined' : 'filled'}
      label={libelles[statut]}
      {...props}
    />
  );
}

const COULEUR_RDV: Record<StatutRdv, ChipProps['color']> = {
  prevu: 'info',
  honore: 'success',
  absent: 'error',
  annule: 'default',
};

export function PuceStatutRdv({ statut }: { statut: StatutRdv }) {
  return (
    <PuceStatut
      statut={statut}
      couleurs={COULEUR_RDV}
      libelles={STATUT_RDV_LIBELLES}
      discret="annule"
      data-statut={statut}
    />
  );
}

const COULEUR_PASSAGE: Record<StatutPassage, ChipProps['color']> = {
  en_attente: 'warning',
  pris_en_charge: 'success',
  parti: 'default',
};

export function PuceStatutPassage({ statut }: { statut: StatutPassage }) {
  return <PuceStatut statut={statut} couleurs={COULEUR_PASSAGE} libelles={STATUT_PASSAGE_LIBELLES} discret="parti" />;
}

/** The header row of a table: one cell per column name (`{ libelle, align }` to align one). */
export function EnTeteTableau({ colonnes }: { colonnes: (string | { libelle: string; align: 'right' | 'center' })[] }) {
  return (
    <TableHead>
      <TableRow>
        {colonnes.map((c) =>
          typeof c === 'string' ? (
            <TableCell key={c}>{c}</TableCell>
          ) : (
            <TableCell key={c.libelle} align={c.align}>
              {c.libelle}
            </TableCell>
          ),
        )}
      </TableRow>
    </TableHead>
  );
}

/** A keyboard shortcut shown in the interface. */
export function Touche({ children }: { children: ReactNode }) {
  return (
    <Box
      component="kbd"
      sx={{
        fontFamily: 'inherit',
        fontSize: '0.75rem',
        px: 0.75,
        py: 0.1,
        ml: 1,
        border: '1px solid',
        borderColor: 'currentColor',
        borderRadius: 1,
        opacity: 0.8,
      }}
    >
      {children}
    </Box>
  );
}

/**
 * « Supprimer ? Non / Oui, supprimer », asked in place of a line's buttons. « Non » has the
 * focus, so that Enter by habit changes nothing.
 */
export function ConfirmationEnLigne({
  question = 'Supprimer ?',
  verbe = 'Supprimer',
  enCours,
  onNon,
  onOui,
}: {
  question?: string;
  verbe?: string;
  enCours: boolean;
  onNon: () => void;
  onOui: () => void;
}) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'flex-end', flexShrink: 0 }}>
      <Typography variant="body2">{question}</Typography>
      <Button size="small" onClick={onNon} autoFocus>
        Non
      </Button>
      <Button size="small" color="error" variant="contained" disabled={enCours} onClick={onOui}>
        Oui, {verbe.toLowerCase()}
      </Button>
    </Stack>
  );
}

/**
 * The title of a page opened from a list: the keyboard starts on it once its record is read
 * (`charge`). Returns the ref for the heading (with `tabIndex={-1}`).
 */
export function useFocusTitre(charge: boolean) {
  const titre = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (charge) titre.current?.focus();
  }, [charge]);
  return titre;
}

/**
 * A record's page before it is shown: the way back (`retour`) and a placeholder `hauteur` high
 * while it is read (`chargement`), else the message of `erreur`.
 */
export function PageNonChargee({
  chargement,
  erreur,
  retour,
  hauteur,
}: {
  chargement: boolean;
  erreur: unknown;
  retour: ReactNode;
  hauteur: number;
}) {
  return (
    <Box sx={{ p: 2, maxWidth: 1400, mx: 'auto' }}>
      {retour}
      {chargement ? (
        <Skeleton variant="rectangular" height={hauteur} sx={{ mt: 1 }} />
      ) : (
        <Alert severity="error" sx={{ mt: 1 }}>
          {messageErreur(erreur)}
        </Alert>
      )}
    </Box>
  );
}
