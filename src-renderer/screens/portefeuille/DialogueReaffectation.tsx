import { useConseillers } from '../../api/donnees';
import { useAction } from '../../api/hooks';
import { DialogueReaffecter } from '../../components/DialogueReaffecter';
import { useNotifier } from '../../components/Notifications';

function jeunes(n: number): string {
  return `${n} jeune${n > 1 ? 's' : ''}`;
}

/**
 * Direction hands the ticked jeunes to another active conseiller, in two steps: choose, then
 * confirm (the référent of their open parcours follows, and the change is traced).
 */
export function DialogueReaffectation({
  jeuneIds,
  exclu,
  onFermer,
  onFait,
}: {
  jeuneIds: number[];
  /** The conseiller whose portfolio is shown: handing jeunes to them changes nothing. */
  exclu: number | null;
  onFermer: () => void;
  onFait: () => void;
}) {
  const notifier = useNotifier();
  const conseillers = useConseillers();
  const reaffecter = useAction('portefeuille.reaffecter');
  const options = (conseillers.data ?? [])
    .filter((c) => c.id !== exclu)
    .map((c) => ({ valeur: c.id, libelle: `${c.prenom} ${c.nom}` }));
  const n = jeuneIds.length;

  return (
    <DialogueReaffecter
      titre={`Réaffecter ${jeunes(n)}`}
      titreId="titre-reaffectation"
      explication={
        <>
          Choisissez le conseiller qui reprend {n > 1 ? 'ces jeunes' : 'ce jeune'} : il en devient le référent, et celui
          de {n > 1 ? 'leurs' : 'ses'} parcours en cours.
        </>
      }
      label="Nouveau référent"
      options={options}
      manque="Choisissez le conseiller qui reprend ces jeunes."
      confirmation={(_, nom) => (
        <>
          Confier {jeunes(n)} à <strong>{nom}</strong> ? {n > 1 ? 'Leur' : 'Son'} référent change, ainsi que celui de{' '}
          {n > 1 ? 'leurs' : 'ses'} parcours en cours ; le changement est tracé dans{' '}
          {n > 1 ? 'chaque dossier' : 'le dossier'}.
        </>
      )}
      testIdConfirmation="confirmation-reaffectation"
      lecture={conseillers}
      onConfirmer={{
        isPending: reaffecter.isPending,
        error: reaffecter.error,
        lancer: (conseillerId, nom) =>
          reaffecter.mutate(
            { jeuneIds, conseillerId },
            {
              onSuccess: (r) => {
                notifier(`${jeunes(r.reaffectes)} confié${r.reaffectes > 1 ? 's' : ''} à ${nom}.`);
                onFait();
              },
            },
          ),
      }}
      onFermer={onFermer}
    />
  );
}
