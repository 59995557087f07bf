import { startStaticServer } from '../tooling/staticServer';
import { runLighthouse } from './bench-lighthouse';
const server = await startStaticServer('dist', { compress: process.argv[3] !== 'raw' });
for (const page of ['stft.html', 'soundnet.html']) {
  console.log(page, JSON.stringify(await runLighthouse(server.url + page, (process.argv[2] ?? 'mobile') as 'mobile', 1)));
}
await server.close();
