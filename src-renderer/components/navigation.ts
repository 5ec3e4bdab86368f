import { useEffect, useState } from 'react';

/**
 * The workstation's screens are addressed by the fragment (`#/journal?jeune=12`), so that a
 * reload stays on the same screen and a screen can open another one with its filters.
 */
export interface Chemin {
  ecran: string;
  params: URLSearchParams;
}

function lireChemin(): Chemin {
  const m = /^#\/([a-z-]*)(?:\?(.*))?$/.exec(window.location.hash);
  return { ecran: m?.[1] ?? '', params: new URLSearchParams(m?.[2] ?? '') };
}

export function useChemin(): Chemin {
  const [chemin, setChemin] = useState(lireChemin);
  useEffect(() => {
    const suivre = () => setChemin(lireChemin());
    window.addEventListener('hashchange', suivre);
    return () => window.removeEventListener('hashchange', suivre);
  }, []);
  return chemin;
}

export function naviguer(ecran: string, params?: Record<string, string | number>): void {
  const requete = params ? new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString() : '';
  window.location.hash = `#/${ecran}${requete ? `?${requete}` : ''}`;
}
