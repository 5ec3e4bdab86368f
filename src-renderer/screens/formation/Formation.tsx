import { Box, Typography } from '@mui/material';

/**
 * STUB(issue 7): the training actions. Routes: `#/formation` (actions lookup), `?vue=tableau`
 * (dashboards), `?vue=besoins` (unmet needs), `?action=ID` (an action's page).
 */
export function Formation({ params }: { params: URLSearchParams }) {
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5" component="h1">
        Formation
      </Typography>
      <Typography color="text.secondary">STUB(issue 7) {params.toString()}</Typography>
    </Box>
  );
}
