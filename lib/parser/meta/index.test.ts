import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMeta } from './index';

const seed = (name: string) => readFileSync(`data/reports/seeds/${name}`, 'utf8');
const at = (text: string, span: [number, number] | undefined) => (span ? text.slice(span[0], span[1]) : undefined);

describe('readMeta on the seeds', () => {
  it('000 Fuyang: title line under a breadcrumb and an 索引号 block, signature at the end', () => {
    const text = seed('000-fuyang-2020.txt');
    const { meta, issues } = readMeta(text);
    expect(meta).toMatchObject({
      body: '阜阳市人民政府',
      place: '阜阳市',
      level: 'prefecture',
      province: '安徽省',
      divisionCode: '341200',
      year: 2020,
      title: '阜阳市人民政府2020年度政府信息公开工作报告',
      publishedOn: '2021-03-08',
      issuer: '阜阳市政务公开办公室',
      scope: 'aggregate',
    });
    expect(at(text, meta.spans.issuer)).toBe('阜阳市政务公开办公室');
    expect(at(text, meta.spans.scope)).toContain('全市新收依申请');
    expect(issues).toEqual([]);
  });

  it('001 Yiyang: no title line; body from the compiling sentence, province from the division list', () => {
    const text = seed('001-yiyang-2020.txt');
    const { meta } = readMeta(text);
    expect(meta).toMatchObject({
      body: '弋阳县人民政府',
      place: '弋阳县',
      level: 'county',
      province: '江西省',
      divisionCode: '361126',
      year: 2020,
      title: null,
      issuer: '弋阳县人民政府办公室',
      scope: 'aggregate',
    });
    expect(at(text, meta.spans.body)).toBe('弋阳县人民政府');
    expect(at(text, meta.spans.scope)).toMatch(/^综合全县17个乡镇\(街道\)人民政府、有关部门/);
  });

  it('002 Ningbo: a title naming only the place stands for its government', () => {
    const text = seed('002-ningbo-2020.txt');
    const { meta } = readMeta(text);
    expect(meta).toMatchObject({
      body: '宁波市人民政府',
      place: '宁波市',
      divisionCode: '330200',
      year: 2020,
      scope: 'aggregate',
      issuer: '宁波市人民政府办公厅',
    });
    expect(at(text, meta.spans.body)).toBe('宁波市人民政府');
    expect(at(text, meta.spans.scope)).toMatch(/^综合政府各级行政机关/);
  });

  it('003 Wulanchabu office: one office, agency scope, title inside a sentence', () => {
    const { meta } = readMeta(seed('003-wulanchabu-office-2020.txt'));
    expect(meta).toMatchObject({
      body: '乌兰察布市政府办公室',
      place: '乌兰察布市',
      level: 'office',
      province: '内蒙古自治区',
      divisionCode: '150900',
      year: 2020,
      scope: 'agency',
    });
  });

  it('004 Shangqiu 2017: the provincial portal header does not make it a provincial report', () => {
    const text = seed('004-shangqiu-2017.txt');
    const { meta } = readMeta(text);
    expect(meta).toMatchObject({
      body: '商丘市人民政府',
      place: '商丘市',
      level: 'prefecture',
      province: '河南省',
      divisionCode: '411400',
      year: 2017,
      title: '商丘市2017年政府信息公开年度工作报告',
      publishedOn: '2018-03-27',
      issuer: '商丘市人民政府办公室政府信息公开办公室',
      scope: 'aggregate',
    });
    expect(at(text, meta.spans.scope)).toMatch(/^综合全市各县\(区\)政府和市政府各部门/);
  });

  it('pingtan 2022: a zone the division list names otherwise', () => {
    const { meta } = readMeta(readFileSync('data/reports/corpus/pingtan_2022.txt', 'utf8'));
    expect(meta).toMatchObject({
      body: '平潭综合实验区',
      place: '平潭综合实验区',
      divisionCode: '350128',
      province: '福建省',
      year: 2022,
      publishedOn: '2023-02-20',
      scope: 'aggregate',
    });
  });
});

describe('readMeta on damaged and other layouts', () => {
  it('a PDF title wrapped over two lines, with spaced digits', () => {
    const text =
      '淮安市洪泽区人民政府\n2024 年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室根据《条例》要求编制此报告。报告中所列数据统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止。';
    const { meta } = readMeta(text);
    expect(meta).toMatchObject({
      body: '淮安市洪泽区人民政府',
      place: '淮安市洪泽区',
      level: 'district',
      divisionCode: '320813',
      year: 2024,
      issuer: '淮安市洪泽区人民政府办公室',
    });
    expect(meta.title).toBe('淮安市洪泽区人民政府2024年政府信息公开工作年度报告');
  });

  it('breadcrumb, site header and 索引号 block before a department report; Chinese-numeral signature date', () => {
    const text = [
      '当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 政府信息公开年报',
      '索 引 号：11341200003135211F/202101-00012  发布机构：阜阳市教育局',
      '阜阳市教育局2020年政府信息公开工作年度报告',
      '本报告所列数据统计期限自２０２０年１月１日起至２０２０年１２月３１日止。',
      '本机关全年新收政府信息公开申请12件。',
      '阜阳市教育局',
      '二〇二一年一月二十八日',
      '【打印本页】 【关闭窗口】',
    ].join('\n');
    const { meta, issues } = readMeta(text);
    expect(meta).toMatchObject({
      body: '阜阳市教育局',
      place: '阜阳市',
      level: 'department',
      scope: 'agency',
      year: 2020,
      publishedOn: '2021-01-28',
      issuer: '阜阳市教育局',
    });
    expect(issues).toEqual([]);
  });

  it('a repeated district name is resolved by the prefecture the text mentions, or left unresolved', () => {
    const fuzhou = '鼓楼区人民政府2021年政府信息公开工作年度报告\n地址：福州市鼓楼区东街';
    expect(readMeta(fuzhou).meta).toMatchObject({
      body: '鼓楼区人民政府',
      place: '鼓楼区',
      divisionCode: '350102',
      province: '福建省',
      level: 'district',
    });
    const bare = '鼓楼区人民政府2021年政府信息公开工作年度报告';
    expect(readMeta(bare).meta).toMatchObject({ place: '鼓楼区', divisionCode: null, level: null });
  });

  it('text with no body, place or year gives three META_MISSING issues and no guesses', () => {
    const { meta, issues } = readMeta('第一章 风雪夜归人。他推开门，屋里只有一盏灯。\n第二章 天亮了。');
    expect(meta).toMatchObject({ body: null, place: null, year: null, title: null, scope: null, divisionCode: null });
    expect(issues.map((i) => i.code)).toEqual(['META_MISSING', 'META_MISSING', 'META_MISSING']);
  });
});
