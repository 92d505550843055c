import * as esbuild from 'esbuild';
const r = await esbuild.build({
  stdin: { contents: process.argv[2], resolveDir: '/work/main', loader: 'js' },
  bundle: true,
  minify: true,
  write: false,
  metafile: true,
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  format: 'esm',
  platform: 'browser',
});
const byPkg = {};
for (const [k, v] of Object.entries(r.metafile.outputs))
  for (const [f, i] of Object.entries(v.inputs)) {
    const key = f.includes('node_modules')
      ? f
          .split('node_modules/')[1]
          .split('/')
          .slice(0, f.split('node_modules/')[1].startsWith('@') ? 2 : 1)
          .join('/')
      : f;
    byPkg[key] = (byPkg[key] || 0) + i.bytesInOutput;
  }
console.log(
  Object.entries(byPkg)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${(v / 1024).toFixed(1)}K ${k}`)
    .join('\n'),
);
