// A resolver for tests of refused addresses: names standing for private, link-local, mixed,
// public and IPv6 loopback addresses; any other name is unknown. Nothing is looked up or opened.
import type { Resolver } from '../address';

const TABLE: Record<string, string[]> = {
  'private.example-gov.test': ['10.0.0.8'],
  'metadata.example-gov.test': ['169.254.169.254'],
  'mixed.example-gov.test': ['192.168.1.1', '127.0.0.1'],
  'public.example-gov.test': ['93.184.216.34'],
  'v6loop.example-gov.test': ['::1'],
};

export const TEST_RESOLVER: Resolver = async (name) => {
  const found = TABLE[name];
  if (!found) throw new Error(`unknown name ${name}`);
  return found;
};
