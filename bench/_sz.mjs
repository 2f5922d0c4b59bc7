import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
const [contents, ...ext] = process.argv.slice(2);
const out = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent', external: ext });
const bytes = out.outputFiles[0].contents;
console.log('min', bytes.length, 'gz', gzipSync(bytes, { level: 9 }).length);
const inputs = out.metafile.outputs[Object.keys(out.metafile.outputs)[0]].inputs;
for (const [k, v] of Object.entries(inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput).slice(0,30)) console.log(v.bytesInOutput, k);
