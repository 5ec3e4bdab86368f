import { useEffect, useRef, type ReactNode } from 'react';
import { Paper, TextField, type TextFieldProps } from '@mui/material';
import { ChampDate } from '../../components/formulaires';

/**
 * A text field of the file's forms: its value as typed, and under it the refusal's message for
 * this field, else the help. `lignes` makes it a text area (rows shown at first, at most).
 */
export function ChampLibre({
  valeur,
  onChange,
  erreur,
  aide,
  lignes,
  ...props
}: {
  valeur: string;
  onChange: (v: string) => void;
  erreur?: string | undefined;
  aide?: ReactNode;
  lignes?: [number, number];
} & Omit<TextFieldProps, 'value' | 'onChange' | 'error' | 'helperText' | 'multiline'>) {
  return (
    <TextField
      {...props}
      {...(lignes ? { multiline: true, minRows: lignes[0], maxRows: lignes[1] } : {})}
      value={valeur}
      onChange={(e) => onChange(e.target.value)}
      error={Boolean(erreur)}
      helperText={erreur ?? aide}
    />
  );
}

/** A record's card in a list; the one opened from the timeline is framed and scrolled to. */
export function CarteCiblee({ cible, testId, children }: { cible: boolean; testId: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (cible) ref.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [cible]);
  return (
    <Paper
      ref={ref}
      variant="outlined"
      data-testid={testId}
      sx={{ p: 2, borderColor: cible ? 'primary.main' : undefined, borderWidth: cible ? 2 : 1 }}
    >
      {children}
    </Paper>
  );
}

/** A date typed JJ/MM/AAAA (slashes inserted), with its refusal's message or its help under it. */
export function DateSaisie({
  valeur,
  onChange,
  erreur,
  aide,
  ...props
}: {
  valeur: string;
  onChange: (v: string) => void;
  erreur?: string | undefined;
  aide?: ReactNode;
} & Omit<TextFieldProps, 'value' | 'onChange' | 'error' | 'helperText'>) {
  return (
    <ChampDate {...props} value={valeur} onChange={onChange} error={Boolean(erreur)} helperText={erreur ?? aide} />
  );
}
