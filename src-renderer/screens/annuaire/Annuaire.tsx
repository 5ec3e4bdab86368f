import { Box, Typography } from '@mui/material';

/**
 * The partner directory: search by theme, public, commune and type; a partner's page with its
 * services, contacts, permanences, conventions and the orientations made to it; import and
 * export in the data·inclusion format. The address carries the open partner
 * (`#/annuaire?partenaire=4`).
 */
// STUB(issue 5): replaced by the directory's screens.
export function Annuaire({ partenaireId }: { partenaireId: number | null }) {
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5" component="h1">
        Partenaires {partenaireId ?? ''}
      </Typography>
    </Box>
  );
}
