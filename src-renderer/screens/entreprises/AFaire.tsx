import type { ReactNode } from 'react';
import {
  Alert,
  Box,
  LinearProgress,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { messageErreur } from '../../api/client';
import { useDroits, useUtilisateur } from '../../api/droits';
import { useRequete } from '../../api/hooks';
import { Bloc, EnTeteTableau, Vide } from '../../components/communs';
import { aujourdhuiIso, dateFr } from '../../components/dates';
import { echeance, joursRestants, libelleContrat, lienEntreprise, lienOffre, lienSituationsJeune } from './logique';

/** Whose to-dos: the whole Mission Locale's, or the firms of the person signed in. */
export type PorteeAFaire = 'ml' | 'moi';

function Section({
  titre,
  nombre,
  regle,
  testId,
  vide,
  children,
}: {
  titre: string;
  nombre: number | undefined;
  /** What the list holds, with its threshold. */
  regle: string;
  testId: string;
  vide: string;
  children: ReactNode;
}) {
  return (
    <Bloc
      titre={
        <>
          {titre}{' '}
          {nombre !== undefined ? (
            <Typography component="span" color="text.secondary" data-testid={`${testId}-nombre`}>
              ({nombre})
            </Typography>
          ) : null}
        </>
      }
    >
      <Box data-testid={testId} data-nombre={nombre ?? ''}>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ px: 2, mt: -0.5, mb: 0.5 }}>
          {regle}
        </Typography>
        {nombre === 0 ? <Vide>{vide}</Vide> : children}
      </Box>
    </Bloc>
  );
}

function LienEntreprise({ id, children }: { id: number | null; children: ReactNode }) {
  return id !== null ? (
    <Link href={lienEntreprise(id)} underline="hover">
      {children}
    </Link>
  ) : (
    <>{children}</>
  );
}

/**
 * « À faire »: contracts ending soon (to propose a follow-up or a new contract), open offers
 * without any jeune proposed, firms without news for months, and the planned follow-ups; for the
 * whole Mission Locale or for the firms of the person signed in. Thresholds come from Paramètres.
 */
export function AFaire({ portee, onPortee }: { portee: PorteeAFaire; onPortee: (p: PorteeAFaire) => void }) {
  const utilisateur = useUtilisateur();
  const { peut } = useDroits();
  const afaire = useRequete('entreprises.aFaire', portee === 'moi' ? { responsableId: utilisateur.id } : {}, {
    garderPrecedent: true,
  });
  const d = afaire.data;
  const r = d?.reglages;
  const lienJeune = peut('jeunes.lire');
  const aujourdhui = aujourdhuiIso();

  return (
    <Box sx={{ p: 2, maxWidth: 1600, mx: 'auto' }} data-testid="a-faire">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h5" component="h1" sx={{ flex: 1 }}>
          À faire
        </Typography>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={portee}
          onChange={(_, v: PorteeAFaire | null) => {
            if (v) onPortee(v);
          }}
          aria-label="Portée"
          data-testid="portee-a-faire"
          sx={{ '& .MuiToggleButton-root': { textTransform: 'none', fontWeight: 600, px: 1.5 } }}
        >
          <ToggleButton value="ml">Toute la Mission Locale</ToggleButton>
          <ToggleButton value="moi">Mon portefeuille</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      {afaire.error ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {messageErreur(afaire.error)}
        </Alert>
      ) : null}
      <Box sx={{ height: 4, mb: 1 }}>{afaire.isFetching ? <LinearProgress sx={{ height: 2 }} /> : null}</Box>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
          gap: 2,
          alignItems: 'start',
          opacity: afaire.isPlaceholderData ? 0.6 : 1,
        }}
      >
        {/* Two columns of their own height: the long list of contracts does not push the others down. */}
        <Section
          titre="Fins de contrat"
          nombre={d?.finsDeContrat.length}
          regle={`Alternances et emplois à durée déterminée qui finissent dans les ${r?.finContratJours ?? '…'} jours — réglable dans Paramètres. Proposez un suivi ou un nouveau contrat.`}
          testId="afaire-fins-de-contrat"
          vide="Aucun contrat ne finit dans ce délai."
        >
          {d && d.finsDeContrat.length > 0 ? (
            <Table size="small" aria-label="Fins de contrat">
              <EnTeteTableau colonnes={['Jeune', 'Contrat', 'Employeur', 'Fin prévue']} />
              <TableBody>
                {d.finsDeContrat.map((f) => (
                  <TableRow key={f.situationId} data-testid="fin-de-contrat" data-situation={f.situationId}>
                    <TableCell sx={{ fontWeight: 600 }}>
                      {lienJeune ? (
                        <Link href={lienSituationsJeune(f.jeuneId)} underline="hover">
                          {f.jeuneNom}
                        </Link>
                      ) : (
                        f.jeuneNom
                      )}
                    </TableCell>
                    <TableCell>
                      {libelleContrat(f.type, f.sousType)}
                      {f.intitule ? (
                        <Typography variant="caption" color="text.secondary" component="div">
                          {f.intitule}
                        </Typography>
                      ) : null}
                    </TableCell>
                    <TableCell>
                      <LienEntreprise id={f.entrepriseId}>{f.employeur ?? '—'}</LienEntreprise>
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {dateFr(f.finPrevue)}
                      <Typography
                        variant="caption"
                        component="div"
                        sx={{
                          color: f.joursRestants <= 7 ? 'warning.dark' : 'text.secondary',
                          fontWeight: f.joursRestants <= 7 ? 600 : 400,
                        }}
                      >
                        {joursRestants(f.joursRestants)}
                      </Typography>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
        </Section>

        <Stack spacing={2} sx={{ minWidth: 0 }}>
          <Section
            titre="Relances prévues"
            nombre={d?.relances.length}
            regle="Prochaines actions prévues dans les 7 jours, ou en retard (en rouge). Elles disparaissent dès qu’un acte est noté pour l’entreprise."
            testId="afaire-relances"
            vide="Aucune relance prévue cette semaine."
          >
            {d && d.relances.length > 0 ? (
              <Table size="small" aria-label="Relances prévues">
                <EnTeteTableau colonnes={['Date', 'Entreprise', 'À faire']} />
                <TableBody>
                  {d.relances.map((x) => (
                    <TableRow key={x.acteId} data-testid="relance" data-en-retard={x.enRetard}>
                      <TableCell sx={{ whiteSpace: 'nowrap', color: x.enRetard ? 'error.main' : undefined }}>
                        <Box component="span" sx={{ fontWeight: 600 }}>
                          {dateFr(x.date)}
                        </Box>
                        <Typography variant="caption" component="div" color={x.enRetard ? 'error' : 'text.secondary'}>
                          {echeance(x.date, aujourdhui)}
                        </Typography>
                      </TableCell>
                      <TableCell sx={{ fontWeight: 600 }}>
                        <LienEntreprise id={x.entrepriseId}>{x.entrepriseNom}</LienEntreprise>
                      </TableCell>
                      <TableCell>{x.libelle}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
          </Section>

          <Section
            titre="Offres sans mise en relation"
            nombre={d?.offresSansMiseEnRelation.length}
            regle={`Offres ouvertes reçues depuis ${r?.offreSansMiseEnRelationJours ?? '…'} jours ou plus, sans aucun jeune proposé — réglable dans Paramètres.`}
            testId="afaire-offres-sans-mise-en-relation"
            vide="Chaque offre ouverte a au moins un jeune proposé."
          >
            {d && d.offresSansMiseEnRelation.length > 0 ? (
              <Table size="small" aria-label="Offres sans mise en relation">
                <EnTeteTableau colonnes={['Offre', 'Entreprise', 'Reçue', 'Expire le']} />
                <TableBody>
                  {d.offresSansMiseEnRelation.map((o) => (
                    <TableRow key={o.offreId} data-testid="offre-sans-mise-en-relation" data-offre={o.offreId}>
                      <TableCell sx={{ fontWeight: 600 }}>
                        <Link href={lienOffre(o.offreId)} underline="hover">
                          {o.intitule}
                        </Link>
                      </TableCell>
                      <TableCell>
                        <LienEntreprise id={o.entrepriseId}>{o.entrepriseNom}</LienEntreprise>
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        {dateFr(o.recueLe)}
                        <Typography variant="caption" color="text.secondary" component="div">
                          il y a {o.jours} jour{o.jours > 1 ? 's' : ''}
                        </Typography>
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateFr(o.expireLe)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
          </Section>

          <Section
            titre="Entreprises sans acte"
            nombre={d?.entreprisesSansActe.length}
            regle={`Entreprises (prospects et partenaires) sans acte depuis ${r?.entrepriseSansActeMois ?? '…'} mois ou plus — réglable dans Paramètres.`}
            testId="afaire-entreprises-sans-acte"
            vide="Toutes les entreprises suivies ont eu un acte récent."
          >
            {d && d.entreprisesSansActe.length > 0 ? (
              <Table size="small" aria-label="Entreprises sans acte">
                <EnTeteTableau colonnes={['Entreprise', 'Responsable', 'Dernier acte']} />
                <TableBody>
                  {d.entreprisesSansActe.map((x) => (
                    <TableRow key={x.entrepriseId} data-testid="entreprise-sans-acte" data-entreprise={x.entrepriseId}>
                      <TableCell sx={{ fontWeight: 600 }}>
                        <LienEntreprise id={x.entrepriseId}>{x.nom}</LienEntreprise>
                      </TableCell>
                      <TableCell>{x.responsableNom ?? 'Personne'}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>
                        {x.dernierActe ? dateFr(x.dernierActe) : 'Aucun acte'}
                        <Typography variant="caption" color="text.secondary" component="div">
                          {x.dernierActe ? `il y a ${x.mois} mois` : `fiche créée il y a ${x.mois} mois`}
                        </Typography>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
          </Section>
        </Stack>
      </Box>
    </Box>
  );
}
