/**
 * Locates the first syntax error of a JSON text. `JSON.parse` reports a position only for some errors
 * and only in English, so after it fails this small scanner walks the JSON grammar to find where.
 */

export interface JsonSyntaxError {
  offset: number;
  /** The offending character, or undefined at the end of the text. */
  found: string | undefined;
  expected: { it: string; en: string };
}

const MAX_DEPTH = 1_000;

class Failure {
  constructor(readonly error: JsonSyntaxError) {}
}

class Scanner {
  private offset = 0;
  constructor(private readonly text: string) {}

  document(): void {
    this.whitespace();
    this.value(0);
    this.whitespace();
    if (this.offset < this.text.length) this.fail({ it: 'la fine del documento', en: 'the end of the document' });
  }

  private fail(expected: { it: string; en: string }): never {
    throw new Failure({ offset: this.offset, found: this.text[this.offset], expected });
  }

  private whitespace(): void {
    while (/[ \t\n\r]/.test(this.text[this.offset] ?? '')) this.offset++;
  }

  private value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail({ it: 'meno livelli di annidamento', en: 'less nesting' });
    const char = this.text[this.offset];
    if (char === '{') return this.object(depth);
    if (char === '[') return this.array(depth);
    if (char === '"') return this.string();
    if (char === '-' || /[0-9]/.test(char ?? '')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.offset)) {
        this.offset += word.length;
        return;
      }
    }
    this.fail({ it: 'un valore (oggetto, lista, testo tra virgolette, numero, true, false o null)', en: 'a value (object, array, quoted string, number, true, false or null)' });
  }

  private object(depth: number): void {
    this.offset++;
    this.whitespace();
    if (this.text[this.offset] === '}') {
      this.offset++;
      return;
    }
    for (;;) {
      if (this.text[this.offset] !== '"') this.fail({ it: 'un nome di campo tra virgolette doppie', en: 'a field name in double quotes' });
      this.string();
      this.whitespace();
      if (this.text[this.offset] !== ':') this.fail({ it: '":" dopo il nome del campo', en: '":" after the field name' });
      this.offset++;
      this.whitespace();
      this.value(depth + 1);
      this.whitespace();
      if (this.closes('}', { it: '"," oppure "}"', en: '"," or "}"' })) return;
    }
  }

  private array(depth: number): void {
    this.offset++;
    this.whitespace();
    if (this.text[this.offset] === ']') {
      this.offset++;
      return;
    }
    for (;;) {
      this.value(depth + 1);
      this.whitespace();
      if (this.closes(']', { it: '"," oppure "]"', en: '"," or "]"' })) return;
    }
  }

  /** After an item: `,` continues (and must be followed by another item), the closer ends. */
  private closes(closer: string, expected: { it: string; en: string }): boolean {
    const char = this.text[this.offset];
    if (char === closer) {
      this.offset++;
      return true;
    }
    if (char !== ',') this.fail(expected);
    this.offset++;
    this.whitespace();
    if (this.text[this.offset] === closer) this.fail({ it: 'un altro elemento (virgola finale non ammessa)', en: 'another item (no trailing comma)' });
    return false;
  }

  private string(): void {
    this.offset++;
    for (;;) {
      const char = this.text[this.offset];
      if (char === undefined) this.fail({ it: 'le virgolette di chiusura', en: 'the closing quote' });
      if (char === '"') {
        this.offset++;
        return;
      }
      if (char < ' ') this.fail({ it: 'un carattere ammesso nel testo (i ritorni a capo si scrivono \\n)', en: 'a character allowed in a string (write line breaks as \\n)' });
      if (char === '\\') this.escape();
      else this.offset++;
    }
  }

  private escape(): void {
    this.offset++;
    const char = this.text[this.offset];
    if (char !== undefined && '"\\/bfnrt'.includes(char)) {
      this.offset++;
      return;
    }
    if (char === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.offset + 1, this.offset + 5))) {
      this.offset += 5;
      return;
    }
    this.fail({ it: 'una sequenza di escape valida', en: 'a valid escape sequence' });
  }

  private number(): void {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.offset, this.offset + 400));
    if (!match) this.fail({ it: 'un numero (es. 12 o 0.5)', en: 'a number (e.g. 12 or 0.5)' });
    this.offset += match[0].length;
  }
}

/** The first syntax error of the JSON text, or undefined when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    new Scanner(text).document();
    return undefined;
  } catch (error) {
    if (error instanceof Failure) return error.error;
    throw error;
  }
}

/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
