// Which addresses collection may open: checked as written (no alternate forms of an IP address),
// then on every address a name resolves to (public only; loopback only when allowed).
import { describe, expect, it } from 'vitest';
import { checkUrl, isAllowedAddress, policyFromEnv, resolveChecked } from './address';
import { TEST_RESOLVER } from './testing/resolver';

describe('addresses', () => {
  const everything = TEST_RESOLVER;

  it.each([
    ['http://2130706433/', 'ALTERNATE_FORM'],
    ['http://0177.0.0.1/', 'ALTERNATE_FORM'],
    ['http://0x7f.1/', 'ALTERNATE_FORM'],
    ['http://127.1/', 'ALTERNATE_FORM'],
    ['http://[::ffff:127.0.0.1]/', 'ALTERNATE_FORM'],
    ['ftp://www.example-gov.test/a.pdf', 'SCHEME'],
    ['file:///etc/passwd', 'SCHEME'],
    ['not a url', 'BAD_URL'],
  ])('%s is refused before any lookup (%s)', (url, code) => {
    expect(() => checkUrl(url)).toThrow(expect.objectContaining({ code }));
  });

  it('refuses 0.0.0.0, private, link-local (metadata) and mapped addresses even with loopback allowed', async () => {
    const loopbackAllowed = { allowLoopback: true };
    for (const address of [
      '0.0.0.0',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.0.1',
      '169.254.169.254',
      '100.64.0.1',
      'fe80::1',
      'fc00::1',
      '::ffff:7f00:1',
      '224.0.0.1',
    ])
      expect(isAllowedAddress(address, loopbackAllowed), address).toBe(false);
    expect(isAllowedAddress('127.0.0.1', loopbackAllowed)).toBe(true);
    expect(isAllowedAddress('127.8.9.10', loopbackAllowed)).toBe(true);
    expect(isAllowedAddress('::1', loopbackAllowed)).toBe(true);
    expect(isAllowedAddress('127.0.0.1', { allowLoopback: false })).toBe(false);
    expect(isAllowedAddress('::1', { allowLoopback: false })).toBe(false);
    expect(isAllowedAddress('93.184.216.34', { allowLoopback: false })).toBe(true);
  });

  it('checks the address a name resolves to, and connects only to an allowed one', async () => {
    const policy = { allowLoopback: true };
    await expect(resolveChecked('private.example-gov.test', everything, policy)).rejects.toMatchObject({ code: 'PRIVATE_ADDRESS' });
    await expect(resolveChecked('metadata.example-gov.test', everything, policy)).rejects.toMatchObject({ code: 'PRIVATE_ADDRESS' });
    await expect(resolveChecked('nowhere.example-gov.test', everything, policy)).rejects.toMatchObject({ code: 'UNRESOLVED' });
    expect(await resolveChecked('mixed.example-gov.test', everything, policy)).toBe('127.0.0.1');
    expect(await resolveChecked('v6loop.example-gov.test', everything, policy)).toBe('::1');
    await expect(resolveChecked('v6loop.example-gov.test', everything, { allowLoopback: false })).rejects.toMatchObject({
      code: 'PRIVATE_ADDRESS',
    });
  });

  it('admits canonical addresses and names, http and https', () => {
    expect(checkUrl('http://127.0.0.1:8080/a').hostname).toBe('127.0.0.1');
    expect(checkUrl('https://www.gov.cn/xxgk/').hostname).toBe('www.gov.cn');
    expect(checkUrl('http://[::1]/').hostname).toBe('[::1]');
    expect(checkUrl('HTTP://Www.Example-Gov.Test/').hostname).toBe('www.example-gov.test');
  });

  it('IP literals are checked without the resolver; loopback is admitted only when allowed', async () => {
    const never = async () => {
      throw new Error('no lookup for a literal');
    };
    expect(await resolveChecked('127.0.0.1', never, { allowLoopback: true })).toBe('127.0.0.1');
    expect(await resolveChecked('[::1]', never, { allowLoopback: true })).toBe('::1');
    await expect(resolveChecked('127.0.0.1', never, { allowLoopback: false })).rejects.toMatchObject({ code: 'PRIVATE_ADDRESS' });
    expect(await resolveChecked('93.184.216.34', never, { allowLoopback: false })).toBe('93.184.216.34');
  });

  it('COLLECT_ALLOW_PRIVATE=1 and nothing else admits loopback', () => {
    expect(policyFromEnv({ COLLECT_ALLOW_PRIVATE: '1' })).toEqual({ allowLoopback: true });
    expect(policyFromEnv({ COLLECT_ALLOW_PRIVATE: 'true' })).toEqual({ allowLoopback: false });
    expect(policyFromEnv({})).toEqual({ allowLoopback: false });
  });
});

describe('address checks, to the letter', () => {
  it('an address written with credentials is still checked as written', () => {
    expect(() => checkUrl('http://user@2130706433/')).toThrow(expect.objectContaining({ code: 'ALTERNATE_FORM' }));
    expect(() => checkUrl('http://user:pw@0177.0.0.1:8080/a')).toThrow(expect.objectContaining({ code: 'ALTERNATE_FORM' }));
    expect(checkUrl('http://user:pw@127.0.0.1:8080/a').hostname).toBe('127.0.0.1');
  });

  it('says what was refused', () => {
    expect(() => checkUrl('http://2130706433/')).toThrow(/2130706433 is 127\.0\.0\.1/);
    expect(() => checkUrl('gopher://a.test/')).toThrow(/only http and https.*gopher:\/\/a\.test\//);
    expect(() => checkUrl('::')).toThrow(/not an address: ::/);
  });

  it('what is not an IP address is not allowed, and does not throw', () => {
    expect(isAllowedAddress('not-an-ip', { allowLoopback: true })).toBe(false);
    expect(isAllowedAddress('', { allowLoopback: true })).toBe(false);
  });

  it('names the host and its addresses when it refuses them', async () => {
    await expect(resolveChecked('private.example-gov.test', TEST_RESOLVER, { allowLoopback: false })).rejects.toThrow(
      'private.example-gov.test is 10.0.0.8: not a public address',
    );
    await expect(resolveChecked('nowhere.example-gov.test', TEST_RESOLVER, { allowLoopback: false })).rejects.toThrow(
      'nowhere.example-gov.test has no address',
    );
  });
});
