// A minimal zip writer for tests that need a DOCX or an archive: stored or deflated entries, and
// (for bomb tests) an entry that declares another inflated size than it has.

import { crc32, deflateRawSync } from 'node:zlib';

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

export interface ZipOptions {
  deflate?: boolean;
  /** Inflated sizes to declare instead of the real ones, by entry name. */
  declaredSizes?: Record<string, number>;
}

export function zip(files: Record<string, string | Uint8Array>, options: ZipOptions = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const stored = options.deflate ? deflateRawSync(data, { level: 9 }) : data;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const common = [
      u16(20),
      u16(0x0800),
      u16(options.deflate ? 8 : 0),
      u16(0),
      u16(0),
      u32(crc),
      u32(stored.length),
      u32(options.declaredSizes?.[name] ?? data.length),
      u16(nameBytes.length),
      u16(0),
    ];
    const local = Buffer.concat([u32(0x04034b50), ...common, nameBytes, stored]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), nameBytes]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(centrals.length),
    u16(centrals.length),
    u32(central.length),
    u32(offset),
    u16(0),
  ]);
  return new Uint8Array(Buffer.concat([...locals, central, end]));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A cell of docxTable: text, with an optional horizontal span and vertical merge role. */
export interface DocxCell {
  text: string;
  gridSpan?: number;
  vMerge?: 'restart' | 'continue';
}

function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

function cell(c: DocxCell): string {
  const props = `${c.gridSpan ? `<w:gridSpan w:val="${c.gridSpan}"/>` : ''}${c.vMerge ? `<w:vMerge w:val="${c.vMerge}"/>` : ''}`;
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${paragraph(c.text)}</w:tc>`;
}

/** A DOCX of paragraphs and one table placed after the paragraph at index `tableAfter`. */
export function docx(paragraphs: string[], table: DocxCell[][], tableAfter: number, options: ZipOptions = {}): Uint8Array {
  const tbl = `<w:tbl>${table.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
  const body = paragraphs.map((p, i) => paragraph(p) + (i === tableAfter ? tbl : '')).join('');
  return zip(
    {
      '[Content_Types].xml':
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      '_rels/.rels':
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    },
    options,
  );
}

/** A part of docxOf's body: a paragraph of text, or an image (a drawing referring to its media part by r:embed). */
export type DocxPart = string | { image: Uint8Array; extension: string; contentType: string };

const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DRAWING_NS =
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

function drawing(rId: string, n: number): string {
  return (
    `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5400000" cy="3000000"/><wp:docPr id="${n}" name="Picture ${n}"/>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>` +
    `<pic:nvPicPr><pic:cNvPr id="${n}" name="image${n}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  );
}

/** A DOCX of paragraphs and images in the given order, as Word writes them (word/media, word/_rels). */
export function docxOf(parts: DocxPart[]): Uint8Array {
  const files: Record<string, string | Uint8Array> = {};
  const rels: string[] = [];
  const types = new Map<string, string>();
  const body = parts
    .map((p) => {
      if (typeof p === 'string') return paragraph(p.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
      const n = rels.length + 1;
      files[`word/media/image${n}.${p.extension}`] = p.image;
      types.set(p.extension, p.contentType);
      rels.push(
        `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image${n}.${p.extension}"/>`,
      );
      return drawing(`rId${n}`, n);
    })
    .join('');
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      [...types].map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('') +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W} ${R} ${DRAWING_NS}><w:body>${body}</w:body></w:document>`,
    ...files,
  });
}
