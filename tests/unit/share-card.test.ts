/**
 * Social cards: their words are the page's (title and quote read from the real transcript
 * through the real pipeline), their layout input puts those words on the card, every character
 * has a glyph in the bundled fonts, and a drawn card is a 1200×630 PNG within the weight budget.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardLayout, renderCard, titleSize, uncoveredCharacters, type CardNode } from '../../src/build/card-render';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/shared/card-size';
import {
  cardAlt,
  cardImagePath,
  homeCard,
  noteCard,
  passageCard,
  topicCard,
  transcriptCard,
  type ShareCard,
} from '../../src/lib/share-card';
import { openingWords, QUOTE_CHARACTERS } from '../../src/shared/opening-words';
import { HUES, topicColour } from '../../src/lib/topic-palette';
import { plainTextOf, segmentsOf, type PageNote } from '../../src/lib/transcripts';
import { EVENT, loadRealTranscript } from '../support/real-transcript';

const { transcript, people, topics, contentIndex } = await loadRealTranscript();
const segments = segmentsOf(transcript);
const segment = (id: string) => {
  const found = segments.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no segment ${id}`);
  return found;
};

/** Every string drawn by a layout, in order. */
function textsOf(node: CardNode): string[] {
  const { children } = node.props;
  if (children === undefined) return [];
  if (typeof children === 'string') return [children];
  return (Array.isArray(children) ? children : [children]).flatMap(textsOf);
}

/** The notes as pages get them, with their Markdown bodies standing in for rendered HTML. */
const notes: PageNote[] = [...contentIndex.notes].map(([id, note]) => {
  const body = readFileSync(new URL(`../../content/notes/${id}.md`, import.meta.url), 'utf8').split(/^---$/m)[2] ?? '';
  return { id, ...note, html: `<p>${body.trim()}</p>`, citedHtml: `<p>${body.trim()}</p>`, href: `/notes/${id}/` };
});

describe('openingWords', () => {
  it('keeps a text that fits, whole and without an ellipsis', () => {
    expect(openingWords('We haven’t touched upon this subject.', 80)).toBe('We haven’t touched upon this subject.');
  });

  it('cuts at a word boundary, drops the dangling comma and adds an ellipsis', () => {
    expect(openingWords('For my part, I would like to say', 12)).toBe('For my part…');
    expect(openingWords('For my part, I would like to say', 14)).toBe('For my part, I…');
  });

  it('closes a quotation the cut leaves open', () => {
    expect(openingWords('Putin “ordered an influence campaign in 2016” aimed at the election', 40)).toBe(
      'Putin “ordered an influence campaign in…”',
    );
  });

  it('never returns more than the limit plus the ellipsis, and cuts inside a word longer than the limit', () => {
    for (const limit of [5, 20, 60, QUOTE_CHARACTERS]) {
      const text = plainTextOf(transcript, segment('a-cyber'));
      expect(openingWords(text, limit).length).toBeLessThanOrEqual(limit + 1);
    }
    expect(openingWords('Supercalifragilistic', 5)).toBe('Super…');
  });
});

describe('a passage card', () => {
  it('says what the passage page says: its title, its speaker, the date and place, and its opening words', () => {
    const card = passageCard(transcript, segment('a-cyber'), people, topics);
    expect(card).toMatchObject({
      image: `og/${EVENT}/a-cyber.png`,
      kicker: 'Question 3 of 7, answer',
      title: 'Election interference and cyber-weapons',
      byline: ['Sergey Lavrov', 'answer'],
      dateline: ['12 April 2017', 'Moscow'],
      topic: 'Cyber',
    });
    expect(card.quote).toMatch(/^We have a stake in close cooperation in fighting cybercrime\. .*…$/);
  });

  it('names whom a question was put to, as its label says, or the questioner when the source names no one', () => {
    expect(passageCard(transcript, segment('q-korea'), people, topics).byline).toEqual([
      'Question addressed to both ministers',
    ]);
    expect(passageCard(transcript, segment('q-evidence'), people, topics).byline).toEqual([
      'Question addressed to Rex Tillerson',
    ]);
    expect(passageCard(transcript, segment('q-cyber'), people, topics).byline).toEqual(['Journalist', 'question']);
    expect(passageCard(transcript, segment('opening-talks'), people, topics)).toMatchObject({
      kicker: 'Opening statement',
      byline: ['Sergey Lavrov', 'opening remarks'],
    });
  });

  it.each(segments.map((entry) => [entry.id, entry] as const))(
    '%s: title is the segment’s, quote is its opening words without the turn label, colour its main topic’s',
    (_id, entry) => {
      const card = passageCard(transcript, entry, people, topics);
      const text = plainTextOf(transcript, entry);
      expect(card.title).toBe(entry.title);
      expect(card.quote?.length).toBeGreaterThan(20);
      expect(text.startsWith((card.quote ?? '').replace(/…”*$/, ''))).toBe(true);
      expect(/…”*$/.test(card.quote ?? '')).toBe(text.length > QUOTE_CHARACTERS);
      expect(card.accent).toBe(topicColour([...topics.keys()].indexOf(entry.topics[0] ?? '')));
      expect(card.topic).toBe(topics.get(entry.topics[0] ?? '')?.label);
    },
  );
});

describe('the layout input', () => {
  it('puts the title, the quote in quotation marks, the byline and the dateline on the card, in that order', () => {
    const card = passageCard(transcript, segment('a-cyber'), people, topics);
    expect(textsOf(cardLayout(card))).toEqual([
      'Question 3 of 7, answer',
      'Cyber',
      'Election interference and cyber-weapons',
      `“${card.quote}”`,
      'Sergey Lavrov · answer',
      '12 April 2017 · Moscow',
    ]);
  });

  it('is 1200×630, with the accent bar in the topic’s colour and a smaller title when it is long', () => {
    const card = passageCard(transcript, segment('q-transition'), people, topics);
    const layout = cardLayout(card);
    expect(layout.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(JSON.stringify(layout)).toContain(`"background":"${card.accent}"`);
    expect(titleSize('Ukraine')).toBeGreaterThan(titleSize(card.title));
  });

  it('shows a lead, not a quote, for the site’s own words (topics, notes, transcript, home)', () => {
    const topic = topics.get('cyber');
    if (!topic) throw new Error('no cyber topic');
    const card = topicCard(topic, topics, [transcript]);
    expect(card).toMatchObject({ title: 'Cyber', kicker: 'Topic' });
    expect(card.quote).toBeUndefined();
    const texts = textsOf(cardLayout(card));
    expect(texts).toContain(card.lead);
    expect(texts.some((text) => text.startsWith('“'))).toBe(false);
    expect(card.byline[0]).toMatch(/^\d+ passages$/);
  });
});

describe('the alt text', () => {
  it('says what the card says', () => {
    const card = passageCard(transcript, segment('q-korea'), people, topics);
    expect(cardAlt(card)).toBe(
      `Question 6 of 7 (Korean Peninsula): The Carl Vinson strike group and the Korean Peninsula. “${card.quote}” Question addressed to both ministers, 12 April 2017, Moscow.`,
    );
  });
});

describe('fonts', () => {
  const everyCard: ShareCard[] = [
    homeCard(transcript),
    transcriptCard(transcript, people),
    ...segments.map((entry) => passageCard(transcript, entry, people, topics)),
    ...[...topics.values()].map((topic) => topicCard(topic, topics, [transcript])),
    ...notes.map((note) => noteCard(note, [transcript])),
  ];

  it('cover every character of every card (’ “ ” – … and accented names such as Milošević)', () => {
    const text = everyCard.map((card) => textsOf(cardLayout(card)).join(' ')).join(' ');
    expect(text).toMatch(/[’“”–…]/);
    expect(text).toContain('Milošević');
    expect(uncoveredCharacters(text, 'Noto Serif')).toEqual([]);
    expect(uncoveredCharacters(text, 'Noto Sans')).toEqual([]);
  });

  it('draw Cyrillic, Greek and accented Latin names (issue #22: Cyrillic stopped the build)', async () => {
    const names = 'Сергей Лавров · Σεργκέι Λαβρόφ · Łódź · Nguyễn';
    expect(uncoveredCharacters(names, 'Noto Serif')).toEqual([]);
    expect(uncoveredCharacters(names, 'Noto Sans')).toEqual([]);
    const png = await renderCard({ ...homeCard(transcript), title: names, byline: ['Сергей Лавров'] });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('stop the build with the card’s name and a plain hint when a character has no glyph', async () => {
    const card = { ...homeCard(transcript), title: '外交' };
    expect(uncoveredCharacters('外交', 'Noto Serif')).toEqual(['外', '交']);
    await expect(renderCard(card)).rejects.toThrowErrorMatchingInlineSnapshot(`
      [Error: Social card og/index.png ("外交"): no font covers "外" (U+5916), "交" (U+4EA4).
        Hint: the social cards draw Latin (with accents), Cyrillic and Greek only: write the name in one of these scripts (e.g. a transliteration), or leave the character out.]
    `);
  });
});

describe('a drawn card', () => {
  it('is a 1200×630 PNG of at most 80 KB', async () => {
    const png = await renderCard(passageCard(transcript, segment('a-transition'), people, topics));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(png.length).toBeLessThanOrEqual(80_000);
  });
});

describe('the card paths and colours', () => {
  it('put each card under og/ at its page’s path', () => {
    expect(cardImagePath('')).toBe('og/index.png');
    expect(cardImagePath('topics/cyber/')).toBe('og/topics/cyber.png');
    expect(cardImagePath(`/${EVENT}/a-cyber/`)).toBe(`og/${EVENT}/a-cyber.png`);
  });

  it('use the topic strip’s hues, the same as --hue-0 … --hue-5 in styles/base.css', () => {
    const css = readFileSync(new URL('../../src/styles/base.css', import.meta.url), 'utf8');
    const declared = [...css.matchAll(/--hue-(\d): light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/g)].map((match) => [
      match[2],
      match[3],
    ]);
    expect(declared).toEqual(HUES.map((pair) => [...pair]));
  });
});
