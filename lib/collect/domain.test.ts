import { describe, expect, it } from 'vitest';
import { registrableDomain, sameSite } from './domain';

describe('registrableDomain', () => {
  it('under gov.cn, the label before gov.cn', () => {
    expect(registrableDomain('www.hangzhou.gov.cn')).toBe('hangzhou.gov.cn');
    expect(registrableDomain('img.hangzhou.gov.cn')).toBe('hangzhou.gov.cn');
    expect(registrableDomain('czt.gd.gov.cn')).toBe('gd.gov.cn');
    expect(registrableDomain('www.xx.sz.gov.cn')).toBe('sz.gov.cn');
    expect(registrableDomain('gov.cn')).toBe('gov.cn');
    expect(registrableDomain('WWW.Beijing.GOV.CN.')).toBe('beijing.gov.cn');
  });
  it('under other second-level suffixes and ordinary names', () => {
    expect(registrableDomain('www.example.com.cn')).toBe('example.com.cn');
    expect(registrableDomain('www.xx.zj.cn')).toBe('xx.zj.cn');
    expect(registrableDomain('www.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('files.example-gov.test')).toBe('example-gov.test');
    expect(registrableDomain('a.b.example.com')).toBe('example.com');
    expect(registrableDomain('localhost')).toBe('localhost');
  });
  it('an IP address is its own', () => {
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('[::1]')).toBe('::1');
  });
});

describe('sameSite', () => {
  it('siblings of one registrable domain, ports aside; not neighbours under one public suffix', () => {
    expect(sameSite('www.xx.gov.cn', 'file.xx.gov.cn:8080')).toBe(true);
    expect(sameSite('www.xx.gov.cn', 'www.yy.gov.cn')).toBe(false);
    expect(sameSite('www.a.com.cn', 'www.b.com.cn')).toBe(false);
    expect(sameSite('10.0.0.1:80', '10.0.0.2:80')).toBe(false);
    expect(sameSite('www.xx.gov.cn', 'xx.gov.cn.evil.com')).toBe(false);
  });
});
