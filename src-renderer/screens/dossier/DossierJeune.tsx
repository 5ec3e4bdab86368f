import { Box, Typography } from '@mui/material';

// PLACEHOLDER: replaced by the jeune's full file (timeline, fiche, diagnostic, parcours, situations).
export function DossierJeune({ jeuneId }: { jeuneId: number | null }) {
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5">Dossier {jeuneId ?? ''}</Typography>
    </Box>
  );
}
