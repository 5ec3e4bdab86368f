import type { ReactNode } from 'react';
import { Box, Paper, Stack, Typography } from '@mui/material';

/** The frame of the screens shown outside the workstation: sign-in, lock, password, rescue. */
export function CadreSession({
  titre,
  sousTitre,
  structure,
  largeur = 440,
  children,
}: {
  titre: ReactNode;
  sousTitre?: ReactNode;
  structure: string | null;
  largeur?: number;
  children: ReactNode;
}) {
  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: 'background.default',
        p: 2,
      }}
    >
      <Stack spacing={2} sx={{ width: '100%', maxWidth: largeur }}>
        <Box sx={{ textAlign: 'center' }}>
          <Typography variant="h5" component="p" sx={{ fontWeight: 700, color: 'primary.main', letterSpacing: 0.3 }}>
            Tremplin
          </Typography>
          {structure ? (
            <Typography variant="body2" color="text.secondary">
              {structure}
            </Typography>
          ) : null}
        </Box>
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography variant="h6" component="h1" sx={{ fontSize: '1.25rem' }}>
            {titre}
          </Typography>
          {sousTitre ? (
            <Typography color="text.secondary" sx={{ mt: 0.5, mb: 1 }}>
              {sousTitre}
            </Typography>
          ) : null}
          <Box sx={{ mt: 2 }}>{children}</Box>
        </Paper>
      </Stack>
    </Box>
  );
}
