import t from 'tap';
import { decodeInput } from '../../src/ingest/bytes.ts';

t.test('decodeInput: UTF-8, byte-order marks, declared and given charsets, windows-1252 fallback', async (t) => {
  const text = 'Zoë met the mayor of Köln — “briefly”.';
  t.equal(decodeInput(Buffer.from(text, 'utf8'), 'text'), text);
  t.equal(decodeInput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'text'), text, 'BOM dropped');
  t.equal(decodeInput(Buffer.from('Zoë in Köln', 'latin1'), 'text'), 'Zoë in Köln', 'not UTF-8: windows-1252');
  t.equal(decodeInput(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'text'), text, 'UTF-16LE with its BOM');
  t.equal(decodeInput(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"text":"Zoë"}', 'utf16le')]), 'json'), '{"text":"Zoë"}', 'a UTF-16 JSON record');
  const be = Buffer.from(text, 'utf16le').swap16();
  t.equal(decodeInput(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'text'), text, 'UTF-16BE with its BOM');
  t.equal(decodeInput(Buffer.from('Zoë in Köln', 'latin1'), 'text', 'iso-8859-1'), 'Zoë in Köln', 'the given charset');
  t.equal(decodeInput(Buffer.from('Zoë', 'utf8'), 'text', 'no-such-charset'), 'Zoë', 'an unknown label reads UTF-8');
  const page = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>Caf'), Buffer.from([0xe9, 0x20, 0x93]), Buffer.from('quoted'), Buffer.from([0x94, 0x3c, 0x2f, 0x70, 0x3e])]);
  t.equal(decodeInput(page, 'html'), '<meta charset="windows-1252"><p>Café “quoted”</p>', 'a page is decoded by its own declaration');
});
