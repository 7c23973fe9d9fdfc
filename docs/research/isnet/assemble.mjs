// Reassemble a resource (default /models/medium) from @imgly/background-removal-data dist/ chunks.
// Each chunk file is named by the sha256 of its content; resources.json gives [start,end) offsets.
// usage: node assemble.mjs <package_dir> <resource_key> <out_file>
import fs from 'node:fs'; import crypto from 'node:crypto'; import path from 'node:path';
const [pkg, key = '/models/medium', out = 'isnet_medium_fp16.onnx'] = process.argv.slice(2);
const res = JSON.parse(fs.readFileSync(path.join(pkg, 'dist/resources.json'), 'utf8'))[key];
if (!res) { console.error('no resource', key); process.exit(1); }
const buf = Buffer.alloc(res.size); let expect = 0;
for (const c of res.chunks) {
  const [a, b] = c.offsets;
  if (a !== expect) throw new Error('gap/overlap at ' + a);
  const d = fs.readFileSync(path.join(pkg, 'dist', c.hash));
  if (d.length !== b - a) throw new Error('size mismatch ' + c.hash);
  const h = crypto.createHash('sha256').update(d).digest('hex');
  if (h !== c.hash) throw new Error('hash mismatch ' + c.hash);
  d.copy(buf, a); expect = b;
}
if (expect !== res.size) throw new Error('total size mismatch');
fs.writeFileSync(out, buf);
console.log('wrote', out, res.size, 'bytes sha256', crypto.createHash('sha256').update(buf).digest('hex'));
