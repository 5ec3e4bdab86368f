import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** One figure of a dashboard: its name, the figure large, and a line or two that explain it. */
export function Tuile({
  libelle,
  valeur,
  testId,
  donnee,
  children,
}: {
  libelle: string;
  valeur: ReactNode;
  testId: string;
  /** The raw figure, for a test or a tool reading the page (`data-valeur`). */
  donnee?: string | number | null;
  children?: ReactNode;
}) {
  return (
    <Box sx={{ minWidth: 0 }} data-testid={testId} data-valeur={donnee ?? undefined}>
      <Typography variant="caption" color="text.secondary" component="div">
        {libelle}
      </Typography>
      <Typography
        component="div"
        sx={{ fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.25, fontVariantNumeric: 'tabular-nums' }}
      >
        {valeur}
      </Typography>
      {children ? (
        <Typography variant="body2" color="text.secondary" component="div">
          {children}
        </Typography>
      ) : null}
    </Box>
  );
}

/** The figures side by side, two per line on a narrow window. */
export function Tuiles({ children, attenue }: { children: ReactNode; attenue?: boolean }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(3, minmax(0, 1fr))', lg: 'repeat(6, minmax(0, 1fr))' },
        gap: 2,
        px: 2,
        pt: 1,
        pb: 1.5,
        // The previous period's figures, while the new ones are read.
        opacity: attenue ? 0.6 : 1,
      }}
    >
      {children}
    </Box>
  );
}
