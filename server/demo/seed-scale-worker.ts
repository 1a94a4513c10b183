/**
 * A generator thread of `desk seed-scale`: it is handed the load's context, then chunk indexes, and
 * answers each with the chunk's rows, ready to insert (for PostgreSQL already in COPY's text format).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createGenerator, type ScaleContext } from './seed-scale-generate.js';
import { chunkForTransfer } from './seed-scale-format.js';

const { ctx, format } = workerData as { ctx: ScaleContext; format: 'rows' | 'copy' };
const generate = createGenerator(ctx);
parentPort!.on('message', (index: number) => {
  parentPort!.postMessage(chunkForTransfer(generate(index), format));
});
