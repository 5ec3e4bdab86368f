import { Box, Typography } from '@mui/material';

// PLACEHOLDER: replaced by "Mes jeunes" and its alerts.
export function Portefeuille() {
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5">Mes jeunes</Typography>
    </Box>
  );
}
