import { useState } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Checkbox,
  Chip,
  FormControlLabel,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import type { RapportImport } from '../../../src-main/contract';
import { ErreurApi, messageErreur } from '../../api/client';
import { useAction, useLecture } from '../../api/hooks';
import { EnTeteTableau, Touche } from '../../components/communs';
import { BoutonEnvoi } from '../../components/formulaires';
import { CadreImport, ChoixFichierImport, etapeImport, taille, useFichierImport } from '../../components/importFichier';
import { useNotifier } from '../../components/Notifications';
import { fichesAEcrire, fichesValides, resumeImport } from './logique';

/**
 * Imports a data·inclusion file (structures and services) in two steps: the file is read and
 * analysed without writing anything (what would be created, updated, left unchanged, refused and
 * why), then « Importer les N fiches valides » writes it. « Tout ou rien » writes nothing at all
 * while a single record is refused.
 */
export function DialogueImport({ onFermer }: { onFermer: () => void }) {
  const notifier = useNotifier();
  const analyser = useLecture('dataInclusion.analyser');
  const importer = useAction('dataInclusion.importer');
  const { fichier, lecture, erreurLecture, choisir } = useFichierImport({
    avant: () => {
      analyser.reset();
      importer.reset();
    },
    apres: (f) => analyser.mutate({ contenu: f.contenu, toutOuRien: false }),
  });
  const [toutOuRien, setToutOuRien] = useState(false);
  const analyse = analyser.data ?? null;
  const resultat = importer.data ?? null;
  const enCours = lecture || analyser.isPending || importer.isPending;
  const refusBloquants = toutOuRien && analyse !== null && analyse.refus.length > 0;
  const aEcrire = analyse ? fichesAEcrire(analyse) : 0;
  const peutImporter = analyse !== null && resultat === null && !refusBloquants && aEcrire > 0 && !enCours;

  const lancer = () => {
    if (!fichier || !peutImporter) return;
    importer.mutate(
      { contenu: fichier.contenu, toutOuRien },
      { onSuccess: (r) => notifier(`Import terminé. ${resumeImport(r)}`, r.refus.length > 0 ? 'warning' : 'success') },
    );
  };

  const etape = etapeImport(
    { lecture, analyse: analyser.isPending, import: importer.isPending },
    'Analyse des fiches (rien n’est encore écrit)…',
  );
  const erreurAppel = importer.error ?? analyser.error;

  return (
    <CadreImport
      idTitre="titre-import"
      testId="dialogue-import"
      titre="Importer un fichier data·inclusion"
      explication="Le fichier JSON des structures et services publié au schéma data·inclusion. Une fiche déjà importée est mise à jour ; réimporter le même fichier ne change rien."
      enCours={enCours}
      etape={etape}
      ecriture={importer.isPending}
      termine={resultat !== null}
      onCtrlEntree={lancer}
      onFermer={onFermer}
      bouton={
        analyse && !resultat ? (
          <BoutonEnvoi
            type="button"
            enCours={importer.isPending}
            disabled={!peutImporter}
            onClick={lancer}
            data-testid="importer-fiches"
          >
            {fichesValides(analyse) > 1
              ? `Importer les ${fichesValides(analyse)} fiches valides`
              : 'Importer la fiche valide'}
            <Touche>Ctrl+Entrée</Touche>
          </BoutonEnvoi>
        ) : null
      }
    >
      <ChoixFichierImport
        fichier={fichier}
        nom={(f) => `${f.nom} (${taille(f.taille)})`}
        vide="Aucun fichier choisi (.json)"
        accept=".json,application/json"
        desactive={enCours}
        onChoisir={choisir}
        testId="fichier-data-inclusion"
      />
      {etape ? (
        <Typography variant="body2" color="text.secondary" role="status" sx={{ mb: 2 }}>
          {etape}
        </Typography>
      ) : null}
      {erreurLecture ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {erreurLecture}
        </Alert>
      ) : null}
      {erreurAppel ? (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="erreur-import">
          {erreurAppel instanceof ErreurApi ? erreurAppel.message : messageErreur(erreurAppel)}
        </Alert>
      ) : null}

      {resultat ? (
        <Alert severity={resultat.refus.length > 0 ? 'warning' : 'success'} sx={{ mb: 2 }}>
          <AlertTitle>Import terminé</AlertTitle>
          {resumeImport(resultat)}
        </Alert>
      ) : null}
      {(resultat ?? analyse) ? <Rapport rapport={(resultat ?? analyse) as RapportImport} /> : null}

      {analyse && !resultat ? (
        <Box sx={{ mt: 2 }}>
          <FormControlLabel
            control={<Checkbox checked={toutOuRien} onChange={(e) => setToutOuRien(e.target.checked)} />}
            label="Tout ou rien : ne rien importer si une seule fiche est refusée"
          />
          {refusBloquants ? (
            <Alert severity="info" sx={{ mt: 1 }}>
              {analyse.refus.length} fiche{analyse.refus.length > 1 ? 's sont refusées' : ' est refusée'} : avec « tout
              ou rien », rien ne serait importé. Corrigez le fichier, ou décochez la case pour importer les fiches
              valides.
            </Alert>
          ) : null}
          {aEcrire === 0 && fichesValides(analyse) > 0 ? (
            <Alert severity="info" sx={{ mt: 1 }}>
              Rien à importer : toutes les fiches valides sont déjà à jour dans l'annuaire.
            </Alert>
          ) : null}
        </Box>
      ) : null}
    </CadreImport>
  );
}

/** What an import did or would do, by kind of record, then each refused record with its reasons. */
function Rapport({ rapport: r }: { rapport: RapportImport }) {
  const lignes = [
    { libelle: 'Partenaires (structures)', c: r.structures },
    { libelle: 'Services', c: r.services },
  ];
  return (
    <Box data-testid="rapport-import">
      <Table size="small" aria-label={r.ecrit ? "Résultat de l'import" : "Ce que l'import ferait"} sx={{ mb: 2 }}>
        <EnTeteTableau
          colonnes={[
            r.ecrit ? 'Importé' : 'Analyse du fichier',
            { libelle: r.ecrit ? 'Créés' : 'À créer', align: 'right' },
            { libelle: r.ecrit ? 'Mis à jour' : 'À mettre à jour', align: 'right' },
            { libelle: 'Inchangés', align: 'right' },
          ]}
        />
        <TableBody>
          {lignes.map(({ libelle, c }) => (
            <TableRow key={libelle}>
              <TableCell sx={{ fontWeight: 600 }}>{libelle}</TableCell>
              <TableCell align="right">{c.crees}</TableCell>
              <TableCell align="right">{c.misAJour}</TableCell>
              <TableCell align="right">{c.inchanges}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {r.refus.length === 0 ? (
        <Typography variant="body2" color="success.main">
          Aucune fiche refusée.
        </Typography>
      ) : (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }} color="error">
            {r.refus.length > 1
              ? `${r.refus.length} fiches refusées${r.ecrit ? ', non importées' : ', qui ne seront pas importées'} :`
              : `1 fiche refusée${r.ecrit ? ', non importée' : ', qui ne sera pas importée'} :`}
          </Typography>
          <Box
            component="ol"
            tabIndex={0}
            aria-label="Fiches refusées"
            data-testid="refus-import"
            sx={{
              m: 0,
              p: 0,
              listStyle: 'none',
              maxHeight: 300,
              overflow: 'auto',
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
              '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
            }}
          >
            {r.refus.map((f) => (
              <Box
                component="li"
                key={`${f.position}-${f.identifiant ?? ''}`}
                sx={{ px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider', '&:last-child': { borderBottom: 0 } }}
              >
                <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
                  <Typography variant="body2" sx={{ fontFamily: 'monospace', color: 'text.secondary' }}>
                    {f.position}
                  </Typography>
                  <Chip size="small" variant="outlined" label={f.genre === 'structure' ? 'Structure' : 'Service'} />
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {f.nom ?? (f.identifiant ? `Identifiant ${f.identifiant}` : 'Sans nom')}
                  </Typography>
                  {f.nom && f.identifiant ? (
                    <Typography variant="caption" color="text.secondary">
                      {f.identifiant}
                    </Typography>
                  ) : null}
                </Stack>
                <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
                  {f.raisons.map((raison) => (
                    <Typography component="li" variant="body2" key={raison}>
                      {raison}
                    </Typography>
                  ))}
                </Box>
              </Box>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}
