import { Box, Typography } from '@mui/material';

// PLACEHOLDER: replaced by the collective workshops and their attendance lists.
export function Ateliers({ siteId }: { siteId: number | null }) {
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5">Ateliers {siteId ?? ''}</Typography>
    </Box>
  );
}
