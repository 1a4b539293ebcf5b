// `make dist`: writes a .gz (gzip -9) and a .br (brotli, quality 11) copy beside every
// text, JS and wasm file of the build, for static hosts that serve precompressed files
// (nginx gzip_static/brotli_static, Netlify, Cloudflare Pages), and prints each size.
// Usage: node scripts/compress.mjs [dir]   (default: dist)
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.svg', '.webmanifest', '.json']);
const rows = [];
for (const name of readdirSync(dir).sort()) {
  const path = join(dir, name);
  if (!statSync(path).isFile() || !COMPRESSIBLE.has(extname(name))) continue;
  const raw = readFileSync(path);
  const gz = gzipSync(raw, { level: 9 });
  const br = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      [constants.BROTLI_PARAM_MODE]: extname(name) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  writeFileSync(`${path}.gz`, gz);
  writeFileSync(`${path}.br`, br);
  rows.push([name, raw.length, gz.length, br.length]);
}
const w = Math.max(...rows.map((r) => r[0].length));
console.log(`${'file'.padEnd(w)}  ${'raw'.padStart(9)}  ${'gzip -9'.padStart(9)}  ${'brotli'.padStart(9)}`);
for (const [name, raw, gz, br] of rows) console.log(`${name.padEnd(w)}  ${String(raw).padStart(9)}  ${String(gz).padStart(9)}  ${String(br).padStart(9)}`);
const first = rows.filter(([n]) => /\.(wasm|js|css)$/.test(n) && n !== 'sw.js');
const sum = (k) => first.reduce((s, r) => s + r[k], 0);
console.log(`COMPRESSED first load (wasm + js + css): ${sum(1)} raw, ${sum(2)} gzip -9, ${sum(3)} brotli`);
