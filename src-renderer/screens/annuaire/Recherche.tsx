import { useState, type KeyboardEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  CircularProgress,
  Divider,
  FormControlLabel,
  ListItemText,
  ListSubheader,
  Menu,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import DownloadIcon from '@mui/icons-material/Download';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  COLLEGE_LIBELLES,
  COLLEGES,
  PUBLICS,
  PUBLICS_DI,
  TYPE_PARTENAIRE_LIBELLES,
  TYPES_PARTENAIRE,
  type PartenaireTrouve,
} from '../../../src-main/contract';
import { messageErreur } from '../../api/client';
import { useDroits } from '../../api/droits';
import { useLecture, useRequete } from '../../api/hooks';
import { Bloc, EnTeteTableau, Touche, Vide } from '../../components/communs';
import { FiltreThematique, libelleCategorie, libelleThematique } from '../../components/ChoixThematiques';
import { dateFr, telephoneFr } from '../../components/dates';
import { ListeChoix } from '../../components/formulaires';
import {
  BarreFiltres,
  EnTeteRecherche,
  LigneOuvrable,
  TotalTrouves,
  useLignesRecherche,
  useRaccourciNouveau,
} from '../../components/listeRecherche';
import { naviguer } from '../../components/navigation';
import { useNotifier } from '../../components/Notifications';
import { useDiffere } from '../../components/useDiffere';
import { ChoixCommune } from './ChoixCommune';
import { DialogueConventionsARenouveler } from './Conventions';
import { DialogueImport } from './DialogueImport';
import { DialoguePartenaire } from './DialoguePartenaire';
import { telecharger } from '../../components/telechargement';
import { criteresDe, FILTRES_VIDES, fichierTexte, filtresActifs, type FiltresAnnuaire } from './logique';

/** Chips of matching services shown on a line; the others are counted. */
const SERVICES_PAR_LIGNE = 3;

/**
 * The directory's search: words as you type, theme (category then sub-theme), public, commune,
 * type, college; one line per partner with its matching services. ↓ from the search field goes to
 * the lines, ↑ ↓ move between them, Entrée opens the partner.
 */
export function RechercheAnnuaire({
  filtres,
  onFiltres,
}: {
  filtres: FiltresAnnuaire;
  onFiltres: (f: FiltresAnnuaire) => void;
}) {
  const { peut } = useDroits();
  const [dialogue, setDialogue] = useState<'partenaire' | 'import' | 'conventions' | null>(null);
  const texte = useDiffere(filtres.texte, 250);
  const recherche = useRequete('partenaires.rechercher', criteresDe(filtres, texte), { garderPrecedent: true });
  const aRenouveler = useRequete('conventions.aRenouveler', {});
  const maj = (p: Partial<FiltresAnnuaire>) => onFiltres({ ...filtres, ...p });
  const peutCreer = peut('partenaires.creer');

  useRaccourciNouveau(peutCreer && dialogue === null, () => setDialogue('partenaire'));

  const partenaires = recherche.data?.partenaires ?? [];
  const total = recherche.data?.total ?? 0;
  const conventions = aRenouveler.data?.conventions ?? [];
  const filtre = filtresActifs(filtres) || filtres.texte.trim() !== '';

  const aJour = texte === filtres.texte && !recherche.isPlaceholderData && !recherche.isFetching;
  const clavier = useLignesRecherche(partenaires.length);
  // Only the answer to what is typed now: a previous one shown meanwhile would open someone else.
  const seule = aJour && partenaires.length === 1 ? partenaires[0] : undefined;

  return (
    <Box sx={{ p: 2, maxWidth: 1400, mx: 'auto' }} data-testid="annuaire">
      <EnTeteRecherche
        texte={filtres.texte}
        onTexte={(texte) => maj({ texte })}
        champ={clavier.champ}
        versLignes={partenaires.length > 0 ? clavier.premiere : null}
        seule={seule ? () => naviguer('annuaire', { partenaire: seule.id }) : null}
        label="Rechercher un partenaire"
        placeholder="Nom, service, mot de la description ou des notes"
        testId="recherche-partenaire"
      >
        {peutCreer ? (
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            onClick={() => setDialogue('partenaire')}
            data-testid="nouveau-partenaire"
            sx={{ height: 56 }}
          >
            Nouveau partenaire <Touche>Alt+N</Touche>
          </Button>
        ) : null}
        {peut('dataInclusion.importer') ? (
          <Button
            variant="outlined"
            startIcon={<UploadFileIcon />}
            onClick={() => setDialogue('import')}
            data-testid="importer-data-inclusion"
            sx={{ height: 56 }}
          >
            Importer (data·inclusion)
          </Button>
        ) : null}
        <MenuExporter inclureInactifs={filtres.inclureInactifs} />
      </EnTeteRecherche>

      <BarreFiltres
        libelle="Filtres"
        retablir={
          filtresActifs(filtres)
            ? { libelle: 'Effacer les filtres', faire: () => onFiltres({ ...FILTRES_VIDES, texte: filtres.texte }) }
            : null
        }
      >
        <FiltreThematique valeur={filtres.thematique} onChange={(thematique) => maj({ thematique })} />
        <ListeChoix
          label="Public"
          valeur={filtres.public}
          onChange={(p) => maj({ public: p })}
          options={PUBLICS.map((p) => ({ valeur: p, libelle: PUBLICS_DI[p] }))}
          vide="Tous les publics"
          sx={{ minWidth: 190 }}
        />
        <ChoixCommune
          label="Commune"
          valeur={filtres.codeInsee}
          onChange={(codeInsee) => maj({ codeInsee })}
          testId="filtre-commune"
          sx={{ minWidth: 290 }}
        />
        <ListeChoix
          label="Type de partenaire"
          valeur={filtres.type}
          onChange={(type) => maj({ type })}
          options={TYPES_PARTENAIRE.map((t) => ({ valeur: t, libelle: TYPE_PARTENAIRE_LIBELLES[t] }))}
          vide="Tous les types"
          sx={{ minWidth: 200 }}
        />
        <ListeChoix
          label="Collège"
          valeur={filtres.college}
          onChange={(college) => maj({ college })}
          options={COLLEGES.map((c) => ({ valeur: c, libelle: COLLEGE_LIBELLES[c] }))}
          vide="Conseil d'administration : tous"
          sx={{ minWidth: 200 }}
        />
        <FormControlLabel
          control={
            <Checkbox checked={filtres.inclureInactifs} onChange={(e) => maj({ inclureInactifs: e.target.checked })} />
          }
          label="Inclure les inactifs"
        />
      </BarreFiltres>

      {conventions.length > 0 ? (
        <Alert
          severity="warning"
          icon={<EventBusyIcon />}
          sx={{ mb: 2 }}
          data-testid="bandeau-conventions"
          action={
            <Button color="inherit" onClick={() => setDialogue('conventions')}>
              Voir la liste
            </Button>
          }
        >
          {conventions.length} convention{conventions.length > 1 ? 's' : ''} à renouveler (échue
          {conventions.length > 1 ? 's' : ''} ou à échéance dans les {aRenouveler.data?.preavisJours} jours).
        </Alert>
      ) : null}

      <Bloc
        titre={
          <>
            Partenaires
            {recherche.data ? (
              <TotalTrouves montres={partenaires.length} total={total} lesquels="premiers" testId="total-partenaires" />
            ) : null}
          </>
        }
        chargement={recherche.isFetching}
      >
        {recherche.error ? <Alert severity="error">{messageErreur(recherche.error)}</Alert> : null}
        {recherche.data && partenaires.length === 0 ? (
          filtre ? (
            <Vide>
              Aucun partenaire ne correspond{filtres.inclureInactifs ? '' : ' parmi les actifs'} : retirez un filtre ou
              changez les mots cherchés.
            </Vide>
          ) : (
            <Vide>
              L'annuaire est vide.
              {peutCreer ? ' « Nouveau partenaire » en ajoute un.' : ''}
              {peut('dataInclusion.importer') ? ' « Importer (data·inclusion) » reprend un fichier publié.' : ''}
            </Vide>
          )
        ) : null}
        {partenaires.length > 0 ? (
          <Table size="small" aria-label="Partenaires trouvés" sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <EnTeteTableau colonnes={['Partenaire', 'Type', 'Commune', 'Téléphone', 'Services correspondants']} />
            <TableBody>
              {partenaires.map((p, i) => (
                <LignePartenaire key={p.id} partenaire={p} {...clavier.ligne(i)} />
              ))}
            </TableBody>
          </Table>
        ) : null}
      </Bloc>

      {dialogue === 'partenaire' ? (
        <DialoguePartenaire
          partenaire={null}
          onFermer={() => setDialogue(null)}
          onEnregistre={(id) => {
            setDialogue(null);
            naviguer('annuaire', { partenaire: id });
          }}
        />
      ) : null}
      {dialogue === 'import' ? <DialogueImport onFermer={() => setDialogue(null)} /> : null}
      {dialogue === 'conventions' && aRenouveler.data ? (
        <DialogueConventionsARenouveler
          conventions={conventions}
          preavisJours={aRenouveler.data.preavisJours}
          onFermer={() => setDialogue(null)}
        />
      ) : null}
    </Box>
  );
}

function LignePartenaire({
  partenaire: p,
  ref,
  onClavier,
}: {
  partenaire: PartenaireTrouve;
  ref: (el: HTMLTableRowElement | null) => void;
  onClavier: (e: KeyboardEvent<HTMLTableRowElement>) => void;
}) {
  const ouvrir = () => naviguer('annuaire', { partenaire: p.id });
  const montres = p.services.slice(0, SERVICES_PAR_LIGNE);
  const autres = p.services.length - montres.length;
  return (
    <LigneOuvrable
      ouvrir={ouvrir}
      ref={ref}
      onClavier={onClavier}
      libelle={`${p.nom} : ouvrir`}
      testId="ligne-partenaire"
      donnees={{ 'data-partenaire': p.id }}
      sx={{ opacity: p.actif ? 1 : 0.7 }}
    >
      <TableCell sx={{ minWidth: 200 }}>
        <Typography sx={{ fontWeight: 600 }}>{p.nom}</Typography>
        <Stack direction="row" spacing={0.5} sx={{ mt: 0.25, flexWrap: 'wrap', rowGap: 0.5 }}>
          {!p.actif ? <Chip size="small" variant="outlined" label="Inactif" /> : null}
          {p.conventionARenouveler ? (
            <Chip
              size="small"
              color="warning"
              icon={<EventBusyIcon />}
              label={
                p.conventionARenouveler.expireLe
                  ? `Convention à renouveler (${dateFr(p.conventionARenouveler.expireLe)})`
                  : 'Convention à renouveler'
              }
              data-testid="marque-convention"
            />
          ) : null}
        </Stack>
      </TableCell>
      <TableCell>{TYPE_PARTENAIRE_LIBELLES[p.type]}</TableCell>
      <TableCell>{p.commune ?? p.codeInsee ?? '—'}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{telephoneFr(p.telephone) || '—'}</TableCell>
      <TableCell>
        {p.services.length === 0 ? (
          <Typography variant="body2" color="text.disabled">
            —
          </Typography>
        ) : (
          <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
            {montres.map((s) => (
              <Tooltip
                key={s.id}
                title={
                  s.thematiques.length > 0
                    ? s.thematiques.map((t) => `${libelleCategorie(t)} › ${libelleThematique(t)}`).join(' ; ')
                    : 'Sans thématique'
                }
              >
                <Chip size="small" color="primary" variant="outlined" label={s.nom} data-testid="service-trouve" />
              </Tooltip>
            ))}
            {autres > 0 ? <Chip size="small" label={`+ ${autres}`} /> : null}
          </Stack>
        )}
      </TableCell>
    </LigneOuvrable>
  );
}

/** The whole directory as a data·inclusion JSON file or a CSV file for office tools. */
function MenuExporter({ inclureInactifs }: { inclureInactifs: boolean }) {
  const { peut } = useDroits();
  const notifier = useNotifier();
  const [ancre, setAncre] = useState<HTMLElement | null>(null);
  const json = useLecture('dataInclusion.exporter');
  const csv = useLecture('partenaires.exporterCsv');
  const peutJson = peut('dataInclusion.exporter');
  const peutCsv = peut('partenaires.exporterCsv');
  if (!peutJson && !peutCsv) return null;
  const enCours = json.isPending || csv.isPending;
  const surProduit = {
    onSuccess: (r: { nomFichier: string; contenu: string; nombre: number }) => {
      telecharger(r.nomFichier, fichierTexte(r.nomFichier, r.contenu));
      notifier(`Fichier téléchargé : ${r.nomFichier} (${r.nombre} partenaire${r.nombre > 1 ? 's' : ''}).`);
    },
    onError: (e: Error) => notifier(e.message, 'error'),
  };
  return (
    <>
      <Button
        variant="outlined"
        startIcon={enCours ? <CircularProgress size={18} aria-label="Export en cours" /> : <DownloadIcon />}
        endIcon={<ArrowDropDownIcon />}
        disabled={enCours}
        aria-haspopup="menu"
        aria-controls={ancre ? 'menu-exporter' : undefined}
        onClick={(e) => setAncre(e.currentTarget)}
        data-testid="exporter"
        sx={{ height: 56 }}
      >
        Exporter
      </Button>
      <Menu id="menu-exporter" anchorEl={ancre} open={ancre !== null} onClose={() => setAncre(null)}>
        <ListSubheader sx={{ lineHeight: '32px' }}>
          Tout l'annuaire{inclureInactifs ? ', inactifs compris' : ', partenaires actifs'}
        </ListSubheader>
        <Divider />
        {peutJson ? (
          <MenuItem
            onClick={() => {
              setAncre(null);
              json.mutate({ inclureInactifs }, surProduit);
            }}
          >
            <ListItemText primary="data·inclusion (JSON)" secondary="Structures et services, au schéma public" />
          </MenuItem>
        ) : null}
        {peutCsv ? (
          <MenuItem
            onClick={() => {
              setAncre(null);
              csv.mutate({ inclureInactifs }, surProduit);
            }}
          >
            <ListItemText primary="Tableur (CSV)" secondary="Une ligne par partenaire, séparateur point-virgule" />
          </MenuItem>
        ) : null}
      </Menu>
    </>
  );
}
