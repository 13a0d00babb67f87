import { describe, expect, it } from 'vitest';
import { divisionByCode, divisionsOf, findDivisions, formerNamesOf, PROVINCE_NAMES, resolvePlace } from './index';

describe('resolvePlace', () => {
  it('resolves the bundled places to their GB/T 2260 codes', () => {
    expect(resolvePlace('阜阳市')).toMatchObject({ code: '341200', level: 'prefecture', province: '安徽省' });
    expect(resolvePlace('弋阳县')).toMatchObject({ code: '361126', level: 'county', province: '江西省', prefecture: '上饶市' });
    expect(resolvePlace('宁波市')?.code).toBe('330200');
    expect(resolvePlace('乌兰察布市')).toMatchObject({ code: '150900', province: '内蒙古自治区' });
    expect(resolvePlace('商丘市')?.code).toBe('411400');
    expect(resolvePlace('淮安市')?.code).toBe('320800');
    expect(resolvePlace('洪泽区')).toMatchObject({ code: '320813', level: 'district', prefecture: '淮安市' });
    expect(resolvePlace('淮安市洪泽区')?.code).toBe('320813');
    expect(resolvePlace('平潭综合实验区')).toMatchObject({ code: '350128', province: '福建省' });
    expect(resolvePlace('江西省上饶市弋阳县')?.code).toBe('361126');
    expect(resolvePlace('江西省')).toMatchObject({ code: '360000', level: 'province' });
  });

  it('needs a hint or a composite name when a name repeats', () => {
    expect(findDivisions('鼓楼区').length).toBeGreaterThan(1);
    expect(resolvePlace('鼓楼区')).toBeNull();
    expect(resolvePlace('鼓楼区', '福建省')?.code).toBe('350102'); // the only one in Fujian
    expect(resolvePlace('鼓楼区', '福州市')?.code).toBe('350102');
    expect(resolvePlace('福州市鼓楼区')?.code).toBe('350102');
    expect(resolvePlace('鼓楼区', '江苏')).toBeNull(); // two in Jiangsu (南京, 徐州)
    expect(resolvePlace('徐州市鼓楼区')?.code).toBe('320302');
  });

  it('matches a former division to the one it became: 洪泽县 (until 2016) is 洪泽区', () => {
    expect(resolvePlace('洪泽县')).toMatchObject({ code: '320813', name: '洪泽区' });
    expect(resolvePlace('淮安市洪泽县')?.code).toBe('320813');
    expect(formerNamesOf('320813')).toEqual([{ name: '洪泽县', formerCode: '320829', code: '320813', changedIn: 2016 }]);
  });

  it('lists every division of a province in code order: Jiangsu is itself, 13 prefectures and 104 counties and districts', () => {
    const jiangsu = divisionsOf('江苏省');
    expect(jiangsu).toHaveLength(118);
    expect(jiangsu[0]).toMatchObject({ code: '320000', level: 'province' });
    expect(jiangsu.filter((d) => d.level === 'prefecture')).toHaveLength(13);
    const huaian = jiangsu.findIndex((d) => d.code === '320800');
    expect(jiangsu[huaian + 1]!.prefecture).toBe('淮安市');
    expect(divisionsOf('不存在省')).toEqual([]);
    expect(PROVINCE_NAMES).toHaveLength(31);
  });

  it('knows prefecture-level cities without counties once, as prefectures', () => {
    const cities: Record<string, string> = { 东莞市: '441900', 中山市: '442000', 儋州市: '460400' };
    for (const [name, code] of Object.entries(cities))
      expect(resolvePlace(name)).toMatchObject({ code, level: 'prefecture', prefecture: null });
    expect(findDivisions('东莞市')).toHaveLength(1);
  });

  it('accepts names printed without their suffix, and rejects unknown names', () => {
    expect(resolvePlace('阜阳')?.code).toBe('341200');
    expect(resolvePlace('内蒙古')?.code).toBe('150000');
    expect(resolvePlace('不存在市')).toBeNull();
    expect(resolvePlace('')).toBeNull();
    expect(divisionByCode('361126')?.name).toBe('弋阳县');
  });
});
