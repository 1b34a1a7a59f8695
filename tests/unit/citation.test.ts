/**
 * The three citation formats: one CSL-JSON record, from which Citation.js derives the Chicago
 * reference and the BibTeX entry; and the facts a segment's citation is built from.
 */
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { CHICAGO, cslItem, passageCitation, type CitedPassage } from '../../src/lib/citation';
import { citedPassage, citedSummary, eventInFull, eventName } from '../../src/lib/cite-passage';
import type { Person } from '../../src/model/schemas';
import type { SegmentRecord, SummaryRecord } from '../../src/model/transcript-types';
import type { Transcript } from '../../src/lib/transcripts';

const passage: CitedPassage = {
  key: 'lavrov-tillerson-2017-04-12/a-cyber',
  speaker: { given: 'Sergey', family: 'Lavrov' },
  title: 'Answer on election interference and cyber-weapons',
  event: 'Joint news conference of Sergey Lavrov and Rex Tillerson',
  place: 'Moscow',
  date: '2017-04-12',
  publisher: 'Foreign Ministry of the Russian Federation / RedGlobe',
  url: 'https://example.org/lavrov-tillerson-2017-04-12/a-cyber/',
  accessed: '2026-11-29',
};
const question: CitedPassage = {
  ...passage,
  key: 'lavrov-tillerson-2017-04-12/q-assad',
  speaker: undefined,
  title: 'Question on how long Russia will back Assad',
  url: 'https://example.org/lavrov-tillerson-2017-04-12/q-assad/',
};

describe('citation formats', () => {
  it('plain text is the Chicago bibliography entry: author, title, the event in full, place, date, URL', () => {
    expect(passageCitation(passage).plain).toBe(
      'Lavrov, Sergey. “Answer on Election Interference and Cyber-Weapons.” Presented at the Joint news conference of Sergey Lavrov and Rex Tillerson, Moscow, April 12, 2017. https://example.org/lavrov-tillerson-2017-04-12/a-cyber/.',
    );
  });

  it('a question, by an unnamed journalist, starts with its title and still names the whole event', () => {
    expect(passageCitation(question).plain).toBe(
      '“Question on How Long Russia Will Back Assad.” Presented at the Joint news conference of Sergey Lavrov and Rex Tillerson, Moscow, April 12, 2017. https://example.org/lavrov-tillerson-2017-04-12/q-assad/.',
    );
  });

  it('BibTeX is a BibLaTeX @unpublished entry (the type for a talk) with the event, its place and date', () => {
    expect(passageCitation(passage).bibtex).toMatchInlineSnapshot(`
      "@unpublished{lavrov_tillerson_2017_04_12_a_cyber,
      	note = {[Online; accessed 2026-11-29]},
      	urldate = {2026-11-29},
      	author = {Lavrov, Sergey},
      	eventdate = {2017-04-12},
      	venue = {Moscow},
      	eventtitle = {Joint news conference of {Sergey} {Lavrov} and {Rex} {Tillerson}},
      	date = {2017-04-12},
      	publisher = {Foreign Ministry of the Russian Federation / RedGlobe},
      	title = {Answer on election interference and cyber-weapons},
      	url = {https://example.org/lavrov-tillerson-2017-04-12/a-cyber/},
      }"
    `);
  });

  it('BibTeX escapes the characters LaTeX treats as special', () => {
    const { bibtex } = passageCitation({ ...passage, title: 'Sanctions & “evidence”: 100% of $5 #1 a_b' });
    expect(bibtex).toContain(
      "title = {Sanctions \\& ``evidence'': 100\\% of \\textdollar{}5 \\#1 a\\textunderscore{}b}",
    );
  });

  it('BibTeX leaves out the author of an unnamed questioner', () => {
    expect(passageCitation(question).bibtex).not.toContain('author');
  });

  it('CSL-JSON is the record itself: an array with one speech item, its event and date-parts', () => {
    expect(JSON.parse(passageCitation(passage).csl)).toEqual([
      {
        id: 'lavrov-tillerson-2017-04-12/a-cyber',
        'citation-key': 'lavrov_tillerson_2017_04_12_a_cyber',
        type: 'speech',
        title: 'Answer on election interference and cyber-weapons',
        author: [{ family: 'Lavrov', given: 'Sergey' }],
        'event-title': 'Joint news conference of Sergey Lavrov and Rex Tillerson',
        'event-place': 'Moscow',
        'event-date': { 'date-parts': [[2017, 4, 12]] },
        issued: { 'date-parts': [[2017, 4, 12]] },
        publisher: 'Foreign Ministry of the Russian Federation / RedGlobe',
        URL: 'https://example.org/lavrov-tillerson-2017-04-12/a-cyber/',
        accessed: { 'date-parts': [[2026, 11, 29]] },
      },
    ]);
    expect(JSON.parse(passageCitation(passage).csl)).toEqual([cslItem(passage)]);
  });

  it('the three agree: BibTeX and CSL-JSON read back in Citation.js give the same reference', () => {
    const { plain, bibtex, csl } = passageCitation(passage);
    const chicago = (input: string) =>
      new Cite(input).format('bibliography', { format: 'text', template: CHICAGO, lang: 'en-US', downgradeCsl: true });
    expect(chicago(csl).trim()).toBe(plain);
    // BibLaTeX's @unpublished reads back as a manuscript; what it says is the same.
    expect(new Cite(bibtex).data[0]).toMatchObject({
      title: passage.title,
      author: [{ family: 'Lavrov', given: 'Sergey' }],
      'event-title': passage.event,
      'event-place': 'Moscow',
      issued: { 'date-parts': [[2017, 4, 12]] },
      URL: passage.url,
    });
  });
});

describe('a segment’s citation facts', () => {
  const people = new Map<string, Person>([
    ['lavrov', { id: 'lavrov', name: 'Sergey Lavrov', role: 'Minister' }],
    ['tillerson', { id: 'tillerson', name: 'Rex Tillerson', role: 'Secretary of State' }],
    ['journalist', { id: 'journalist', name: 'Journalist', role: 'Press' }],
  ]);
  const transcript = {
    event: 'lavrov-tillerson-2017-04-12',
    occasion: 'Joint news conference',
    participants: ['lavrov', 'tillerson'],
    place: 'Moscow',
    date: '2017-04-12',
    source: { publisher: 'Foreign Ministry of the Russian Federation / RedGlobe' },
  } as Transcript;
  const segment = (kind: SegmentRecord['kind'], speaker: string, title: string) =>
    ({ id: `${kind}-x`, kind, speaker, title }) as SegmentRecord;
  const site = new URL('https://example.org/');

  it('names the event from the front matter: occasion, participants, place and date', () => {
    expect(eventName(transcript, people)).toBe('Joint news conference of Sergey Lavrov and Rex Tillerson');
    expect(eventInFull(transcript, people)).toBe(
      'Joint news conference of Sergey Lavrov and Rex Tillerson, Moscow, 12 April 2017',
    );
    expect(eventName({ ...transcript, occasion: 'Press briefing', participants: ['lavrov'] }, people)).toBe(
      'Press briefing of Sergey Lavrov',
    );
  });

  it('keeps the speaker as author of remarks and answers, and names no author for a question', () => {
    const answer = citedPassage(
      transcript,
      segment('answer', 'lavrov', 'Election interference'),
      people,
      site,
      '2026-12-01',
    );
    expect(answer).toMatchObject({
      speaker: { given: 'Sergey', family: 'Lavrov' },
      title: 'Answer on election interference',
      event: 'Joint news conference of Sergey Lavrov and Rex Tillerson',
      url: 'https://example.org/lavrov-tillerson-2017-04-12/answer-x/',
    });
    const asked = citedPassage(transcript, segment('question', 'journalist', 'Assad'), people, site, '2026-12-01');
    expect(asked.speaker).toBeUndefined();
    expect(asked.title).toBe('Question on assad');
  });

  it('cites one of the site’s summaries as the site’s work, never as the summarised speaker’s words', () => {
    const summary = {
      id: 's-cyber',
      kind: 'answer',
      speaker: 'tillerson',
      title: 'Election interference and cyber-weapons',
    } as SummaryRecord;
    const cited = citedSummary(
      transcript,
      summary,
      people,
      site,
      '2026-12-01',
      'Lavrov–Tillerson, Moscow, 12 April 2017',
    );
    expect(cited).toMatchObject({
      speaker: undefined,
      author: 'Lavrov–Tillerson, Moscow, 12 April 2017',
      publisher: 'Lavrov–Tillerson, Moscow, 12 April 2017',
      url: 'https://example.org/lavrov-tillerson-2017-04-12/s-cyber/',
    });
    expect(cited.title).toBe(
      'Summary of Rex Tillerson’s answer on election interference and cyber-weapons, Joint news conference of Sergey Lavrov and Rex Tillerson, Moscow, 12 April 2017',
    );
    const { plain, bibtex, csl } = passageCitation(cited);
    expect(JSON.parse(csl)[0]).toMatchObject({ type: 'webpage', author: [{ literal: cited.author }] });
    expect(plain.startsWith('Lavrov–Tillerson, Moscow, 12 April 2017. “Summary of Rex Tillerson’s Answer')).toBe(true);
    // Tillerson is what the summary is about, never its author.
    expect(bibtex).toMatch(/author = \{\{?Lavrov–Tillerson/);
    expect(bibtex).not.toMatch(/author = \{Tillerson/);
  });
});
