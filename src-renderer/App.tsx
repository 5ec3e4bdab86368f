import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  AlertTitle,
  AppBar,
  Box,
  Button,
  Divider,
  FormControl,
  IconButton,
  InputLabel,
  LinearProgress,
  ListItemIcon,
  ListItemText,
  Menu,
  MenuItem,
  Select,
  Tab,
  Tabs,
  Toolbar,
  Tooltip,
  Typography,
} from '@mui/material';
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import KeyIcon from '@mui/icons-material/Key';
import LockIcon from '@mui/icons-material/Lock';
import LogoutIcon from '@mui/icons-material/Logout';
import { useQueryClient } from '@tanstack/react-query';
import {
  RACCOURCI_VERROUILLAGE,
  ROLE_LIBELLES,
  TYPE_SITE_LIBELLES,
  type EtatSession,
  type UtilisateurSession,
} from '../src-main/contract';
import { useEvenementsDonnees } from './api/hooks';
import { messageErreur, surSessionChangee, type Methode } from './api/client';
import { useStructure } from './api/donnees';
import { ContexteUtilisateur, rolesDe, useDroits } from './api/droits';
import { ecranDe, oublierDonnees, useEtatSession, useSession } from './api/session';
import { Touche } from './components/communs';
import { naviguer, useChemin } from './components/navigation';
import { FournisseurNotifications } from './components/Notifications';
import { Assistant } from './screens/installation/Assistant';
import { DefinirAdministrateur } from './screens/installation/DefinirAdministrateur';
import { Connexion, Verrouillage } from './screens/session/Connexion';
import { DialogueMotDePasse, MotDePasseAChanger } from './screens/session/ChangerMotDePasse';
import { useVerrouillage } from './screens/session/useVerrouillage';
import { Bureau } from './screens/accueil/Bureau';
import { Agenda } from './screens/rendezvous/Agenda';
import { Referentiels } from './screens/referentiels/Referentiels';
import { Comptes } from './screens/comptes/Comptes';
import { Journal } from './screens/journal/Journal';
import { Parametres } from './screens/parametres/Parametres';
import { DossierJeune } from './screens/dossier/DossierJeune';
import { Portefeuille } from './screens/portefeuille/Portefeuille';
import { Ateliers } from './screens/ateliers/Ateliers';
import { Annuaire } from './screens/annuaire/Annuaire';
import { Entreprises } from './screens/entreprises/Entreprises';
import { Formation } from './screens/formation/Formation';

/**
 * The workstation's screens. Each is shown only to whoever may call the method that feeds it
 * (read from the contract's roles, never listed here).
 */
const ONGLETS = [
  { valeur: 'accueil', libelle: 'Accueil', methode: 'jeunes.rechercher' },
  { valeur: 'portefeuille', libelle: 'Mes jeunes', methode: 'portefeuille.lister' },
  { valeur: 'dossier', libelle: 'Dossier', methode: 'jeunes.chronologie' },
  { valeur: 'rendezvous', libelle: 'Rendez-vous', methode: 'rendezVous.jour' },
  { valeur: 'ateliers', libelle: 'Ateliers', methode: 'ateliers.lister' },
  { valeur: 'annuaire', libelle: 'Partenaires', methode: 'partenaires.rechercher' },
  { valeur: 'entreprises', libelle: 'Entreprises', methode: 'entreprises.rechercher' },
  { valeur: 'formation', libelle: 'Formation', methode: 'actions.rechercher' },
  { valeur: 'referentiels', libelle: 'Référentiels', methode: 'referentiels.enregistrerValeur' },
  { valeur: 'comptes', libelle: 'Comptes', methode: 'comptes.lister' },
  { valeur: 'journal', libelle: 'Journal', methode: 'journal.rechercher' },
  { valeur: 'parametres', libelle: 'Paramètres', methode: 'parametres.enregistrer' },
] as const satisfies readonly { valeur: string; libelle: string; methode: Methode }[];
type Onglet = (typeof ONGLETS)[number]['valeur'];

const CLE_SITE = 'tremplin.site';

export function App() {
  useEvenementsDonnees();
  const client = useQueryClient();
  const etat = useEtatSession();
  const session = useSession();
  /** The login just created by the rescue step, offered on the sign-in screen. */
  const [identifiantDefini, setIdentifiantDefini] = useState<string>();
  // A call refused for the session (signed out, locked elsewhere or by the main process's own
  // idle clock, password to change): the state is read again, and the screen follows it.
  useEffect(() => surSessionChangee(() => void session.relire()), [session]);

  const e = etat.data;
  const ecran = e ? ecranDe(e) : null;
  const idPoste = ecran === 'poste' && e?.utilisateur ? e.utilisateur.id : null;
  // Leaving a person's workstation (locked, signed out, another person): what they saw is
  // forgotten, once the workstation is gone from the screen.
  useEffect(() => {
    if (idPoste === null) return;
    return () => oublierDonnees(client);
  }, [idPoste, client]);

  if (etat.isLoading) return <LinearProgress aria-label="Chargement" />;
  if (!e) {
    return (
      <Box sx={{ p: 4, maxWidth: 720, mx: 'auto' }}>
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={() => void etat.refetch()}>
              Réessayer
            </Button>
          }
        >
          {messageErreur(etat.error)}
        </Alert>
      </Box>
    );
  }
  const utilisateur = e.utilisateur;
  switch (ecran) {
    case 'installation':
      return <Assistant />;
    case 'administrateur':
      return <DefinirAdministrateur structure={e.structure} onDefini={setIdentifiantDefini} />;
    case 'verrouillee':
      return utilisateur ? <Verrouillage structure={e.structure} utilisateur={utilisateur} /> : null;
    case 'motDePasse':
      return utilisateur ? <MotDePasseAChanger structure={e.structure} utilisateur={utilisateur} /> : null;
    case 'poste':
      if (!utilisateur) return null;
      return (
        <ContexteUtilisateur.Provider value={utilisateur}>
          {/* Its own notifications: none outlives the session that produced it. */}
          <FournisseurNotifications>
            <Poste key={utilisateur.id} etat={e} utilisateur={utilisateur} />
          </FournisseurNotifications>
        </ContexteUtilisateur.Provider>
      );
    default:
      return <Connexion structure={e.structure} {...(identifiantDefini ? { identifiant: identifiantDefini } : {})} />;
  }
}

function lireSite(): number | null {
  const v = Number(localStorage.getItem(CLE_SITE));
  return Number.isInteger(v) && v > 0 ? v : null;
}

/** Shown instead of a screen the person may not open (a typed or kept address). */
function AccesReserve({
  methode,
  retour,
}: {
  methode: Methode;
  retour: { valeur: Onglet; libelle: string } | undefined;
}) {
  const roles = rolesDe(methode);
  return (
    <Box sx={{ p: 4, maxWidth: 720, mx: 'auto' }}>
      <Alert
        severity="warning"
        data-testid="acces-reserve"
        action={
          retour ? (
            <Button color="inherit" onClick={() => naviguer(retour.valeur)}>
              Aller à « {retour.libelle} »
            </Button>
          ) : undefined
        }
      >
        <AlertTitle>Accès réservé</AlertTitle>
        Cet écran est réservé
        {typeof roles !== 'string' ? ` aux profils : ${roles.map((r) => ROLE_LIBELLES[r]).join(', ')}` : ''}. Votre
        profil ne permet pas de l'ouvrir.
      </Alert>
    </Box>
  );
}

function Poste({ etat, utilisateur }: { etat: EtatSession; utilisateur: UtilisateurSession }) {
  const structure = useStructure();
  const session = useSession();
  const { peut } = useDroits();
  const chemin = useChemin();
  useVerrouillage(etat.verrouillageMinutes, session.verrouiller);
  const [siteChoisi, setSiteChoisi] = useState<number | null>(lireSite);
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const [motDePasse, setMotDePasse] = useState(false);
  const permis = ONGLETS.filter((o) => peut(o.methode));
  const demande = ONGLETS.find((o) => o.valeur === chemin.ecran) ?? permis[0];
  const onglet: Onglet | null = demande && peut(demande.methode) ? demande.valeur : null;
  const sites = (structure.data?.sites ?? []).filter((s) => s.actif);
  // The remembered site may have been closed since; then the person's own site, then the siège.
  const siteId =
    sites.find((s) => s.id === siteChoisi)?.id ??
    sites.find((s) => s.id === utilisateur.siteId)?.id ??
    sites.find((s) => s.type === 'siege')?.id ??
    sites[0]?.id ??
    null;

  useEffect(() => {
    if (siteId !== null) localStorage.setItem(CLE_SITE, String(siteId));
  }, [siteId]);

  // The file last opened: the "Dossier" tab goes back to it (and to its sub-tab) rather than to
  // the search, so that a look at another screen costs nothing.
  const dernierDossier = useRef('');
  useEffect(() => {
    if (onglet === 'dossier' && chemin.params.get('jeune')) dernierDossier.current = chemin.params.toString();
  }, [onglet, chemin]);
  const ouvrirOnglet = (v: Onglet) => {
    if (v === 'dossier' && dernierDossier.current) window.location.hash = `#/dossier?${dernierDossier.current}`;
    else naviguer(v);
  };

  const accueilPermis = permis.some((o) => o.valeur === 'accueil');
  const jeuneDuChemin = Number(chemin.params.get('jeune')) || null;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      <AppBar position="static" color="primary" elevation={0}>
        <Toolbar variant="dense" sx={{ gap: 2, minHeight: 56 }}>
          <Typography variant="h6" component="div" sx={{ fontWeight: 700, letterSpacing: 0.3 }}>
            Tremplin
          </Typography>
          <Typography
            variant="body2"
            sx={{ opacity: 0.85, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: 240 }}
          >
            {structure.data?.structure.nom ?? ''}
          </Typography>
          <Tabs
            value={onglet ?? false}
            onChange={(_, v: Onglet) => ouvrirOnglet(v)}
            textColor="inherit"
            variant="scrollable"
            scrollButtons="auto"
            slotProps={{ indicator: { style: { backgroundColor: '#fff' } } }}
            sx={{ flex: 1, ml: 2 }}
          >
            {permis.map((o) => (
              <Tab key={o.valeur} value={o.valeur} label={o.libelle} />
            ))}
          </Tabs>
          {accueilPermis ? (
            <FormControl size="small" sx={{ minWidth: 220 }}>
              <InputLabel id="site-label" sx={{ color: 'rgba(255,255,255,0.8)', '&.Mui-focused': { color: '#fff' } }}>
                Site
              </InputLabel>
              <Select
                labelId="site-label"
                label="Site"
                value={siteId ?? ''}
                onChange={(ev) => setSiteChoisi(Number(ev.target.value))}
                sx={{
                  color: '#fff',
                  '.MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255,255,255,0.5)' },
                  '&:hover .MuiOutlinedInput-notchedOutline': { borderColor: '#fff' },
                  '.MuiSvgIcon-root': { color: '#fff' },
                }}
                inputProps={{ 'aria-label': 'Site' }}
              >
                {sites.map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.nom}{' '}
                    <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                      {TYPE_SITE_LIBELLES[s.type]}
                    </Typography>
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
          ) : null}
          <Tooltip title={`Verrouiller l'écran (${RACCOURCI_VERROUILLAGE.libelle})`}>
            <IconButton
              color="inherit"
              aria-label={`Verrouiller (${RACCOURCI_VERROUILLAGE.libelle})`}
              onClick={() => void session.verrouiller('demande')}
            >
              <LockIcon />
            </IconButton>
          </Tooltip>
          <Button
            color="inherit"
            startIcon={<AccountCircleIcon />}
            onClick={(ev) => setMenu(ev.currentTarget)}
            aria-haspopup="menu"
            aria-controls={menu ? 'menu-compte' : undefined}
            data-testid="menu-utilisateur"
            sx={{ whiteSpace: 'nowrap', fontWeight: 500 }}
          >
            {utilisateur.prenom} {utilisateur.nom}
          </Button>
          <Menu id="menu-compte" anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)}>
            <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }}>
              <ListItemText
                primary={`${utilisateur.prenom} ${utilisateur.nom}`}
                secondary={utilisateur.roles.map((r) => ROLE_LIBELLES[r]).join(', ')}
              />
            </MenuItem>
            <Divider />
            <MenuItem
              onClick={() => {
                setMenu(null);
                void session.verrouiller('demande');
              }}
            >
              <ListItemIcon>
                <LockIcon fontSize="small" />
              </ListItemIcon>
              <ListItemText>Verrouiller</ListItemText>
              <Touche>{RACCOURCI_VERROUILLAGE.libelle}</Touche>
            </MenuItem>
            <MenuItem
              onClick={() => {
                setMenu(null);
                setMotDePasse(true);
              }}
            >
              <ListItemIcon>
                <KeyIcon fontSize="small" />
              </ListItemIcon>
              <ListItemText>Changer mon mot de passe</ListItemText>
            </MenuItem>
            <MenuItem
              onClick={() => {
                setMenu(null);
                void session.fermer();
              }}
            >
              <ListItemIcon>
                <LogoutIcon fontSize="small" />
              </ListItemIcon>
              <ListItemText>Se déconnecter</ListItemText>
            </MenuItem>
          </Menu>
        </Toolbar>
      </AppBar>
      {structure.isLoading ? <LinearProgress /> : null}
      {structure.error ? <Alert severity="error">{messageErreur(structure.error)}</Alert> : null}
      <Box component="main" sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {accueilPermis && siteId !== null ? (
          // The desk stays mounted so the open file and the search survive a look at another screen.
          <Box sx={{ display: onglet === 'accueil' ? 'block' : 'none' }}>
            <Bureau siteId={siteId} actif={onglet === 'accueil'} />
          </Box>
        ) : null}
        {demande && onglet === null ? <AccesReserve methode={demande.methode} retour={permis[0]} /> : null}
        {!demande ? (
          <Box sx={{ p: 4, maxWidth: 720, mx: 'auto' }}>
            <Alert severity="info">
              Aucun écran n'est encore ouvert à votre profil (
              {utilisateur.roles.map((r) => ROLE_LIBELLES[r]).join(', ')}
              ).
            </Alert>
          </Box>
        ) : null}
        {onglet === 'portefeuille' ? <Portefeuille /> : null}
        {onglet === 'dossier' ? <DossierJeune key={jeuneDuChemin ?? ''} jeuneId={jeuneDuChemin} /> : null}
        {onglet === 'rendezvous' && siteId !== null ? <Agenda siteId={siteId} /> : null}
        {onglet === 'ateliers' ? <Ateliers siteId={siteId} /> : null}
        {onglet === 'annuaire' ? <Annuaire partenaireId={Number(chemin.params.get('partenaire')) || null} /> : null}
        {onglet === 'entreprises' ? <Entreprises params={chemin.params} /> : null}
        {onglet === 'formation' ? <Formation params={chemin.params} /> : null}
        {onglet === 'referentiels' ? <Referentiels /> : null}
        {onglet === 'comptes' ? <Comptes /> : null}
        {onglet === 'journal' ? (
          // Opened from a jeune's file: filtered on that file (the address carries its number).
          <Journal key={jeuneDuChemin ?? ''} {...(jeuneDuChemin ? { jeuneInitial: jeuneDuChemin } : {})} />
        ) : null}
        {onglet === 'parametres' ? <Parametres /> : null}
      </Box>
      {motDePasse ? <DialogueMotDePasse utilisateur={utilisateur} onFermer={() => setMotDePasse(false)} /> : null}
    </Box>
  );
}
