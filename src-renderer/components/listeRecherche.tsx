import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button, InputAdornment, Stack, TableRow, TextField, Typography, type TextFieldProps } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';

/** A search field (a magnifier before the words); `testId` marks its input. */
export function ChampRecherche({ testId, ...props }: { testId: string } & Omit<TextFieldProps, 'slotProps'>) {
  return (
    <TextField
      {...props}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon />
            </InputAdornment>
          ),
        },
        htmlInput: { autoComplete: 'off', spellCheck: false, 'data-testid': testId },
      }}
    />
  );
}

/**
 * A list's filters as the screen shows them, kept for the session under `cle` (emptied with the
 * rest on lock or sign-out), so that « Précédent » from a line opened finds them as they were.
 */
export function useFiltresSession<F extends object>(cle: string, defaut: F): [F, (f: F) => void] {
  const client = useQueryClient();
  const [filtres, setEcran] = useState<F>(() => client.getQueryData<F>([cle]) ?? defaut);
  const changer = useCallback(
    (f: F) => {
      setEcran(f);
      client.setQueryDefaults([cle], { gcTime: Infinity });
      client.setQueryData([cle], f);
    },
    [client, cle],
  );
  return [filtres, changer];
}

/**
 * A list's first row: `avant`, what frames the search (« Portefeuille de »), then its search field
 * on `texte` (keys: see `clavierRecherche`, Échap empties it), then the list's buttons (`children`).
 */
export function EnTeteRecherche({
  texte,
  onTexte,
  champ,
  versLignes,
  seule = null,
  label,
  placeholder,
  testId,
  largeur = 320,
  avant,
  sx,
  children,
}: {
  texte: string;
  onTexte: (texte: string) => void;
  champ: Ref<HTMLInputElement>;
  versLignes: (() => void) | null;
  seule?: (() => void) | null;
  label: string;
  placeholder: string;
  testId: string;
  /** The field's least width. */
  largeur?: number;
  avant?: ReactNode;
  sx?: object;
  children?: ReactNode;
}) {
  return (
    <Stack direction="row" useFlexGap spacing={1.5} sx={{ alignItems: 'flex-start', mb: 1.5, flexWrap: 'wrap', ...sx }}>
      {avant}
      <ChampRecherche
        inputRef={champ}
        autoFocus
        label={label}
        placeholder={placeholder}
        value={texte}
        onChange={(e) => onTexte(e.target.value)}
        onKeyDown={(e: KeyboardEvent<HTMLInputElement>) =>
          clavierRecherche(e, { versLignes, seule, effacer: texte !== '' ? () => onTexte('') : null })
        }
        sx={{ flex: 1, minWidth: largeur }}
        testId={testId}
      />
      {children}
    </Stack>
  );
}

/**
 * A row of a list's filters, a group named `libelle`; `retablir`, while some filter is off its
 * default, the button that puts them back. `enHaut`: some fields carry a message under them, so
 * the row aligns their tops and the button takes their height.
 */
export function BarreFiltres({
  libelle,
  retablir,
  enHaut = false,
  sx,
  children,
}: {
  libelle: string;
  retablir?: { libelle: string; faire: () => void } | null;
  enHaut?: boolean;
  sx?: object;
  children: ReactNode;
}) {
  return (
    <Stack
      direction="row"
      useFlexGap
      spacing={1.5}
      sx={{ alignItems: enHaut ? 'flex-start' : 'center', mb: 2, flexWrap: 'wrap', ...sx }}
      role="group"
      aria-label={libelle}
    >
      {children}
      {retablir ? (
        <Button sx={enHaut ? { height: 40 } : undefined} onClick={retablir.faire}>
          {retablir.libelle}
        </Button>
      ) : null}
    </Stack>
  );
}

/** Alt+N anywhere on the screen calls `ouvrir`, while `actif` (allowed, and no dialog open). */
export function useRaccourciNouveau(actif: boolean, ouvrir: () => void): void {
  const rappel = useRef(ouvrir);
  useEffect(() => {
    rappel.current = ouvrir;
  });
  useEffect(() => {
    if (!actif) return;
    const raccourci = (e: globalThis.KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'n' || e.key === 'N' || e.code === 'KeyN')) {
        e.preventDefault();
        rappel.current();
      }
    };
    window.addEventListener('keydown', raccourci);
    return () => window.removeEventListener('keydown', raccourci);
  }, [actif]);
}

/**
 * The keys of a list's search field: ↓ goes to the lines (`versLignes`, null without lines),
 * Entrée opens the only line found (`seule`, null unless the answer to what is typed now has one
 * line), Échap empties the field (`effacer`, null when it is empty).
 */
export function clavierRecherche(
  e: KeyboardEvent<HTMLInputElement>,
  {
    versLignes,
    seule = null,
    effacer,
  }: { versLignes: (() => void) | null; seule?: (() => void) | null; effacer: (() => void) | null },
): void {
  if (e.key === 'ArrowDown' && versLignes) {
    e.preventDefault();
    versLignes();
  } else if (e.key === 'Enter' && seule) {
    seule();
  } else if (e.key === 'Escape' && effacer) {
    effacer();
  }
}

/**
 * The search field and the `nombre` lines of a list, for the keyboard: `premiere` focuses the
 * first line; on a line (`ligne(i)`), ↓ and ↑ move, ↑ on the first goes back to the field.
 */
export function useLignesRecherche(nombre: number) {
  const champ = useRef<HTMLInputElement>(null);
  const lignes = useRef<(HTMLTableRowElement | null)[]>([]);
  const focaliser = (i: number) => lignes.current[Math.max(0, Math.min(i, nombre - 1))]?.focus();
  return {
    champ,
    premiere: () => focaliser(0),
    ligne: (i: number) => ({
      ref: (el: HTMLTableRowElement | null) => {
        lignes.current[i] = el;
      },
      onClavier: (e: KeyboardEvent<HTMLTableRowElement>) => {
        if (e.key === 'ArrowDown') {
          e.preventDefault();
          focaliser(i + 1);
        } else if (e.key === 'ArrowUp') {
          e.preventDefault();
          if (i === 0) champ.current?.focus();
          else focaliser(i - 1);
        }
      },
    }),
  };
}

/**
 * A line of a list found by a search, opened by a click or Entrée (`ouvrir`); its other keys go
 * to `onClavier` (see `useLignesRecherche`).
 */
export function LigneOuvrable({
  ouvrir,
  ref,
  onClavier,
  libelle,
  testId,
  donnees,
  sx,
  children,
}: {
  ouvrir: () => void;
  ref: (el: HTMLTableRowElement | null) => void;
  onClavier: (e: KeyboardEvent<HTMLTableRowElement>) => void;
  /** The line's accessible name. */
  libelle: string;
  testId: string;
  /** Its `data-*` attributes (`{ 'data-offre': 3 }`). */
  donnees: Record<`data-${string}`, string | number>;
  sx?: object;
  children: ReactNode;
}) {
  return (
    <TableRow
      ref={ref}
      hover
      tabIndex={0}
      onClick={ouvrir}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return;
        if (e.key === 'Enter') ouvrir();
        else onClavier(e);
      }}
      aria-label={libelle}
      data-testid={testId}
      {...donnees}
      sx={{
        cursor: 'pointer',
        '& td': { verticalAlign: 'top', py: 1 },
        '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: -2 },
        ...sx,
      }}
    >
      {children}
    </TableRow>
  );
}

/**
 * After a list's title: how many were found, « (12) », or « (les 200 premiers sur 340 : précisez
 * la recherche) » when the list shows only the first ones (`lesquels`: « premiers », « plus récentes »).
 */
export function TotalTrouves({
  montres,
  total,
  lesquels,
  testId,
}: {
  montres: number;
  total: number;
  lesquels: string;
  testId: string;
}) {
  return (
    <Typography component="span" color="text.secondary" sx={{ ml: 1 }} data-testid={testId}>
      {total > montres ? `(les ${montres} ${lesquels} sur ${total} : précisez la recherche)` : `(${total})`}
    </Typography>
  );
}
