/** Page geometry, colours and paragraph styles of the DOCX documents (A4, 2 cm margins). */
import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

export const PAGE = { width: 11_906, height: 16_838, margin: 1_134 };
export const CONTENT_WIDTH_TWIPS = PAGE.width - 2 * PAGE.margin;

/** Bootstrap Italia's primary blue and light fills for header, section and total rows. */
export const DOCX_COLOURS = { primary: '0066CC', text: '1A1A1A', header: 'D9E8F7', section: 'EEF3F8', total: 'F2F2F2' };

const FONT = 'Liberation Sans';

export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 20, color: DOCX_COLOURS.text }, paragraph: { spacing: { after: 100, line: 264 } } },
    heading1: { run: { font: FONT, size: 30, bold: true, color: DOCX_COLOURS.primary }, paragraph: { spacing: { before: 360, after: 160 } } },
    heading2: { run: { font: FONT, size: 25, bold: true, color: DOCX_COLOURS.primary }, paragraph: { spacing: { before: 280, after: 120 } } },
    heading3: { run: { font: FONT, size: 22, bold: true, color: DOCX_COLOURS.text }, paragraph: { spacing: { before: 220, after: 100 } } },
  },
  paragraphStyles: [
    { id: 'TableCaption', name: 'Table caption', basedOn: 'Normal', run: { bold: true, size: 18, color: DOCX_COLOURS.primary }, paragraph: { spacing: { before: 120, after: 60 } } },
    { id: 'Note', name: 'Note', basedOn: 'Normal', run: { italics: true, size: 18 } },
    { id: 'TocTitle', name: 'TOC title', basedOn: 'Normal', run: { bold: true, size: 30, color: DOCX_COLOURS.primary }, paragraph: { spacing: { after: 200 } } },
    { id: 'CoverEntity', name: 'Cover entity', basedOn: 'Normal', run: { size: 32, color: DOCX_COLOURS.primary }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 600 } } },
    { id: 'CoverTitle', name: 'Cover title', basedOn: 'Normal', run: { size: 52, bold: true }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 300 } } },
    { id: 'CoverSubtitle', name: 'Cover subtitle', basedOn: 'Normal', run: { size: 28 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 900 } } },
    { id: 'CoverLine', name: 'Cover line', basedOn: 'Normal', run: { size: 22 }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
  ],
};

export const DOCX_NUMBERING: INumberingOptions = {
  config: [{
    reference: 'ordered-list',
    levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 500, hanging: 260 } } } }],
  }],
};
