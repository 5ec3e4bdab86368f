import type { ReactNode } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Link, Typography } from '@mui/material';
import type { Sortie } from '../../api/client';
import { useReferentiels } from '../../api/donnees';
import { PuceStatutRdv } from '../../components/communs';
import { dateLongue } from '../../components/dates';
import { PuceStatutOrientation } from './Orientations';

/** An accueil or an appointment of the timeline, read only (the desk records and changes them). */
export function DetailContact({
  lu,
  genre,
  id,
  onFermer,
}: {
  lu: Sortie<'jeunes.lire'>;
  genre: 'accueil' | 'rendez_vous';
  id: number;
  onFermer: () => void;
}) {
  const { libelle } = useReferentiels();
  const accueil = genre === 'accueil' ? lu.accueils.find((a) => a.id === id) : undefined;
  const rdv = genre === 'rendez_vous' ? lu.rendezVous.find((r) => r.id === id) : undefined;
  const titre = genre === 'accueil' ? 'Accueil' : 'Rendez-vous';
  return (
    <Dialog open onClose={onFermer} maxWidth="sm" fullWidth aria-labelledby="titre-detail-contact">
      <DialogTitle id="titre-detail-contact">
        {accueil ? `${titre} du ${dateLongue(accueil.date)} à ${accueil.heure}` : null}
        {rdv ? `${titre} du ${dateLongue(rdv.date)} à ${rdv.heure}` : null}
        {!accueil && !rdv ? titre : null}
      </DialogTitle>
      <DialogContent>
        {accueil ? (
          <Champs>
            <Champ libelle="Site">{accueil.siteNom}</Champ>
            <Champ libelle="Canal">{libelle('canal_accueil', accueil.canal)}</Champ>
            <Champ libelle="Motifs">{accueil.motifs.map((m) => libelle('motif_accueil', m)).join(', ')}</Champ>
            <Champ libelle="Réponse">{libelle('reponse_accueil', accueil.reponse)}</Champ>
            {accueil.orientation ? (
              <Champ libelle="Orientation">
                <Link href={`#/annuaire?partenaire=${accueil.orientation.partenaireId}`} sx={{ fontWeight: 600 }}>
                  {accueil.orientation.partenaireNom}
                </Link>
                {accueil.orientation.serviceNom ? ` · ${accueil.orientation.serviceNom}` : ''}{' '}
                <PuceStatutOrientation statut={accueil.orientation.statut} />
                <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
                  Motif : {accueil.orientation.motif}
                </Box>
              </Champ>
            ) : null}
            {accueil.premier ? <Champ libelle="">Premier accueil du jeune</Champ> : null}
            <Champ libelle="Commentaire">{accueil.commentaire ?? '—'}</Champ>
            <Champ libelle="Saisi par">{accueil.auteurNom}</Champ>
          </Champs>
        ) : null}
        {rdv ? (
          <Champs>
            <Champ libelle="Statut">
              <PuceStatutRdv statut={rdv.statut} />
            </Champ>
            <Champ libelle="Conseiller">{rdv.conseillerNom}</Champ>
            <Champ libelle="Site">{rdv.siteNom}</Champ>
            <Champ libelle="Durée">{rdv.dureeMinutes} min</Champ>
            <Champ libelle="Objet">{rdv.objet ? libelle('motif_accueil', rdv.objet) : '—'}</Champ>
            <Champ libelle="Commentaire">{rdv.commentaire ?? '—'}</Champ>
          </Champs>
        ) : null}
        {!accueil && !rdv ? (
          <Typography color="text.secondary">Cet enregistrement n'existe plus dans le dossier.</Typography>
        ) : null}
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
          Les accueils et les rendez-vous se saisissent et se modifient à l'accueil et dans l'agenda.
        </Typography>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onFermer} autoFocus>
          Fermer
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function Champs({ children }: { children: ReactNode }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'max-content 1fr',
        columnGap: 2,
        rowGap: 0.75,
        m: 0,
        '& dt': { color: 'text.secondary' },
        '& dd': { m: 0, whiteSpace: 'pre-wrap' },
      }}
    >
      {children}
    </Box>
  );
}

function Champ({ libelle, children }: { libelle: string; children: ReactNode }) {
  return (
    <>
      <dt>{libelle}</dt>
      <dd>{children}</dd>
    </>
  );
}
