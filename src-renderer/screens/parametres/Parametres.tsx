import { useState } from 'react';
import { Alert, Box, Stack, TextField, Typography } from '@mui/material';
import {
  CONSERVATION_JOURNAL_MOIS,
  ENTREPRISE_SANS_ACTE_MOIS,
  EXPIRATION_OFFRE_JOURS,
  FIN_CONTRAT_JOURS,
  OFFRE_SANS_MISE_EN_RELATION_JOURS,
  SEMAINES_SANS_CONTACT,
  RELANCE_ORIENTATION_JOURS,
  PREAVIS_CONVENTION_JOURS,
  VERROUILLAGE_MINUTES,
  type Parametres as Reglages,
} from '../../../src-main/contract';
import { champErreur, messageErreur } from '../../api/client';
import { useAction, useRequete } from '../../api/hooks';
import { Bloc } from '../../components/communs';
import { BoutonEnvoi, ErreurFormulaire, Formulaire } from '../../components/formulaires';
import { useNotifier } from '../../components/Notifications';

/** The security settings: idle lock and how long the access trail is kept. */
export function Parametres() {
  const lus = useRequete('parametres.lire', {});
  return (
    <Box sx={{ p: 2, maxWidth: 760, mx: 'auto' }}>
      <Typography variant="h5" component="h1" sx={{ mb: 0.5 }}>
        Paramètres
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Les réglages de sécurité et de suivi, valables pour tous les postes. Les durées sont fixées avec le délégué à la
        protection des données de la structure.
      </Typography>
      {lus.error ? <Alert severity="error">{messageErreur(lus.error)}</Alert> : null}
      {lus.data ? <FormulaireParametres key={JSON.stringify(lus.data)} actuels={lus.data} /> : null}
    </Box>
  );
}

/** Each setting: its label, unit, bounds (from the contract) and what it does. */
const REGLAGES = [
  {
    cle: 'verrouillageMinutes',
    libelle: 'Verrouillage après inactivité (minutes)',
    bornes: VERROUILLAGE_MINUTES,
    unite: 'minutes',
    effet: "Sans clavier ni souris pendant ce temps, l'écran se verrouille.",
  },
  {
    cle: 'conservationJournalMois',
    libelle: 'Conservation du journal des accès (mois)',
    bornes: CONSERVATION_JOURNAL_MOIS,
    unite: 'mois',
    effet: 'Au-delà, les entrées peuvent être purgées (écran « Journal »).',
  },
  {
    cle: 'semainesSansContact',
    libelle: 'Alerte « sans contact » du portefeuille (semaines)',
    bornes: SEMAINES_SANS_CONTACT,
    unite: 'semaines',
    effet:
      'Un jeune sans accueil, rendez-vous honoré ni événement depuis ce temps apparaît dans les alertes de « Mes jeunes ».',
  },
  {
    cle: 'relanceOrientationJours',
    libelle: 'Relance des orientations sans retour (jours)',
    bornes: RELANCE_ORIENTATION_JOURS,
    unite: 'jours',
    effet:
      'Une orientation toujours « proposée » après ce délai est à relancer : elle apparaît dans les alertes de « Mes jeunes » et dans le dossier.',
  },
  {
    cle: 'preavisConventionJours',
    libelle: 'Échéance des conventions partenaires (jours avant)',
    bornes: PREAVIS_CONVENTION_JOURS,
    unite: 'jours',
    effet: 'Une convention qui expire dans ce délai (ou déjà échue) est signalée dans l’annuaire des partenaires.',
  },
  {
    cle: 'expirationOffreJours',
    libelle: 'Expiration des offres d’emploi (jours après réception)',
    bornes: EXPIRATION_OFFRE_JOURS,
    unite: 'jours',
    effet: 'Une offre ouverte sans date limite passe « expirée » ce nombre de jours après sa réception.',
  },
  {
    cle: 'offreSansMiseEnRelationJours',
    libelle: 'Offres sans mise en relation (jours)',
    bornes: OFFRE_SANS_MISE_EN_RELATION_JOURS,
    unite: 'jours',
    effet:
      'Une offre ouverte reçue depuis ce délai sans aucun jeune proposé apparaît dans « À faire » des entreprises.',
  },
  {
    cle: 'finContratJours',
    libelle: 'Fins de contrat à anticiper (jours avant)',
    bornes: FIN_CONTRAT_JOURS,
    unite: 'jours',
    effet:
      'Les contrats en alternance et à durée déterminée qui finissent dans ce délai apparaissent dans « À faire » : proposer un suivi ou un nouveau contrat.',
  },
  {
    cle: 'entrepriseSansActeMois',
    libelle: 'Entreprises sans acte de service (mois)',
    bornes: ENTREPRISE_SANS_ACTE_MOIS,
    unite: 'mois',
    effet: 'Une entreprise (non inactive) sans aucun acte depuis ce délai apparaît dans « À faire ».',
  },
] as const;

function FormulaireParametres({ actuels }: { actuels: Reglages }) {
  const notifier = useNotifier();
  const enregistrer = useAction('parametres.enregistrer');
  const [saisie, setSaisie] = useState(
    () => Object.fromEntries(REGLAGES.map((r) => [r.cle, String(actuels[r.cle])])) as Record<keyof Reglages, string>,
  );
  const modifie = REGLAGES.some((r) => saisie[r.cle] !== String(actuels[r.cle]));
  const nombre = (t: string) => (t.trim() === '' ? Number.NaN : Number(t));
  return (
    <Formulaire
      onEnvoyer={() => {
        enregistrer.mutate(Object.fromEntries(REGLAGES.map((r) => [r.cle, nombre(saisie[r.cle])])) as Reglages, {
          onSuccess: () => notifier('Paramètres enregistrés.'),
        });
      }}
    >
      <Bloc titre="Sécurité et suivi">
        <Stack spacing={2.5} sx={{ p: 2, pt: 1 }}>
          {REGLAGES.map((r) => {
            const erreur = champErreur(enregistrer.error, r.cle);
            return (
              <TextField
                key={r.cle}
                label={r.libelle}
                type="number"
                value={saisie[r.cle]}
                onChange={(e) => setSaisie({ ...saisie, [r.cle]: e.target.value })}
                error={Boolean(erreur)}
                helperText={
                  erreur ??
                  `${r.effet} De ${r.bornes.min} à ${r.bornes.max} ${r.unite} ; ${r.bornes.defaut} par défaut.`
                }
                slotProps={{ htmlInput: { min: r.bornes.min, max: r.bornes.max, step: 1 } }}
                sx={{ maxWidth: 520 }}
              />
            );
          })}
          <ErreurFormulaire erreur={enregistrer.error} horsChamps />
          <BoutonEnvoi enCours={enregistrer.isPending} disabled={!modifie} sx={{ alignSelf: 'flex-start' }}>
            Enregistrer
          </BoutonEnvoi>
        </Stack>
      </Bloc>
    </Formulaire>
  );
}
