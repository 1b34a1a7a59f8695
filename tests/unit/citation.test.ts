/** The three citation formats, and BibTeX escaping. */
import { describe, expect, it } from 'vitest';
import {
  bibtexCitation,
  cslJsonCitation,
  escapeBibtex,
  plainCitation,
  type CitedPassage,
} from '../../src/lib/citation';

const passage: CitedPassage = {
  key: 'lavrov-tillerson-2017-04-12/a-cyber',
  speaker: { given: 'Sergey', family: 'Lavrov' },
  title: 'Answer on election interference and cyber-weapons',
  event: 'Joint news conference with Rex Tillerson',
  place: 'Moscow',
  date: '2017-04-12',
  publisher: 'Foreign Ministry of the Russian Federation / RedGlobe',
  url: 'https://example.org/lavrov-tillerson-2017-04-12/a-cyber/',
  accessed: '2026-11-29',
};

describe('citations', () => {
  it('plain text follows Chicago: author, title in quotes, event, place, date, publisher, URL, access date', () => {
    expect(plainCitation(passage)).toBe(
      'Lavrov, Sergey. “Answer on election interference and cyber-weapons.” Joint news conference with Rex Tillerson, Moscow, April 12, 2017. Text: Foreign Ministry of the Russian Federation / RedGlobe. https://example.org/lavrov-tillerson-2017-04-12/a-cyber/ (accessed November 29, 2026).',
    );
  });

  it('plain text starts with the title when the speaker is not named', () => {
    expect(plainCitation({ ...passage, speaker: undefined })).toMatch(/^“Answer on election/);
  });

  it('BibTeX is a @misc entry with a usable key, dates and url', () => {
    expect(bibtexCitation(passage)).toMatchInlineSnapshot(`
      "@misc{lavrov-tillerson-2017-04-12:a-cyber,
        author = {Lavrov, Sergey},
        title = {{Answer on election interference and cyber-weapons}},
        howpublished = {Joint news conference with Rex Tillerson, Moscow},
        date = {2017-04-12},
        year = {2017},
        note = {Text: Foreign Ministry of the Russian Federation / RedGlobe},
        url = {https://example.org/lavrov-tillerson-2017-04-12/a-cyber/},
        urldate = {2026-11-29}
      }"
    `);
  });

  it('BibTeX escapes every LaTeX special character', () => {
    expect(escapeBibtex('R&D 100% $5 #1 a_b {x} ~ ^ \\')).toBe(
      'R\\&D 100\\% \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(bibtexCitation({ ...passage, title: 'Sanctions & “evidence”' })).toContain(
      'title = {{Sanctions \\& “evidence”}}',
    );
  });

  it('BibTeX leaves out the author of an unnamed questioner', () => {
    expect(bibtexCitation({ ...passage, speaker: undefined })).not.toContain('author');
  });

  it('CSL-JSON is an array with one speech item and date-parts', () => {
    expect(JSON.parse(cslJsonCitation(passage))).toEqual([
      {
        id: 'lavrov-tillerson-2017-04-12/a-cyber',
        type: 'speech',
        title: 'Answer on election interference and cyber-weapons',
        author: [{ family: 'Lavrov', given: 'Sergey' }],
        event: 'Joint news conference with Rex Tillerson',
        'event-place': 'Moscow',
        issued: { 'date-parts': [[2017, 4, 12]] },
        publisher: 'Foreign Ministry of the Russian Federation / RedGlobe',
        URL: 'https://example.org/lavrov-tillerson-2017-04-12/a-cyber/',
        accessed: { 'date-parts': [[2026, 11, 29]] },
      },
    ]);
  });
});
