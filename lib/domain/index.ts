// The shapes every layer shares (queries return them, view models read them, components draw them),
// named once. A leaf: it imports nothing of the project but the figure catalogue's types.

export type * from './api';
export type * from './compare';
export type * from './report';
export type * from './table';
export type * from './quality';
export type * from './coverage';
export type * from './peers';
export type * from './collect';
export type * from './data-package';
