// Entry of a parse worker thread when running TypeScript sources (scripts under tsx): worker
// threads do not inherit tsx's loader, so register it here, then load the TypeScript body.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
