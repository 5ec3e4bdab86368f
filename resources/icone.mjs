// Draws resources/icon.png (512x512 RGBA) without any image library: a blue rounded square
// with three white rising steps, the "tremplin". Run: node resources/icone.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const T = 512;
const SUR = 4; // supersampling per axis, for smooth edges

function dansCarreArrondi(x, y, marge, rayon) {
  const min = marge;
  const max = T - marge;
  if (x < min || x > max || y < min || y > max) return false;
  const cx = Math.min(Math.max(x, min + rayon), max - rayon);
  const cy = Math.min(Math.max(y, min + rayon), max - rayon);
  return (x - cx) ** 2 + (y - cy) ** 2 <= rayon ** 2;
}

// Three steps, left to right, each higher than the last; then an arrow-like tip.
const marches = [
  { x0: 112, x1: 208, y0: 320 },
  { x0: 208, x1: 304, y0: 248 },
  { x0: 304, x1: 400, y0: 176 },
];

function couleur(x, y) {
  if (!dansCarreArrondi(x, y, 16, 96)) return null;
  for (const m of marches) if (x >= m.x0 && x < m.x1 && y >= m.y0 && y < 400) return [255, 255, 255];
  // A dot above the top step: the person springing off it.
  if ((x - 352) ** 2 + (y - 116) ** 2 <= 30 ** 2) return [255, 196, 61];
  const t = y / T;
  return [Math.round(22 + 10 * t), Math.round(101 - 30 * t), Math.round(192 - 40 * t)];
}

const lignes = Buffer.alloc(T * (1 + 4 * T));
for (let y = 0; y < T; y++) {
  lignes[y * (1 + 4 * T)] = 0;
  for (let x = 0; x < T; x++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < SUR; sy++) {
      for (let sx = 0; sx < SUR; sx++) {
        const c = couleur(x + (sx + 0.5) / SUR, y + (sy + 0.5) / SUR);
        if (c) {
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
    }
    const o = y * (1 + 4 * T) + 1 + 4 * x;
    lignes[o] = a ? Math.round(r / a) : 0;
    lignes[o + 1] = a ? Math.round(g / a) : 0;
    lignes[o + 2] = a ? Math.round(b / a) : 0;
    lignes[o + 3] = Math.round((255 * a) / (SUR * SUR));
  }
}

const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(octets) {
  let c = 0xffffffff;
  for (const o of octets) c = TABLE[(c ^ o) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function bloc(type, donnees) {
  const longueur = Buffer.alloc(4);
  longueur.writeUInt32BE(donnees.length);
  const corps = Buffer.concat([Buffer.from(type, 'ascii'), donnees]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(corps));
  return Buffer.concat([longueur, corps, crc]);
}

const entete = Buffer.alloc(13);
entete.writeUInt32BE(T, 0);
entete.writeUInt32BE(T, 4);
entete[8] = 8; // bits per channel
entete[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  bloc('IHDR', entete),
  bloc('IDAT', deflateSync(lignes, { level: 9 })),
  bloc('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`resources/icon.png : ${png.length} octets`);
