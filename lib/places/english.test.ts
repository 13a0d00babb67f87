// English place names: official names and readings pinyin alone gets wrong, suffixes in English,
// places that read alike told apart, and no two provinces under one English name.

import { describe, expect, it } from 'vitest';
import { allDivisions, divisionByCode } from './index';
import { divisionLabel, englishOfCode, englishPlace, romanize } from './english';
import { ENGLISH_OVERRIDES, OFFICIAL_STEMS, PROVINCE_ENGLISH, READING_FIXES } from './english-names';

const place = (name: string, level: string, divisionCode: string | null, province: string | null = null) =>
  englishPlace({ name, level, divisionCode, province });

describe('English place names', () => {
  it('no two provinces share an English name, and every province of the list has one from the table', () => {
    const provinces = allDivisions().filter((d) => d.level === 'province');
    expect(provinces.length).toBeGreaterThanOrEqual(31);
    const names = provinces.map((d) => englishOfCode(d.code)!);
    expect(new Set(names).size).toBe(names.length);
    for (const d of provinces) expect(PROVINCE_ENGLISH[d.name], d.name).toBeDefined();
    expect(englishOfCode('610000')).toBe('Shaanxi');
    expect(englishOfCode('140000')).toBe('Shanxi');
    expect(englishOfCode('150000')).toBe('Inner Mongolia');
  });

  it('uses official names where they are not pinyin', () => {
    expect(place('乌兰察布市', 'prefecture', '150900').name).toBe('Ulanqab');
    expect(place('呼和浩特市', 'prefecture', '150100').name).toBe('Hohhot');
    expect(englishOfCode('653100')).toBe('Kashi Prefecture');
    expect(place('平潭综合实验区', 'zone', null, '福建省').name).toBe('Pingtan Comprehensive Pilot Zone');
  });

  it('names banners and cities of Inner Mongolia by their official Mongolian names, the kind after them in English', () => {
    expect(englishOfCode('150121')).toBe('Tumed Left Banner');
    expect(englishOfCode('150421')).toBe('Ar Horqin Banner');
    expect(englishOfCode('150502')).toBe('Horqin District');
    expect(englishOfCode('150206')).toBe('Bayan Obo Mining District');
    expect(englishOfCode('150722')).toBe('Morin Dawa Daur Autonomous Banner');
    expect(englishOfCode('150725')).toBe('Old Barag Banner');
    expect(englishOfCode('152502')).toBe('Xilinhot City');
    expect(englishOfCode('152571')).toBe('Ulgai Management Area Administrative Committee');
    // Every stem names a division of the list, and the longer stem wins where one holds another.
    for (const [hanzi] of OFFICIAL_STEMS)
      expect(
        allDivisions().some((d) => d.name.startsWith(hanzi)),
        hanzi,
      ).toBe(true);
  });

  it('reads the characters of place names as the places are called', () => {
    expect(place('喀什市', 'county', '653101').name).toBe('Kashi City');
    expect(place('洪洞县', 'county', '141024').name).toBe('Hongtong County');
    expect(place('乐清市', 'county', '330382').name).toBe('Yueqing City');
    expect(place('黄陂区', 'district', '420116').name).toBe('Huangpi District');
    expect(place('单县', 'county', '371722').name).toBe('Shan County');
    expect(romanize('六安')).toBe("Lu'an");
    expect(romanize('西安')).toBe("Xi'an");
    // A fix never reads more syllables than it has characters.
    for (const [hanzi, reading] of READING_FIXES) expect(reading.split(' ').length).toBeLessThanOrEqual(hanzi.length);
  });

  it('says the kind of place in English', () => {
    expect(place('洪泽区', 'district', '320813').name).toBe('Hongze District');
    expect(place('弋阳县', 'county', '361126').name).toBe('Yiyang County');
    expect(place('宁波市', 'prefecture', '330200').name).toBe('Ningbo');
    expect(englishOfCode('152500')).toBe('Xilingol League');
    expect(place('达尔罕茂明安联合旗', 'county', '150223').name).toMatch(/ Banner$/);
  });

  it('names a division of the list, held or not, as a held place is named: English first, the Chinese beside', () => {
    expect(divisionLabel(divisionByCode('320813')!, 'en')).toBe('Hongze District 洪泽区');
    // 淮安区 reads alike, so the prefecture carries its province, as every page names it.
    expect(divisionLabel(divisionByCode('320800')!, 'en')).toBe("Huai'an, Jiangsu 淮安市");
    expect(divisionLabel(divisionByCode('320800')!, 'zh')).toBe('淮安市');
  });

  it('names development zones, new areas and management areas by their kind in English, the places in them word by word', () => {
    expect(englishOfCode('320371')).toBe('Xuzhou Economic and Technological Development Zone');
    expect(englishOfCode('130171')).toBe('Shijiazhuang High-tech Industrial Development Zone');
    expect(englishOfCode('130271')).toBe('Hebei Tangshan Lutai Economic Development Zone');
    expect(englishOfCode('130272')).toBe('Tangshan Hangu Management Area');
    expect(englishOfCode('150172')).toBe('Hohhot Economic and Technological Development Zone');
    expect(englishOfCode('320576')).toBe('Suzhou Industrial Park');
    expect(englishOfCode('152571')).toBe('Ulgai Management Area Administrative Committee');
    expect(englishOfCode('310115')).toBe('Pudong New Area');
    expect(englishOfCode('130107')).toBe('Jingxing Mining District');
    expect(place('平潭综合实验区', 'zone', null, '福建省').name).toBe('Pingtan Comprehensive Pilot Zone');
    // A name that only ends in the characters of a kind is a district's own name.
    expect(englishOfCode('441803')).toBe('Qingxin District');
    expect(englishOfCode('140109')).toBe('Wanbolin District');
    expect(englishOfCode('429021')).toBe('Shennongjia Forestry District');
  });

  it('names the peoples of autonomous places and the parts of banners in English', () => {
    expect(englishOfCode('130828')).toBe('Weichang Manchu and Mongol Autonomous County');
    expect(englishOfCode('222400')).toBe('Yanbian Korean Autonomous Prefecture');
    expect(englishOfCode('530925')).toBe('Shuangjiang Lahu, Va, Blang and Dai Autonomous County');
    expect(englishOfCode('450328')).toBe('Longsheng Multi-ethnic Autonomous County');
    // A people without 族, and a name that is the people's own.
    expect(englishOfCode('620924')).toBe('Akesai Kazakh Autonomous County');
    expect(englishOfCode('150723')).toBe('Oroqen Autonomous Banner');
    expect(englishOfCode('211324')).toBe('Harqin Left Wing Mongol Autonomous County');
    expect(englishOfCode('150521')).toBe('Horqin Left Wing Middle Banner');
    expect(englishOfCode('150223')).toBe('Darhan Muminggan United Banner');
    expect(englishOfCode('152200')).toBe('Hinggan League');
    // No name of the list is left with 族 read as pinyin, or a kind of zone run into its name.
    for (const d of allDivisions()) {
      const english = englishOfCode(d.code);
      expect(english, d.name).not.toMatch(/\B(jingji|kaifa|gaoxin|chanye|yuanqu|guanli|shifan|xinqu|kuangqu)/);
      if (d.name.includes('族')) expect(english, d.name).not.toMatch(/zu\b/);
    }
  });

  it('tells apart places that read alike by their province or prefecture', () => {
    expect(place('阜阳市', 'prefecture', '341200').distinct).toBe('Fuyang, Anhui');
    expect(place('富阳区', 'district', '330111').distinct).toBe('Fuyang District, Hangzhou');
    expect(place('鼓楼区', 'district', '350102').distinct).toBe('Gulou District, Fuzhou');
    expect(place('鼓楼区', 'district', '320106').distinct).toBe('Gulou District, Nanjing');
    // A name nobody else reads alike stays short.
    expect(place('洪泽区', 'district', '320813').distinct).toBe('Hongze District');
    // The prefecture as it is officially called: 呼和浩特 is Hohhot, never Huhehaote.
    expect(place('新城区', 'district', '150102').distinct).toBe('Xincheng District, Hohhot');
    expect(Object.keys(ENGLISH_OVERRIDES).length).toBeGreaterThan(20);
  });
});
