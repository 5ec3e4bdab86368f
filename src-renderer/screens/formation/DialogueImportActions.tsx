import { useState } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import type { RapportImportActions } from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useAction, useLecture } from '../../api/hooks';
import { Touche } from '../../components/communs';
import { BoutonEnvoi } from '../../components/formulaires';
import { CadreImport, ChoixFichierImport, etapeImport, useFichierImport } from '../../components/importFichier';
import { useNotifier } from '../../components/Notifications';
import { lignesAEcrire, resumeImportActions } from './logique';

/** The columns of a programme's file, as the import reads them (accents and case aside). */
const COLONNES = [
  'N° action',
  'Intitulé',
  'Programme',
  'Financeur',
  'Organisme de formation',
  'SIRET organisme',
  'Lieu',
  'Code INSEE',
  'Commune',
  'Date de début',
  'Date de fin',
  'Places',
  'Pré-requis',
  'Niveau',
  'Domaine',
  'Type',
  'Certification',
  'Description',
];

/**
 * Imports a programme's list of actions as the funder publishes it (CSV): the file is read, then
 * « Analyser » says what an import would create, update, leave unchanged and refuse (with each
 * refused line's number and reasons) and which training bodies would be added to the directory,
 * without writing anything; « Importer » then writes it. « Tout ou rien » writes nothing while a
 * single line is refused. Re-importing the same file changes nothing.
 */
export function DialogueImportActions({ onFermer }: { onFermer: () => void }) {
  const notifier = useNotifier();
  const analyser = useLecture('actions.analyserCsv');
  const importer = useAction('actions.importerCsv');
  const { fichier, lecture, erreurLecture, choisir } = useFichierImport({
    avant: () => {
      analyser.reset();
      importer.reset();
    },
  });
  const [toutOuRien, setToutOuRien] = useState(false);
  const analyse = analyser.data ?? null;
  const resultat = importer.data ?? null;
  const enCours = lecture || analyser.isPending || importer.isPending;
  const refusBloquants = toutOuRien && analyse !== null && analyse.refus.length > 0;
  const aEcrire = analyse ? lignesAEcrire(analyse) : 0;
  const peutImporter = analyse !== null && resultat === null && !refusBloquants && aEcrire > 0 && !enCours;

  const lancerAnalyse = () => {
    if (!fichier || enCours) return;
    importer.reset();
    analyser.mutate({ contenu: fichier.contenu, toutOuRien });
  };

  const lancer = () => {
    if (!fichier || !peutImporter) return;
    importer.mutate(
      { contenu: fichier.contenu, toutOuRien },
      {
        onSuccess: (r) =>
          notifier(
            r.ecrit
              ? `Import terminé. ${resumeImportActions(r)}`
              : 'Rien n’a été importé : une ligne au moins est refusée.',
            r.refus.length > 0 ? 'warning' : 'success',
          ),
      },
    );
  };

  const etape = etapeImport(
    { lecture, analyse: analyser.isPending, import: importer.isPending },
    'Analyse des lignes (rien n’est encore écrit)…',
  );
  const erreurAppel = importer.error ?? analyser.error;
  const rapport = resultat ?? analyse;

  return (
    <CadreImport
      idTitre="titre-import-actions"
      testId="dialogue-import-actions"
      titre="Importer un programme (CSV)"
      explication={
        <>
          La liste des actions telle que le financeur la publie : une ligne par action, séparateur point-virgule ou
          virgule, colonnes {COLONNES.map((c) => `«\u00a0${c}\u00a0»`).join(', ')}.
        </>
      }
      enCours={enCours}
      etape={etape}
      ecriture={importer.isPending}
      termine={resultat !== null}
      onCtrlEntree={() => {
        if (analyse && !resultat) lancer();
        else lancerAnalyse();
      }}
      onFermer={onFermer}
      bouton={
        analyse && !resultat ? (
          <BoutonEnvoi
            type="button"
            enCours={importer.isPending}
            disabled={!peutImporter}
            onClick={lancer}
            data-testid="importer-actions-valider"
          >
            {aEcrire > 1 ? `Importer les ${aEcrire} actions` : 'Importer'}
            <Touche>Ctrl+Entrée</Touche>
          </BoutonEnvoi>
        ) : null
      }
    >
      <ChoixFichierImport
        fichier={fichier}
        nom={(f) => f.nom}
        vide="Aucun fichier choisi (.csv)"
        accept=".csv,text/csv,text/plain"
        desactive={enCours}
        onChoisir={choisir}
        testId="fichier-actions"
      >
        <Button
          variant={analyse ? 'outlined' : 'contained'}
          onClick={lancerAnalyse}
          disabled={!fichier || enCours}
          data-testid="analyser-actions"
        >
          {analyse ? 'Analyser à nouveau' : 'Analyser'}
        </Button>
      </ChoixFichierImport>
      <FormControlLabel
        control={
          <Checkbox
            checked={toutOuRien}
            onChange={(e) => setToutOuRien(e.target.checked)}
            disabled={resultat !== null}
            slotProps={{ input: { 'data-testid': 'tout-ou-rien' } as object }}
          />
        }
        label="Tout ou rien : ne rien importer si une seule ligne est refusée"
      />
      {etape ? (
        <Typography variant="body2" color="text.secondary" role="status" sx={{ my: 1 }}>
          {etape}
        </Typography>
      ) : null}
      {erreurLecture ? (
        <Alert severity="error" sx={{ my: 2 }}>
          {erreurLecture}
        </Alert>
      ) : null}
      {erreurAppel ? (
        <Alert severity="error" sx={{ my: 2 }} data-testid="erreur-import-actions">
          {messageErreur(erreurAppel)}
        </Alert>
      ) : null}
      {resultat ? (
        <Alert severity={resultat.refus.length > 0 || !resultat.ecrit ? 'warning' : 'success'} sx={{ my: 2 }}>
          <AlertTitle>{resultat.ecrit ? 'Import terminé' : 'Rien n’a été importé'}</AlertTitle>
          {resumeImportActions(resultat)}
        </Alert>
      ) : null}
      {rapport ? <Rapport rapport={rapport} /> : null}
      {analyse && !resultat ? (
        <Box sx={{ mt: 2 }}>
          {refusBloquants ? (
            <Alert severity="info">
              {analyse.refus.length} ligne{analyse.refus.length > 1 ? 's sont refusées' : ' est refusée'} : avec « tout
              ou rien », rien ne serait importé. Corrigez le fichier, ou décochez la case pour importer les lignes
              valides.
            </Alert>
          ) : null}
          {aEcrire === 0 && analyse.inchangees > 0 ? (
            <Alert severity="info">Rien à importer : les actions du fichier sont déjà à jour dans Tremplin.</Alert>
          ) : null}
        </Box>
      ) : null}
    </CadreImport>
  );
}

/** What an import did or would do, then the training bodies added and each refused line with its reasons. */
function Rapport({ rapport: r }: { rapport: RapportImportActions }) {
  const futur = !r.ecrit;
  const lignes = [
    { libelle: futur ? 'À créer' : 'Créées', n: r.creees },
    { libelle: futur ? 'À mettre à jour' : 'Mises à jour', n: r.misesAJour },
    { libelle: 'Inchangées', n: r.inchangees },
    { libelle: 'Refusées', n: r.refus.length },
  ];
  return (
    <Box data-testid="rapport-import-actions" data-ecrit={r.ecrit}>
      <Table size="small" aria-label={futur ? 'Ce que l’import ferait' : 'Résultat de l’import'} sx={{ mb: 2 }}>
        <TableBody>
          <TableRow>
            <TableCell sx={{ fontWeight: 600 }}>Lignes lues</TableCell>
            <TableCell align="right">{r.lignes}</TableCell>
          </TableRow>
          {lignes.map(({ libelle, n }) => (
            <TableRow key={libelle}>
              <TableCell sx={{ fontWeight: 600 }}>{libelle}</TableCell>
              <TableCell align="right" data-testid={`rapport-${libelle}`}>
                {n}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {r.organismesCrees.length > 0 ? (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="organismes-crees">
          <AlertTitle>
            {r.organismesCrees.length > 1
              ? `${r.organismesCrees.length} organismes de formation ${futur ? 'seront ajoutés' : 'ajoutés'} à l’annuaire`
              : `1 organisme de formation ${futur ? 'sera ajouté' : 'ajouté'} à l’annuaire`}
          </AlertTitle>
          {r.organismesCrees.join(' · ')}
        </Alert>
      ) : null}
      {r.refus.length === 0 ? (
        <Typography variant="body2" color="success.main">
          Aucune ligne refusée.
        </Typography>
      ) : (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }} color="error">
            {r.refus.length > 1
              ? `${r.refus.length} lignes refusées${futur ? ', qui ne seront pas importées' : ', non importées'} :`
              : `1 ligne refusée${futur ? ', qui ne sera pas importée' : ', non importée'} :`}
          </Typography>
          <Box
            component="ol"
            tabIndex={0}
            aria-label="Lignes refusées"
            data-testid="refus-import-actions"
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
                key={f.ligne}
                sx={{ px: 1.5, py: 1, borderBottom: 1, borderColor: 'divider', '&:last-child': { borderBottom: 0 } }}
              >
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  Ligne {f.ligne}
                  {f.reference ? ` · action n° ${f.reference}` : ''}
                </Typography>
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
