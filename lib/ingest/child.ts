// A reader process (see pool.ts): reads the files its parent sends, one at a time, and answers
// with the outcome. It exits when its parent goes away.

import { readInProcess, type ReadRequest } from './read';

process.on('message', (message: { id: number; request: ReadRequest }) => {
  void readInProcess(message.request).then((outcome) => process.send!({ id: message.id, outcome }));
});
process.on('disconnect', () => process.exit(0));
// Files are sent only after this: none can arrive before the listener above.
process.send!({ ready: true });
