import { useEffect, useState } from 'react';

/** The value, once it has not changed for `ms` milliseconds (search as you type). */
export function useDiffere<T>(valeur: T, ms: number): T {
  const [differee, setDifferee] = useState(valeur);
  useEffect(() => {
    const t = setTimeout(() => setDifferee(valeur), ms);
    return () => clearTimeout(t);
  }, [valeur, ms]);
  return differee;
}
