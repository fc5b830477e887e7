// Draws Limber's icons as PNGs (no image tools needed): a teal disc with a white stretching figure.
// Tray glyphs for each state (running, paused, out of hours, break due) on light and dark panels.
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
/** A figure stretching: head, body, arms raised in a V, legs apart. */
function figure(x, y, w = 0.055) {
  return (
    dist(x, y, 0.5, 0.2) < 0.085 ||
    seg(x, y, 0.5, 0.36, 0.5, 0.6) < w ||
    seg(x, y, 0.5, 0.38, 0.25, 0.13) < w * 0.85 ||
    seg(x, y, 0.5, 0.38, 0.75, 0.13) < w * 0.85 ||
    seg(x, y, 0.5, 0.6, 0.34, 0.88) < w ||
    seg(x, y, 0.5, 0.6, 0.66, 0.88) < w
  );
}
const teal = [45, 106, 90, 1], white = [255, 255, 255, 1], clear = [0, 0, 0, 0];
const appIcon = (x, y) => (dist(x, y, 0.5, 0.5) > 0.47 ? clear : figure(x, y) ? white : teal);

fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) fs.writeFileSync(path.join(out, `${size}x${size}.png`), png(size, appIcon));
fs.copyFileSync(path.join(out, '512x512.png'), path.join(out, 'app.png'));
// Tray: one glyph per state, drawn light for dark panels and dark for light panels.
const moon = (x, y) => dist(x, y, 0.5, 0.5) < 0.32 && dist(x, y, 0.64, 0.4) > 0.27;
const dueDot = (x, y) => dist(x, y, 0.8, 0.2) < 0.16;
const trayStates = {
  running: (c) => (x, y) => (figure(x, y, 0.07) ? c : clear),
  paused: (c) => (x, y) => (y > 0.22 && y < 0.78 && ((x > 0.27 && x < 0.42) || (x > 0.58 && x < 0.73)) ? c : clear),
  'out-of-hours': (c) => (x, y) => (moon(x, y) ? c : clear),
  'break-due': (c) => (x, y) => (dueDot(x, y) ? [230, 120, 40, 1] : figure(x, y, 0.07) ? c : clear),
};
const panels = { 'dark-panel': [240, 240, 240, 1], 'light-panel': [30, 30, 30, 1] };
for (const [state, draw] of Object.entries(trayStates)) {
  for (const [panel, colour] of Object.entries(panels)) {
    fs.writeFileSync(path.join(out, `tray-${state}-${panel}.png`), png(22, draw(colour)));
    fs.writeFileSync(path.join(out, `tray-${state}-${panel}@2x.png`), png(44, draw(colour)));
  }
}
console.log(`icons written to ${out}`);
