import { Box, Dialog, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { contract, type RendezVous } from '../../../src-main/contract';
import { useAction } from '../../api/hooks';
import { dateFr } from '../../components/dates';
import {
  ChampsRendezVous,
  ChampTexte,
  ChoixReferentiel,
  ChoixSite,
  ErreurFormulaire,
  erreursServeur,
  formulaireRendezVous,
  PiedDialogue,
  ProgresDialogue,
} from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';

const entree = contract['rendezVous.creer'].input.shape;

/** The contract's input as typed: date JJ/MM/AAAA, duration as text, « Non précisé » as no object. */
const formulaireRdv = formulaireRendezVous('Choisissez le conseiller.').extend({
  siteId: entree.siteId,
  objet: z
    .string()
    .transform((v) => v || null)
    .pipe(entree.objet.unwrap()),
  commentaire: entree.commentaire,
});
type ValeursRdv = z.input<typeof formulaireRdv>;

export type ModeRendezVous =
  { type: 'creation'; jeuneId: number; nomJeune: string } | { type: 'deplacement'; rdv: RendezVous };

/** Books an appointment for a jeune, or moves a planned one. */
export function DialogueRendezVous({
  mode,
  siteId,
  onFermer,
}: {
  mode: ModeRendezVous;
  siteId: number;
  onFermer: () => void;
}) {
  const notifier = useNotifier();
  const creer = useAction('rendezVous.creer');
  const deplacer = useAction('rendezVous.deplacer');
  const existant = mode.type === 'deplacement' ? mode.rdv : null;
  const { control, handleSubmit, setError } = useForm<ValeursRdv, unknown, z.output<typeof formulaireRdv>>({
    resolver: zodResolver(formulaireRdv),
    defaultValues: {
      conseillerId: existant?.conseillerId ?? null,
      siteId: existant?.siteId ?? siteId,
      date: existant ? dateFr(existant.date) : '',
      heure: existant?.heure ?? '',
      dureeMinutes: String(existant?.dureeMinutes ?? 45),
      objet: existant?.objet ?? '',
      commentaire: '',
    },
  });
  const erreur = creer.error ?? deplacer.error;
  const enCours = creer.isPending || deplacer.isPending;

  const envoyer = handleSubmit((saisie) => {
    const apres = (verbe: string) => ({
      onSuccess: () => {
        notifier(`Rendez-vous ${verbe} ${dateFr(saisie.date)} à ${saisie.heure}.`);
        onFermer();
      },
      onError: (e: unknown) => erreursServeur(e, setError),
    });
    if (mode.type === 'creation') {
      creer.mutate({ ...saisie, jeuneId: mode.jeuneId }, apres('pris le'));
    } else {
      const { date, heure, conseillerId, siteId: site, dureeMinutes } = saisie;
      deplacer.mutate({ id: mode.rdv.id, date, heure, conseillerId, siteId: site, dureeMinutes }, apres('déplacé au'));
    }
  });

  return (
    <Dialog open onClose={onFermer} maxWidth="sm" fullWidth aria-labelledby="titre-rdv">
      <form onSubmit={(e) => void envoyer(e)} noValidate>
        <DialogTitle id="titre-rdv">
          {mode.type === 'creation' ? 'Prendre un rendez-vous' : 'Déplacer le rendez-vous'}
          <Typography variant="body2" color="text.secondary">
            {mode.type === 'creation' ? mode.nomJeune : mode.rdv.jeuneNom}
          </Typography>
        </DialogTitle>
        <ProgresDialogue enCours={enCours} />
        <DialogContent>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, pt: 1 }}>
            <ChampsRendezVous
              control={control}
              libelleDate="Date"
              site={<ChoixSite control={control} name="siteId" />}
            />
            {mode.type === 'creation' ? (
              <>
                <ChoixReferentiel
                  control={control}
                  name="objet"
                  label="Objet"
                  referentiel="motif_accueil"
                  vide="Non précisé"
                  sx={{ gridColumn: '1 / -1' }}
                />
                <ChampTexte
                  control={control}
                  name="commentaire"
                  label="Commentaire"
                  multiline
                  minRows={2}
                  sx={{ gridColumn: '1 / -1' }}
                />
              </>
            ) : null}
          </Box>
          <ErreurFormulaire erreur={erreur} />
        </DialogContent>
        <PiedDialogue
          onAnnuler={onFermer}
          libelle={mode.type === 'creation' ? 'Prendre le rendez-vous' : 'Déplacer'}
          desactive={enCours}
        />
      </form>
    </Dialog>
  );
}
