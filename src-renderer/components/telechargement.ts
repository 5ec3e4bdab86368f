/**
 * Offers a file produced by the main process (an export, a contract) as a download, the same
 * way in Chromium and in Electron: a temporary link to an object URL.
 */
export function telecharger(nomFichier: string, contenu: Blob): void {
  const url = URL.createObjectURL(contenu);
  const lien = document.createElement('a');
  lien.href = url;
  lien.download = nomFichier;
  document.body.appendChild(lien);
  lien.click();
  lien.remove();
  // Long enough for the download to start; the file then lives on its own.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
