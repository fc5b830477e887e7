// Draws Limber's icons as PNGs (no image tools needed): a teal disc with a white stretching figure.
// Tray variants: dark glyph for light panels, light glyph for dark panels, and a paused state.
// Run: node scripts/make-icons.mjs (outputs are committed under resources/icons).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const out = path.resolve(import.meta.dirname, '../resources/icons');

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const ss = 4;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const p = pixel((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          r += p[0] * p[3]; g += p[1] * p[3]; b += p[2] * p[3]; a += p[3];
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? r / a : 0; raw[o + 1] = a ? g / a : 0; raw[o + 2] = a ? b / a : 0; raw[o + 3] = (a / (ss * ss)) * 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const dist = (x1, y1, x2, y2) => Math.hypot(x1 - x2, y1 - y2);
/** Distance from point to segment. */
function seg(px, py, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return dist(px, py, ax + t * (bx - ax), ay + t * (by - ay));
}
/** A figure reaching up and leaning: head, body, arms overhead, legs. */
function figure(x, y, w = 0.055) {
  return (
    dist(x, y, 0.5, 0.27) < 0.075 ||
    seg(x, y, 0.5, 0.38, 0.47, 0.62) < w ||
    seg(x, y, 0.49, 0.42, 0.66, 0.2) < w * 0.8 ||
    seg(x, y, 0.49, 0.42, 0.34, 0.22) < w * 0.8 ||
    seg(x, y, 0.47, 0.62, 0.38, 0.84) < w ||
    seg(x, y, 0.47, 0.62, 0.58, 0.84) < w
  );
}
const teal = [45, 106, 90, 1], white = [255, 255, 255, 1], clear = [0, 0, 0, 0];
const appIcon = (x, y) => (dist(x, y, 0.5, 0.5) > 0.47 ? clear : figure(x, y) ? white : teal);
const glyph = (colour) => (x, y) => (figure(x, y, 0.07) ? colour : clear);
const paused = (colour) => (x, y) => {
  const bar = (y > 0.25 && y < 0.75 && ((x > 0.28 && x < 0.42) || (x > 0.58 && x < 0.72)));
  return bar ? colour : clear;
};

fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) fs.writeFileSync(path.join(out, `${size}x${size}.png`), png(size, appIcon));
fs.copyFileSync(path.join(out, '512x512.png'), path.join(out, 'app.png'));
const states = { tray: appIcon, 'tray-dark-panel': glyph([240, 240, 240, 1]), 'tray-light-panel': glyph([30, 30, 30, 1]), 'tray-paused': paused([128, 128, 128, 1]) };
for (const [name, draw] of Object.entries(states)) {
  fs.writeFileSync(path.join(out, `${name}.png`), png(22, draw));
  fs.writeFileSync(path.join(out, `${name}@2x.png`), png(44, draw));
}
console.log(`icons written to ${out}`);
