import { describe, expect, it } from 'vitest';
import { formatHeader, isBackupStatement, parseHeader, quoteIdentifier, quoteText, sqlLiteral } from './backup-format.js';

describe('backup literals', () => {
  it('quotes text on one line, doubling quotes, escaping line breaks and backslashes', () => {
    expect(quoteText("Camera dell'Esempio")).toBe("'Camera dell''Esempio'");
    expect(quoteText('riga 1\nriga 2')).toBe("E'riga 1\\nriga 2'");
    expect(quoteText("C:\\dati\\l'anno")).toBe("E'C:\\\\dati\\\\l\\'anno'");
    expect(quoteText('tab\there\r\n')).toBe("E'tab\\there\\r\\n'");
    expect(quoteText('città – €')).toBe("'città – €'");
  });

  it('writes nulls, booleans, numbers, strings and jsonb values', () => {
    expect(sqlLiteral(null, false)).toBe('NULL');
    expect(sqlLiteral(null, true)).toBe('NULL');
    expect(sqlLiteral(true, false)).toBe('TRUE');
    expect(sqlLiteral(false, false)).toBe('FALSE');
    expect(sqlLiteral(33.33, false)).toBe('33.33');
    expect(sqlLiteral(1e21, false)).toBe('1e+21');
    expect(sqlLiteral('2026-04-30', false)).toBe("'2026-04-30'");
    expect(sqlLiteral('2026-05-12T08:30:00+00:00', false)).toBe("'2026-05-12T08:30:00+00:00'");
    expect(sqlLiteral({ it: "l'ente", n: [1, null, true] }, true)).toBe(`'{"it":"l''ente","n":[1,null,true]}'::jsonb`);
    expect(sqlLiteral('solo testo', true)).toBe(`'"solo testo"'::jsonb`);
    expect(sqlLiteral({ note: 'a\nb' }, true)).toBe(`E'{"note":"a\\\\nb"}'::jsonb`);
    expect(() => sqlLiteral({ a: 1 }, false)).toThrow(TypeError);
  });

  it('quotes identifiers', () => {
    expect(quoteIdentifier('audit_log')).toBe('"audit_log"');
    expect(quoteIdentifier('we"ird')).toBe('"we""ird"');
  });
});

describe('backup header', () => {
  it('writes and reads back the header', () => {
    const header = { format: 1, migrations: { count: 5, lastHash: 'abc123' }, created: '2026-05-01T10:00:00.000Z', rows: { entities: 1, audit_log: 42 } };
    const text = formatHeader(header);
    expect(text.split('\n')[0]).toBe('-- traguardo-backup');
    expect(parseHeader(text.split('\n'))).toEqual(header);
  });

  it('rejects text that is not a backup or lacks a field', () => {
    expect(parseHeader(['SELECT 1;'])).toBeUndefined();
    expect(parseHeader(['-- traguardo-backup', '-- format: 1'])).toBeUndefined();
  });

  it('accepts only INSERT and setval statements', () => {
    expect(isBackupStatement('INSERT INTO "entities" ("id") VALUES (\'x\');')).toBe(true);
    expect(isBackupStatement(`SELECT setval(pg_get_serial_sequence('"audit_log"', 'id'), 5, true);`)).toBe(true);
    expect(isBackupStatement('DROP TABLE entities;')).toBe(false);
    expect(isBackupStatement('insert into entities values (1);')).toBe(false);
  });
});
